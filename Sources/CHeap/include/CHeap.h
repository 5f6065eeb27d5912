#ifndef CHEAP_H
#define CHEAP_H
#include <stddef.h>

/// Bytes the process heap has handed out and not yet taken back (0 where unknown).
size_t cheap_heap_bytes_in_use(void);

/// The first occurrence of `needle` in `hay` (byte offset), or -1. The C library's memmem, which is
/// vectorised and not exposed to Swift by the platform module.
long cheap_find_bytes(const void *hay, size_t hay_length, const void *needle, size_t needle_length);

#endif
