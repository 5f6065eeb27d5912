// ByteSink.swift
//
// A growable UTF-8 output buffer for the formatting fast paths: a raw allocation with inlined
// capacity checks (appending to `[UInt8]` costs a uniqueness check and a generic call per piece).

/// Output bytes of one formatting operation. Owned by `FormatState`, which reuses one sink across
/// calls and frees it; `withBuffer` hands it out `inout`, so no two users share it.
struct ByteSink {
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// Frees the storage; the sink must not be used afterwards.
    func deallocate() { base.deallocate() }

    /// Forgets the contents, keeping the storage.
    @inline(__always) mutating func removeAll() { count = 0 }

    /// Makes room for `n` more bytes.
    @inline(__always) mutating func reserve(_ n: Int) {
        if n > capacity - count { grow(count + n) }
    }

    @inline(never) private mutating func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        p.update(from: base, count: count)
        base.deallocate()
        base = p
        capacity = c
    }

    @inline(__always) mutating func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always) mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let src = bytes.baseAddress, !bytes.isEmpty else { return }
        let n = bytes.count
        reserve(n)
        if n <= 16 {
            // Short pieces (most literals and fields): a loop beats the memmove call.
            for i in 0..<n { base[count &+ i] = src[i] }
        } else {
            (base + count).update(from: src, count: n)
        }
        count += n
    }

    /// Appends `n` copies of `b` (nothing when `n <= 0`).
    @inline(__always) mutating func append(repeating b: UInt8, count n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).update(repeating: b, count: n)
        count += n
    }

    /// Appends the UTF-8 of `s`.
    @inline(__always) mutating func append(_ s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
        if done == nil { for b in s.utf8 { append(b) } }
    }

    /// The bytes written, valid until the next change.
    @inline(__always) var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The contents as a String.
    @inline(__always) var string: String { String(decoding: bytes, as: UTF8.self) }
}
