#ifndef CHEAP_H
#define CHEAP_H
#include <stddef.h>

/// Bytes the process heap has handed out and not yet taken back (0 where unknown).
size_t cheap_heap_bytes_in_use(void);

/// The first occurrence of `needle` in `hay` (byte offset), or -1. The C library's memmem, which is
/// vectorised and not exposed to Swift by the platform module.
long cheap_find_bytes(const void *hay, size_t hay_length, const void *needle, size_t needle_length);

/// Tunes the C allocator for an interpreter's pattern of many small, short-lived blocks: turns
/// off glibc's fastbins, whose repeated consolidation (on every larger request made while small
/// freed blocks wait in them) otherwise costs several percent. No effect elsewhere.
void cheap_tune_allocator(void);

#endif
