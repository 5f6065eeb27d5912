#define _GNU_SOURCE
#include "CHeap.h"
#include <string.h>
#if defined(__linux__)
#include <malloc.h>
#endif

#if defined(__GLIBC__)
size_t cheap_heap_bytes_in_use(void) {
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}
#else
size_t cheap_heap_bytes_in_use(void) { return 0; }
#endif

long cheap_find_bytes(const void *hay, size_t hay_length, const void *needle, size_t needle_length) {
    if (needle_length == 0) return 0;
    const char *p = memmem(hay, hay_length, needle, needle_length);
    return p ? (long)(p - (const char *)hay) : -1;
}
