#ifndef CBYLINEPTY_H
#define CBYLINEPTY_H

#include <stddef.h>

/// Opens a pseudo-terminal pair with openpty(3), sized rows x columns. Both descriptors are
/// close-on-exec; the slave's path is written to `name` (at most `length` bytes). Returns 0, or
/// -1 with errno set. (openpty is a BSD function glibc declares only in <pty.h>, which Swift's
/// Glibc module does not include.)
int byline_openpty(int *master, int *slave, char *name, size_t length, unsigned short rows,
                   unsigned short columns);

#endif
