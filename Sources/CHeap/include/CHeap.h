#ifndef CHEAP_H
#define CHEAP_H
#include <stddef.h>

/// Bytes the process heap has handed out and not yet taken back (0 where unknown).
size_t cheap_heap_bytes_in_use(void);

#endif
