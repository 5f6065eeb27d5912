// `str.encode` and `bytes.decode`: UTF-8 (and utf-8-sig), ASCII, Latin-1, UTF-16 and UTF-32, with
// CPython's error handlers (strict, ignore, replace, backslashreplace; xmlcharrefreplace on
// encode) and its exact error positions and reasons.

enum TextCodec {
    enum Endian { case little, big }

    enum Encoding: Equatable {
        case utf8, utf8Sig, ascii, latin1
        /// UTF-16/UTF-32; nil endianness means "detect/write a BOM" (little-endian default).
        case utf16(Endian?), utf32(Endian?)
        /// GBK (the two-byte subset of GB18030) and GB18030 (see `ChineseCodecs`).
        case gbk, gb18030

        /// The codec name CPython's messages use.
        var displayName: String {
            switch self {
            case .utf8, .utf8Sig: return "utf-8"
            case .ascii: return "ascii"
            case .latin1: return "latin-1"
            case .utf16(let e): return e == .big ? "utf-16-be" : "utf-16-le"
            case .utf32(let e): return e == .big ? "utf-32-be" : "utf-32-le"
            case .gbk: return "gbk"
            case .gb18030: return "gb18030"
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
        case "utf_8_sig": return .utf8Sig
        case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us": return .ascii
        case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100":
            return .latin1
        case "utf_16", "utf16", "u16": return .utf16(nil)
        case "utf_16_le", "utf_16le", "utf16le": return .utf16(.little)
        case "utf_16_be", "utf_16be", "utf16be": return .utf16(.big)
        case "utf_32", "utf32", "u32": return .utf32(nil)
        case "utf_32_le", "utf_32le", "utf32le": return .utf32(.little)
        case "utf_32_be", "utf_32be", "utf32be": return .utf32(.big)
        case "gbk", "cp936", "936", "ms936": return .gbk
        case "gb18030", "gb18030_2000": return .gb18030
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

    /// CPython's text of a UnicodeDecodeError (`'utf-8' codec can't decode byte 0xff in position 0: ...`).
    static func decodeErrorMessage(_ codec: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> String {
        if end - start == 1, start < bytes.count {
            return "'\(codec)' codec can't decode byte 0x\(String(bytes[start], radix: 16).leftPad(2)) in position \(start): \(reason)"
        }
        return "'\(codec)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
    }

    /// CPython's text of a UnicodeEncodeError.
    static func encodeErrorMessage(_ codec: String, _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ reason: String) -> String {
        if end - start == 1 {
            return "'\(codec)' codec can't encode character '\(escape(scalars[start].value))' in position \(start): \(reason)"
        }
        return "'\(codec)' codec can't encode characters in position \(start)-\(end - 1): \(reason)"
    }

    /// The UnicodeDecodeError for `bytes[start..<end]`. CPython's exception carries five args
    /// (encoding, object, start, end, reason), which its repr shows; Dataway keeps the one message
    /// arg until `PyException.message` formats the five-arg form (see `unicodeErrorMessage`).
    static func decodeError(_ codec: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PyRaise {
        PyException.make(.unicodeDecodeError, decodeErrorMessage(codec, bytes, start, end, reason))
    }

    /// The UnicodeEncodeError for `scalars[start..<end]` (see `decodeError`).
    static func encodeError(_ codec: String, _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ reason: String) -> PyRaise {
        PyException.make(.unicodeEncodeError, encodeErrorMessage(codec, scalars, start, end, reason))
    }

    /// `str(e)` of a Unicode error built with CPython's five args, or nil for other shapes.
    static func unicodeErrorMessage(_ e: PyException) -> String? {
        guard e.args.count == 5, let codec = e.args[0].asStr?.value, case .int(let start) = e.args[2],
            case .int(let end) = e.args[3], let reason = e.args[4].asStr?.value, start >= 0, end > start
        else { return nil }
        if e.type.isSubtype(of: .unicodeDecodeError), let b = bytesLike(e.args[1]), end <= b.count {
            return decodeErrorMessage(codec, b, start, end, reason)
        }
        if e.type.isSubtype(of: .unicodeEncodeError), let s = e.args[1].asStr, end <= s.count {
            return encodeErrorMessage(codec, Array(s.value.unicodeScalars), start, end, reason)
        }
        return nil
    }

    // MARK: encode

    static func encode(_ s: PyStr, encoding: String, errors: String) throws -> [UInt8] {
        let enc = try lookup(encoding)
        switch enc {
        case .utf8: return Array(s.value.utf8)
        case .utf8Sig: return [0xEF, 0xBB, 0xBF] + Array(s.value.utf8)
        case .utf16(let e):
            var out: [UInt8] = e == nil ? [0xFF, 0xFE] : []
            for unit in s.value.utf16 {
                if e == .big { out += [UInt8(unit >> 8), UInt8(unit & 0xFF)] } else { out += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            }
            return out
        case .utf32(let e):
            var out: [UInt8] = e == nil ? [0xFF, 0xFE, 0, 0] : []
            for c in s.value.unicodeScalars {
                let v = c.value
                let le = [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
                out += e == .big ? le.reversed() : le
            }
            return out
        case .ascii, .latin1:
            if s.isASCII { return Array(s.value.utf8) }
            return try encodeLimited(s, enc, limit: enc == .ascii ? 0x80 : 0x100, errors: errors)
        case .gbk, .gb18030:
            return try ChineseCodecs.encode(s.value, fourByte: enc == .gb18030) { i, out in
                let scalars = Array(s.value.unicodeScalars)
                switch errors {
                case "strict", "surrogateescape", "surrogatepass":
                    throw encodeError(enc.displayName, scalars, i, i + 1, "illegal multibyte sequence")
                case "ignore": break
                case "replace": out.append(UInt8(ascii: "?"))
                case "backslashreplace": out.append(contentsOf: escape(scalars[i].value).utf8)
                case "xmlcharrefreplace": out.append(contentsOf: "&#\(scalars[i].value);".utf8)
                default: throw unknownHandler(errors)
                }
            }
        }
    }

    private static func encodeLimited(_ s: PyStr, _ enc: Encoding, limit: UInt32, errors: String) throws -> [UInt8] {
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
                throw encodeError(enc.displayName, scalars, i, end, "ordinal not in range(\(limit))")
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

    /// Accumulates decoded text and applies the error handler to bad input ranges.
    private struct Output {
        let codec: String
        let bytes: [UInt8]
        let errors: String
        var text = TextBuilder()

        /// Handles the undecodable range `start..<end`.
        mutating func error(_ start: Int, _ end: Int, _ reason: String) throws {
            switch errors {
            case "strict", "surrogateescape", "surrogatepass":
                throw decodeError(codec, bytes, start, end, reason)
            case "ignore": break
            case "replace": text.append("\u{FFFD}")
            case "backslashreplace":
                for k in start..<end { text.append(escape(UInt32(bytes[k]))) }
            default:
                throw unknownHandler(errors)
            }
        }
    }

    static func decode(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        switch try lookup(encoding) {
        case .utf8: return try decodeUTF8(b, errors: errors)
        case .utf8Sig:
            if b.starts(with: [0xEF, 0xBB, 0xBF]) { return try decodeUTF8(Array(b.dropFirst(3)), errors: errors) }
            return try decodeUTF8(b, errors: errors)
        case .latin1:
            var v = TextBuilder(capacity: b.count)
            for c in b { v.append(Unicode.Scalar(c)) }
            return v.string
        case .ascii:
            if b.allSatisfy({ $0 < 0x80 }) { return String(decoding: b, as: UTF8.self) }
            var out = Output(codec: "ascii", bytes: b, errors: errors)
            for (i, c) in b.enumerated() {
                if c < 0x80 { out.text.append(Unicode.Scalar(c)) } else { try out.error(i, i + 1, "ordinal not in range(128)") }
            }
            return out.text.string
        case .utf16(let e): return try decodeUTF16(b, endian: e, errors: errors)
        case .utf32(let e): return try decodeUTF32(b, endian: e, errors: errors)
        case let enc:
            return try ChineseCodecs.decode(b, fourByte: enc == .gb18030) { start, end, reason, text in
                var out = Output(codec: enc.displayName, bytes: b, errors: errors)
                try out.error(start, end, reason)
                text += out.text.string
            }
        }
    }

    /// The error at `i` of invalid UTF-8: (end of the bad range, reason), as CPython's decoder
    /// reports it. `i` is at a byte that does not start a complete valid sequence.
    private static func utf8Error(_ b: [UInt8], _ i: Int) -> (Int, String) {
        let n = b.count
        let c = b[i]
        @inline(__always) func cont(_ x: UInt8) -> Bool { x & 0xC0 == 0x80 }
        let endOfData = (n, "unexpected end of data")
        func invalid(_ k: Int) -> (Int, String) { (i + k, "invalid continuation byte") }
        if c < 0xC2 || c > 0xF4 { return (i + 1, "invalid start byte") }
        if n - i < 2 { return endOfData }
        let c2 = b[i + 1]
        if c < 0xE0 { return invalid(1) }
        if c < 0xF0 {
            if !cont(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0) { return invalid(1) }
            return n - i < 3 ? endOfData : invalid(2)
        }
        if !cont(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90) { return invalid(1) }
        if n - i < 3 { return endOfData }
        if !cont(b[i + 2]) { return invalid(2) }
        return n - i < 4 ? endOfData : invalid(3)
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
            if (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0) { return 0 }
            return 3
        case 0xF0...0xF4:
            guard cont(1), cont(2), cont(3) else { return 0 }
            let c2 = b[i + 1]
            if (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90) { return 0 }
            return 4
        default: return 0
        }
    }

    private static func decodeUTF8(_ b: [UInt8], errors: String) throws -> String {
        if let s = String(validating: b, as: UTF8.self) { return s }
        var out = Output(codec: "utf-8", bytes: b, errors: errors)
        var i = 0
        while i < b.count {
            let l = validSequence(b, i)
            if l > 0 {
                out.text.bytes.append(contentsOf: b[i..<i + l])
                i += l
                continue
            }
            let (end, reason) = utf8Error(b, i)
            try out.error(i, end, reason)
            i = end
        }
        return out.text.string
    }

    private static func decodeUTF16(_ b: [UInt8], endian: Endian?, errors: String) throws -> String {
        var e = endian ?? .little
        var i = 0
        if endian == nil && b.count >= 2 {
            if b[0] == 0xFF && b[1] == 0xFE {
                i = 2
            } else if b[0] == 0xFE && b[1] == 0xFF {
                i = 2
                e = .big
            }
        }
        var out = Output(codec: Encoding.utf16(e).displayName, bytes: b, errors: errors)
        func unit(_ k: Int) -> UInt32 { e == .big ? UInt32(b[k]) << 8 | UInt32(b[k + 1]) : UInt32(b[k + 1]) << 8 | UInt32(b[k]) }
        while i < b.count {
            if b.count - i < 2 {
                try out.error(i, b.count, "truncated data")
                break
            }
            let u = unit(i)
            if u < 0xD800 || u > 0xDFFF {
                out.text.append(Unicode.Scalar(u) ?? "\u{FFFD}")
                i += 2
            } else if u >= 0xDC00 {
                try out.error(i, i + 2, "illegal encoding")
                i += 2
            } else if b.count - i < 4 {
                try out.error(i, b.count, "unexpected end of data")
                break
            } else {
                let low = unit(i + 2)
                if low >= 0xDC00 && low <= 0xDFFF {
                    out.text.append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                    i += 4
                } else {
                    try out.error(i, i + 2, "illegal UTF-16 surrogate")
                    i += 2
                }
            }
        }
        return out.text.string
    }

    private static func decodeUTF32(_ b: [UInt8], endian: Endian?, errors: String) throws -> String {
        var e = endian ?? .little
        var i = 0
        if endian == nil && b.count >= 4 {
            if b[0...3].elementsEqual([0xFF, 0xFE, 0, 0]) {
                i = 4
            } else if b[0...3].elementsEqual([0, 0, 0xFE, 0xFF]) {
                i = 4
                e = .big
            }
        }
        var out = Output(codec: Encoding.utf32(e).displayName, bytes: b, errors: errors)
        while i < b.count {
            if b.count - i < 4 {
                try out.error(i, b.count, "truncated data")
                break
            }
            let q = b[i..<i + 4].map(UInt32.init)
            let v = e == .big ? q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3] : q[3] << 24 | q[2] << 16 | q[1] << 8 | q[0]
            if v > 0x10FFFF {
                try out.error(i, i + 4, "code point not in range(0x110000)")
            } else if let u = Unicode.Scalar(v) {
                out.text.append(u)
            } else {
                try out.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")
            }
            i += 4
        }
        return out.text.string
    }
}
