#ifndef CBYLINEPTY_H
#define CBYLINEPTY_H

#include <spawn.h>
#include <stddef.h>

/// Opens a pseudo-terminal pair with openpty(3), sized rows x columns. Both descriptors are
/// close-on-exec; the slave's path is written to `name` (at most `length` bytes). Returns 0, or
/// -1 with errno set. (openpty is a BSD function glibc declares only in <pty.h>, which Swift's
/// Glibc module does not include.)
int byline_openpty(int *master, int *slave, char *name, size_t length, unsigned short rows,
                   unsigned short columns);

/// Adds "close every descriptor from `from` up" to `actions` (glibc 2.34's
/// posix_spawn_file_actions_addclosefrom_np), so a reader inherits none of the server's sockets
/// even where a library opened one without close-on-exec. Returns 0 or an error number.
int byline_spawn_close_from(posix_spawn_file_actions_t *actions, int from);

#endif
