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
        var out = String.UnicodeScalarView()
        for v in scalars[lo..<hi] { if let u = Unicode.Scalar(v) { out.append(u) } }
        return String(out)
    }

    /// Runs `body` with a matcher for `program` over this text, ending at `end`.
    func withRunner<R>(_ program: RegexProgram, end: Int, vm: VM, _ body: (inout any RegexRunner) throws -> R) throws -> R {
        let charge: () throws -> Void = { try vm.charge(64) }
        if str.isASCII {
            var s = str.value
            return try s.withUTF8 { buf in
                var r: any RegexRunner = RegexMatcher<UInt8>(program: program, text: buf, end: end, charge: charge)
                defer { r.close() }
                return try body(&r)
            }
        }
        return try scalars.withUnsafeBufferPointer { buf in
            var r: any RegexRunner = RegexMatcher<UInt32>(program: program, text: buf, end: end, charge: charge)
            defer { r.close() }
            return try body(&r)
        }
    }
}
