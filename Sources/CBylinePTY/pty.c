#define _GNU_SOURCE
#include "CBylinePTY.h"

#include <fcntl.h>
#include <pty.h>
#include <spawn.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int byline_spawn_close_from(posix_spawn_file_actions_t *actions, int from) {
  return posix_spawn_file_actions_addclosefrom_np(actions, from);
}

int byline_openpty(int *master, int *slave, char *name, size_t length, unsigned short rows,
                   unsigned short columns) {
  struct winsize size = {.ws_row = rows, .ws_col = columns};
  if (openpty(master, slave, NULL, NULL, &size) != 0) return -1;
  fcntl(*master, F_SETFD, FD_CLOEXEC);
  fcntl(*slave, F_SETFD, FD_CLOEXEC);
  if (ttyname_r(*slave, name, length) != 0) {
    close(*master);
    close(*slave);
    return -1;
  }
  return 0;
}
