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

/// Releases a Swift object that a caller holds one strong reference to. When that reference is the
/// only one (the inline count says no other strong reference exists, so no other thread can reach
/// the object), the release that frees it needs no atomic instructions; otherwise this is
/// `swift_release`. Reads the Swift runtime's inline reference-count layout on 64-bit platforms.
void cheap_release_object(void *object);

#endif
