/// Text encodings available to `str.encode`, `bytes.decode` and `str(b, enc)`.
enum Codecs {
    static func normalize(_ name: String) -> String {
        String(name.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    static func encode(_ s: String, encoding: String, errors: String) throws -> [UInt8] {
        switch normalize(encoding) {
        case "utf-8", "utf8", "u8": return Array(s.utf8)
        case "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1":
            let limit: UInt32 = normalize(encoding).hasPrefix("a") || normalize(encoding).hasPrefix("us") ? 0x7F : 0xFF
            let codec = limit == 0x7F ? "ascii" : "latin-1"
            var out: [UInt8] = []
            for (i, u) in s.unicodeScalars.enumerated() {
                if u.value <= limit {
                    out.append(UInt8(u.value))
                } else if errors == "ignore" {
                    continue
                } else if errors == "replace" {
                    out.append(63)
                } else {
                    throw PyException.make(.unicodeEncodeError, "'\(codec)' codec can't encode character '\\u\(String(u.value, radix: 16).leftPad(4))' in position \(i): ordinal not in range(\(limit + 1))")
                }
            }
            return out
        default:
            throw PyException.make(.lookupError, "unknown encoding: \(encoding)")
        }
    }

    static func decode(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        switch normalize(encoding) {
        case "utf-8", "utf8", "u8":
            if let s = String(validating: b, as: UTF8.self) { return s }
            if errors == "replace" { return String(decoding: b, as: UTF8.self) }
            var out = [UInt8]()
            var i = 0
            while i < b.count {
                let len = utf8SequenceLength(b, i)
                if len > 0 {
                    out += b[i..<i + len]
                    i += len
                } else if errors == "ignore" {
                    i += 1
                } else {
                    let reason = b[i] >= 0x80 && b[i] < 0xC2 || b[i] > 0xF4 ? "invalid start byte" : (i + 1 >= b.count ? "unexpected end of data" : "invalid continuation byte")
                    throw PyException.make(.unicodeDecodeError, "'utf-8' codec can't decode byte 0x\(String(b[i], radix: 16).leftPad(2)) in position \(i): \(reason)")
                }
            }
            return String(decoding: out, as: UTF8.self)
        case "ascii", "us-ascii":
            var out = String.UnicodeScalarView()
            for (i, c) in b.enumerated() {
                if c < 0x80 {
                    out.append(Unicode.Scalar(c))
                } else if errors == "replace" {
                    out.append("\u{FFFD}")
                } else if errors != "ignore" {
                    throw PyException.make(.unicodeDecodeError, "'ascii' codec can't decode byte 0x\(String(c, radix: 16).leftPad(2)) in position \(i): ordinal not in range(128)")
                }
            }
            return String(out)
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
            return String(String.UnicodeScalarView(b.map { Unicode.Scalar($0) }))
        default:
            throw PyException.make(.lookupError, "unknown encoding: \(encoding)")
        }
    }

    /// Length of a valid UTF-8 sequence at `i`, or 0.
    private static func utf8SequenceLength(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        let n: Int
        switch c {
        case 0..<0x80: return 1
        case 0xC2...0xDF: n = 2
        case 0xE0...0xEF: n = 3
        case 0xF0...0xF4: n = 4
        default: return 0
        }
        guard i + n <= b.count else { return 0 }
        return String(validating: b[i..<i + n], as: UTF8.self) != nil ? n : 0
    }
}
