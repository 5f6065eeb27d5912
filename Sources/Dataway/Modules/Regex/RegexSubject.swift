/// The string a pattern is applied to, with its code points ready for matching and slicing.
struct RegexSubject {
    let str: PyStr
    /// Code points of a non-ASCII string (empty for ASCII, which is matched over its UTF-8 bytes).
    let scalars: [UInt32]

    init(_ str: PyStr) {
        self.str = str
        scalars = str.isASCII ? [] : str.value.unicodeScalars.map(\.value)
    }

    var count: Int { str.count }

    /// The text of code points `lo..<hi`.
    func slice(_ lo: Int, _ hi: Int) -> String {
        if hi <= lo { return "" }
        if str.isASCII { return str.substring(lo..<hi) }
        // Encoded straight into the new string's storage (code points that are not scalars, which
        // a Swift string cannot hold, are left out).
        let part = scalars[lo..<hi]
        var byteCount = 0
        for v in part { if let u = Unicode.Scalar(v) { byteCount += UTF8.width(u) } }
        return String(unsafeUninitializedCapacity: byteCount) { buf in
            var i = 0
            for v in part {
                guard let u = Unicode.Scalar(v) else { continue }
                UTF8.encode(u) { byte in
                    buf[i] = byte
                    i += 1
                }
            }
            return i
        }
    }

    /// The text of code points `lo..<hi` as a `str` (an ASCII slice is copied once, its count known).
    func sliceStr(_ lo: Int, _ hi: Int) -> PyStr {
        if hi <= lo { return PyStr("", isASCII: true, count: 0) }
        if str.isASCII { return str.slice(lo..<hi) }
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

    /// Runs `body` with a matcher for `program` over this text, ending at `end`.
    func withRunner<R>(_ program: RegexProgram, end: Int, vm: VM, _ body: (RegexRunner) throws -> R) throws -> R {
        try withExtendedLifetime(program) {
            if str.isASCII {
                return try str.withBytes { buf in
                    var m = RegexMatcher<UInt8>(program: program, text: buf, end: end, vm: vm)
                    defer { m.close() }
                    return try withUnsafeMutablePointer(to: &m) { try body(RegexRunner($0)) }
                }
            }
            return try scalars.withUnsafeBufferPointer { buf in
                var m = RegexMatcher<UInt32>(program: program, text: buf, end: end, vm: vm)
                defer { m.close() }
                return try withUnsafeMutablePointer(to: &m) { try body(RegexRunner($0)) }
            }
        }
    }
}
