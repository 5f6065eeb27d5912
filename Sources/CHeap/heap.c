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

#include <stdint.h>

extern void swift_release(void *object);
extern void swift_nonatomic_release(void *object);

void cheap_release_object(void *object) {
#if UINTPTR_MAX == 0xFFFFFFFFFFFFFFFFu
    /* The inline count word follows the metadata pointer: bits 33-62 hold the strong references
       beyond the first, bit 63 marks a side table (or an immortal object). All clear: ours is the
       only strong reference. */
    uint64_t bits = __atomic_load_n((const uint64_t *)((const char *)object + sizeof(void *)), __ATOMIC_RELAXED);
    if ((bits >> 33) == 0) {
        swift_nonatomic_release(object);
        return;
    }
#endif
    swift_release(object);
}

void cheap_tune_allocator(void) {
#if defined(__GLIBC__)
    mallopt(M_MXFAST, 0);
#endif
}

long cheap_find_bytes(const void *hay, size_t hay_length, const void *needle, size_t needle_length) {
    if (needle_length == 0) return 0;
    if (needle_length > hay_length) return -1;
    const char *h = hay;
    const char *n = needle;
    if (needle_length == 1) {
        const char *p = memchr(h, n[0], hay_length);
        return p ? (long)(p - h) : -1;
    }
    if (hay_length <= 256) {
        /* Short text: find the first byte with memchr, then compare the rest; bounded by the
           length, and cheaper than memmem's set-up for the short strings scripts mostly search. */
        const char *last = h + (hay_length - needle_length);
        const char *p = h;
        while (p <= last) {
            p = memchr(p, n[0], (size_t)(last - p) + 1);
            if (!p) return -1;
            if (memcmp(p + 1, n + 1, needle_length - 1) == 0) return (long)(p - h);
            p++;
        }
        return -1;
    }
    const char *p = memmem(hay, hay_length, needle, needle_length);
    return p ? (long)(p - h) : -1;
}
