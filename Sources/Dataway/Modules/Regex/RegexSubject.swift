/// The string a pattern is applied to, with its code points ready for matching and slicing.
final class RegexSubject {
    let str: PyStr
    /// Code points of a non-ASCII string (ASCII strings are matched over their UTF-8 bytes).
    private(set) lazy var scalars: [UInt32] = str.isASCII ? [] : str.value.unicodeScalars.map(\.value)

    init(_ str: PyStr) { self.str = str }

    var count: Int { str.count }

    /// The text of code points `lo..<hi`.
    func slice(_ lo: Int, _ hi: Int) -> String {
        if hi <= lo { return "" }
        if str.isASCII { return str.substring(lo..<hi) }
        // Encoded straight into the new string's storage (code points that are not scalars, which
        // a Swift string cannot hold, are left out).
        let part = scalars[lo..<hi]
        var byteCount = 0
        for v in part { byteCount += RegexSubject.utf8Length(v) }
        return String(unsafeUninitializedCapacity: byteCount) { buf in
            var i = 0
            for v in part {
                switch RegexSubject.utf8Length(v) {
                case 1:
                    buf[i] = UInt8(v)
                case 2:
                    buf[i] = UInt8(0xC0 | v >> 6)
                    buf[i + 1] = UInt8(0x80 | v & 0x3F)
                case 3:
                    buf[i] = UInt8(0xE0 | v >> 12)
                    buf[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buf[i + 2] = UInt8(0x80 | v & 0x3F)
                case 4:
                    buf[i] = UInt8(0xF0 | v >> 18)
                    buf[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buf[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buf[i + 3] = UInt8(0x80 | v & 0x3F)
                default:
                    break
                }
                i += RegexSubject.utf8Length(v)
            }
            return i
        }
    }

    /// The text of code points `lo..<hi` as a `str` (an ASCII slice is copied once, its count known).
    func sliceStr(_ lo: Int, _ hi: Int) -> PyStr {
        if hi <= lo { return PyStr("", isASCII: true, count: 0) }
        if str.isASCII {
            let made = str.value.utf8.withContiguousStorageIfAvailable { b in
                b.baseAddress.map { PyStr.slice($0 + lo, hi - lo, ascii: true) }
            }
            if let made, let s = made { return s }
        }
        let s = slice(lo, hi)
        let n = s.utf8.count
        return n == hi - lo ? PyStr(s, isASCII: true, count: n) : PyStr(s)
    }

    /// Appends the text of code points `lo..<hi` to `out` (an ASCII slice without a string in between).
    func append(_ lo: Int, _ hi: Int, to out: inout String) {
        if hi <= lo { return }
        if str.isASCII {
            let u = str.value.utf8
            let a = u.index(u.startIndex, offsetBy: lo)
            out += str.value[a..<u.index(a, offsetBy: hi - lo)]
            return
        }
        out += slice(lo, hi)
    }

    /// UTF-8 length of code point `v`; 0 for a surrogate or a value past U+10FFFF.
    @inline(__always) static func utf8Length(_ v: UInt32) -> Int {
        if v < 0x80 { return 1 }
        if v < 0x800 { return 2 }
        if v < 0x10000 { return v >= 0xD800 && v < 0xE000 ? 0 : 3 }
        return v < 0x110000 ? 4 : 0
    }

    /// Runs `body` with a matcher for `program` over this text, ending at `end`.
    func withRunner<R>(_ program: RegexProgram, end: Int, vm: VM, _ body: (inout RegexRunner) throws -> R) throws -> R {
        try withExtendedLifetime(program) {
            if str.isASCII {
                var s = str.value
                return try s.withUTF8 { buf in
                    var r = RegexRunner(RegexMatcher<UInt8>(program: program, text: buf, end: end, vm: vm))
                    defer { r.close() }
                    return try body(&r)
                }
            }
            return try scalars.withUnsafeBufferPointer { buf in
                var r = RegexRunner(RegexMatcher<UInt32>(program: program, text: buf, end: end, vm: vm))
                defer { r.close() }
                return try body(&r)
            }
        }
    }
}
