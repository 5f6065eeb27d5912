// `str.encode` and `bytes.decode` for UTF-8, ASCII and Latin-1, with CPython's error handlers
// (strict, ignore, replace, backslashreplace, xmlcharrefreplace on encode) and its exact
// UnicodeEncodeError / UnicodeDecodeError messages.

enum TextCodec {
    enum Encoding {
        case utf8, ascii, latin1

        /// The codec name CPython's messages use.
        var displayName: String {
            switch self {
            case .utf8: return "utf-8"
            case .ascii: return "ascii"
            case .latin1: return "latin-1"
            }
        }
    }

    /// Resolves an encoding name the way Python's codec registry does (case-insensitive, with
    /// `-`, `_` and spaces interchangeable); LookupError for anything else.
    static func lookup(_ name: String) throws -> Encoding {
        var key = ""
        for c in name.lowercased().unicodeScalars {
            key.unicodeScalars.append(c == "-" || c == " " ? "_" : c)
        }
        switch key {
        case "utf_8", "utf8", "u8", "utf", "cp65001": return .utf8
        case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us": return .ascii
        case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100":
            return .latin1
        default:
            throw PyException.make(.lookupError, "unknown encoding: \(name)")
        }
    }

    private static func unknownHandler(_ errors: String) -> PyRaise {
        PyException.make(.lookupError, "unknown error handler name '\(errors)'")
    }

    /// Escape of one code point for `\x..`/`\u....`/`\U........`.
    static func escape(_ c: UInt32) -> String {
        if c < 0x100 { return "\\x" + String(c, radix: 16).leftPad(2) }
        if c < 0x10000 { return "\\u" + String(c, radix: 16).leftPad(4) }
        return "\\U" + String(c, radix: 16).leftPad(8)
    }

    // MARK: encode

    static func encode(_ s: PyStr, encoding: String, errors: String) throws -> [UInt8] {
        let enc = try lookup(encoding)
        if enc == .utf8 || s.isASCII { return Array(s.value.utf8) }
        let limit: UInt32 = enc == .ascii ? 0x80 : 0x100
        let scalars = Array(s.value.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let c = scalars[i].value
            if c < limit {
                out.append(UInt8(c))
                i += 1
                continue
            }
            var end = i + 1
            while end < scalars.count && scalars[end].value >= limit { end += 1 }
            switch errors {
            case "strict", "surrogateescape", "surrogatepass":
                let reason = "ordinal not in range(\(limit))"
                if end - i == 1 {
                    throw PyException.make(.unicodeEncodeError, "'\(enc.displayName)' codec can't encode character '\(escape(c))' in position \(i): \(reason)")
                }
                throw PyException.make(.unicodeEncodeError, "'\(enc.displayName)' codec can't encode characters in position \(i)-\(end - 1): \(reason)")
            case "ignore": break
            case "replace": out.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: end - i))
            case "backslashreplace":
                for k in i..<end { out.append(contentsOf: escape(scalars[k].value).utf8) }
            case "xmlcharrefreplace":
                for k in i..<end { out.append(contentsOf: "&#\(scalars[k].value);".utf8) }
            default:
                throw unknownHandler(errors)
            }
            i = end
        }
        return out
    }

    // MARK: decode

    static func decode(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        switch try lookup(encoding) {
        case .utf8: return try decodeUTF8(b, errors: errors)
        case .latin1:
            var v = String.UnicodeScalarView()
            for c in b { v.append(Unicode.Scalar(c)) }
            return String(v)
        case .ascii:
            if b.allSatisfy({ $0 < 0x80 }) { return String(decoding: b, as: UTF8.self) }
            var v = String.UnicodeScalarView()
            for (i, c) in b.enumerated() {
                if c < 0x80 {
                    v.append(Unicode.Scalar(c))
                    continue
                }
                switch errors {
                case "strict", "surrogateescape", "surrogatepass":
                    throw PyException.make(.unicodeDecodeError, "'ascii' codec can't decode byte 0x\(String(c, radix: 16).leftPad(2)) in position \(i): ordinal not in range(128)")
                case "ignore": break
                case "replace": v.append("\u{FFFD}")
                case "backslashreplace": v.append(contentsOf: escape(UInt32(c)).unicodeScalars)
                default: throw unknownHandler(errors)
                }
            }
            return String(v)
        }
    }

    /// The error at `i` of invalid UTF-8: (end of the bad range, reason), as CPython's decoder
    /// reports it. `i` is at a byte that does not start a complete valid sequence.
    private static func utf8Error(_ b: [UInt8], _ i: Int) -> (Int, String) {
        let n = b.count
        let c = b[i]
        @inline(__always) func cont(_ x: UInt8) -> Bool { x & 0xC0 == 0x80 }
        let invalidStart = (i + 1, "invalid start byte")
        let endOfData = (n, "unexpected end of data")
        func invalid(_ k: Int) -> (Int, String) { (i + k, "invalid continuation byte") }
        if c < 0xC2 || c > 0xF4 { return invalidStart }
        if c < 0xE0 {
            if n - i < 2 { return endOfData }
            return invalid(1)
        }
        if c < 0xF0 {
            if n - i < 2 { return endOfData }
            let c2 = b[i + 1]
            if !cont(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0) { return invalid(1) }
            if n - i < 3 { return endOfData }
            return invalid(2)
        }
        if n - i < 2 { return endOfData }
        let c2 = b[i + 1]
        if !cont(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90) { return invalid(1) }
        if n - i < 3 { return endOfData }
        if !cont(b[i + 2]) { return invalid(2) }
        if n - i < 4 { return endOfData }
        return invalid(3)
    }

    /// Length of the valid UTF-8 sequence at `i`, or 0.
    private static func validSequence(_ b: [UInt8], _ i: Int) -> Int {
        let n = b.count
        let c = b[i]
        @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0..<0x80: return 1
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0...0xEF:
            guard cont(1), cont(2) else { return 0 }
            let c2 = b[i + 1]
            if c == 0xE0 && c2 < 0xA0 { return 0 }
            if c == 0xED && c2 >= 0xA0 { return 0 }
            return 3
        case 0xF0...0xF4:
            guard cont(1), cont(2), cont(3) else { return 0 }
            let c2 = b[i + 1]
            if c == 0xF0 && c2 < 0x90 { return 0 }
            if c == 0xF4 && c2 >= 0x90 { return 0 }
            return 4
        default: return 0
        }
    }

    private static func decodeUTF8(_ b: [UInt8], errors: String) throws -> String {
        if let s = String(validating: b, as: UTF8.self) { return s }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let l = validSequence(b, i)
            if l > 0 {
                out.append(contentsOf: b[i..<i + l])
                i += l
                continue
            }
            let (end, reason) = utf8Error(b, i)
            switch errors {
            case "strict", "surrogateescape", "surrogatepass":
                if end - i == 1 {
                    throw PyException.make(.unicodeDecodeError, "'utf-8' codec can't decode byte 0x\(String(b[i], radix: 16).leftPad(2)) in position \(i): \(reason)")
                }
                throw PyException.make(.unicodeDecodeError, "'utf-8' codec can't decode bytes in position \(i)-\(end - 1): \(reason)")
            case "ignore": break
            case "replace": out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case "backslashreplace":
                for k in i..<end { out.append(contentsOf: escape(UInt32(b[k])).utf8) }
            default:
                throw unknownHandler(errors)
            }
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }
}
