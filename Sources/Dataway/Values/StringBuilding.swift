/// Building `str` results from UTF-8 bytes in one allocation, with the code point count and
/// ASCII-ness carried over from the parts instead of measured again.
extension PyStr {
    /// A string of `byteCount` UTF-8 bytes written by `fill` (which must write exactly that many
    /// bytes of valid UTF-8 made of whole parts whose counts add up to `count`).
    static func build(byteCount: Int, isASCII: Bool, count: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) -> PyStr {
        if byteCount == 0 { return PyStr("", isASCII: true, count: 0) }
        let text = String(unsafeUninitializedCapacity: byteCount) { buffer in
            fill(buffer.baseAddress.unsafelyUnwrapped)
            return byteCount
        }
        return PyStr(text, isASCII: isASCII, count: count)
    }

    /// Number of UTF-8 bytes.
    @inline(__always) var byteCount: Int { value.utf8.count }

    /// Copies the UTF-8 bytes to `p`; returns the position after them.
    @inline(__always) func copyUTF8(to p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let copied: Int? = value.utf8.withContiguousStorageIfAvailable { b in
            if let base = b.baseAddress { p.update(from: base, count: b.count) }
            return b.count
        }
        if let copied { return p + copied }
        var q = p
        for byte in value.utf8 {
            q.pointee = byte
            q += 1
        }
        return q
    }

    /// `a + b`.
    static func concatenate(_ a: PyStr, _ b: PyStr) -> PyStr {
        build(byteCount: a.byteCount + b.byteCount, isASCII: a.isASCII && b.isASCII, count: a.count + b.count) { p in
            _ = b.copyUTF8(to: a.copyUTF8(to: p))
        }
    }

    /// Code points `range` as a new `str`; an ASCII string's slice is copied once, its count known.
    func slice(_ range: Range<Int>) -> PyStr {
        if range.isEmpty { return PyStr("", isASCII: true, count: 0) }
        if isASCII {
            return withBytes { b in PyStr.slice(b.baseAddress.unsafelyUnwrapped + range.lowerBound, range.count, ascii: true) }
        }
        return PyStr(substring(range))
    }

    /// A string of `length` UTF-8 bytes at `start`, a whole-code-point slice of a string that is
    /// ASCII when `ascii`.
    static func slice(_ start: UnsafePointer<UInt8>, _ length: Int, ascii: Bool) -> PyStr {
        let text = String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self)
        return ascii ? PyStr(text, isASCII: true, count: length) : PyStr(text)
    }
}
