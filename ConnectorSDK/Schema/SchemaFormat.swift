/// The `format` values this validator can assert, when `JSONSchema.Options.assertFormats` is on.
/// Other format names stay annotations.
enum SchemaFormat: String, Sendable, CaseIterable {
    case dateTime = "date-time"
    case date
    case time
    case email
    case uri
    case uuid
    case ipv4

    /// Whether `string` is in this format (RFC 3339 dates and times, RFC 3986 absolute URIs, …).
    func accepts(_ string: String) -> Bool {
        let bytes = Array(string.utf8)
        switch self {
        case .date: return FormatScanner.isDate(bytes[...])
        case .time: return FormatScanner.isTime(bytes[...])
        case .dateTime:
            guard bytes.count > 11, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else {
                return false
            }
            return FormatScanner.isDate(bytes[..<10]) && FormatScanner.isTime(bytes[11...])
        case .email: return FormatScanner.isEmail(string)
        case .uri: return FormatScanner.isURI(bytes)
        case .uuid: return FormatScanner.isUUID(bytes)
        case .ipv4: return FormatScanner.isIPv4(Substring(string))
        }
    }
}

/// Hand-written recognisers for the asserted formats; byte-level, no regexes.
enum FormatScanner {
    private static func digits(_ bytes: ArraySlice<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.endIndex else { return nil }
        var value = 0
        for b in bytes[start..<start + count] {
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// `YYYY-MM-DD` with a real day of that month.
    static func isDate(_ b: ArraySlice<UInt8>) -> Bool {
        let s = b.startIndex
        guard b.count == 10, b[s + 4] == UInt8(ascii: "-"), b[s + 7] == UInt8(ascii: "-"),
            let year = digits(b, s, 4), let month = digits(b, s + 5, 2), let day = digits(b, s + 8, 2),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)`; second 60 only where the UTC time is 23:59.
    static func isTime(_ b: ArraySlice<UInt8>) -> Bool {
        var i = b.startIndex
        guard b.count >= 9, let h = digits(b, i, 2), b[i + 2] == UInt8(ascii: ":"), let m = digits(b, i + 3, 2),
            b[i + 5] == UInt8(ascii: ":"), let sec = digits(b, i + 6, 2), h <= 23, m <= 59, sec <= 60
        else { return false }
        i += 8
        if i < b.endIndex, b[i] == UInt8(ascii: ".") {
            i += 1
            let fracStart = i
            while i < b.endIndex, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            guard i > fracStart else { return false }
        }
        guard i < b.endIndex else { return false }
        var offsetMinutes = 0
        switch b[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard i + 1 == b.endIndex else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard b.endIndex - i == 6, let oh = digits(b, i + 1, 2), b[i + 3] == UInt8(ascii: ":"),
                let om = digits(b, i + 4, 2), oh <= 23, om <= 59
            else { return false }
            offsetMinutes = (oh * 60 + om) * (b[i] == UInt8(ascii: "+") ? 1 : -1)
        default: return false
        }
        if sec == 60 {
            let utc = ((h * 60 + m - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    /// `8-4-4-4-12` hexadecimal digits.
    static func isUUID(_ b: [UInt8]) -> Bool {
        guard b.count == 36 else { return false }
        for (i, c) in b.enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                guard c == UInt8(ascii: "-") else { return false }
            } else if !isHex(c) {
                return false
            }
        }
        return true
    }

    static func isIPv4(_ s: Substring) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { part in
            guard (1...3).contains(part.count), part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                part.count == 1 || part.first != "0", let n = Int(part)
            else { return false }
            return n <= 255
        }
    }

    /// An absolute URI: a scheme, `:`, then only characters RFC 3986 allows, with well-formed `%XX`.
    static func isURI(_ b: [UInt8]) -> Bool {
        guard let colon = b.firstIndex(of: UInt8(ascii: ":")), colon > 0, isAlpha(b[0]) else { return false }
        for c in b[1..<colon] where !(isAlpha(c) || isDigit(c) || c == 0x2B || c == 0x2D || c == 0x2E) {
            return false
        }
        var i = colon + 1
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "%") {
                guard i + 2 < b.count, isHex(b[i + 1]), isHex(b[i + 2]) else { return false }
                i += 3
                continue
            }
            guard isAlpha(c) || isDigit(c) || isURIPunctuation(c) else { return false }
            i += 1
        }
        return true
    }

    /// RFC 3986 unreserved and reserved punctuation: `-._~:/?#[]@!$&'()*+,;=`.
    private static func isURIPunctuation(_ c: UInt8) -> Bool {
        switch c {
        case 0x2D, 0x2E, 0x5F, 0x7E, 0x3A, 0x2F, 0x3F, 0x23, 0x5B, 0x5D, 0x40, 0x21, 0x24, 0x26, 0x27,
            0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D:
            true
        default: false
        }
    }

    /// RFC 5322 `atext` punctuation: `!#$%&'*+-/=?^_\`{|}~`.
    private static func isAtextPunctuation(_ c: UInt8) -> Bool {
        switch c {
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2F, 0x3D, 0x3F, 0x5E, 0x5F, 0x60,
            0x7B, 0x7C, 0x7D, 0x7E:
            true
        default: false
        }
    }

    /// `local@domain`: a dot-atom or quoted local part; a hostname or bracketed address literal.
    static func isEmail(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard let at = b.lastIndex(of: UInt8(ascii: "@")), at > 0, at + 1 < b.count else { return false }
        let local = b[..<at]
        if local.count >= 2, local.first == 0x22, local.last == 0x22 {
            guard local.allSatisfy({ $0 >= 0x20 && $0 != 0x7F }) else { return false }
        } else {
            guard local.first != 0x2E, local.last != 0x2E else { return false }
            var previous: UInt8 = 0
            for c in local {
                guard isAlpha(c) || isDigit(c) || c == 0x2E || c >= 0x80 || isAtextPunctuation(c),
                    !(c == 0x2E && previous == 0x2E)
                else { return false }
                previous = c
            }
        }
        let domain = s.utf8[s.utf8.index(s.utf8.startIndex, offsetBy: at + 1)...]
        if domain.first == UInt8(ascii: "["), domain.last == UInt8(ascii: "]") {
            let literal = Substring(domain.dropFirst().dropLast())
            if literal.hasPrefix("IPv6:") {
                let address = literal.dropFirst(5)
                return address.contains(":") && address.utf8.allSatisfy { isHex($0) || $0 == 0x3A || $0 == 0x2E }
            }
            return isIPv4(literal)
        }
        return isHostname(Substring(domain))
    }

    static func isHostname(_ s: Substring) -> Bool {
        let b = s.utf8
        guard !b.isEmpty, b.count <= 253 else { return false }
        var labelLength = 0
        var previous: UInt8 = 0x2E
        for c in b {
            if c == 0x2E {
                guard labelLength > 0, previous != 0x2D else { return false }
                labelLength = 0
            } else {
                guard isAlpha(c) || isDigit(c) || c == 0x2D || c >= 0x80, !(c == 0x2D && labelLength == 0) else {
                    return false
                }
                labelLength += 1
                guard labelLength <= 63 else { return false }
            }
            previous = c
        }
        return labelLength > 0 && previous != 0x2D
    }

    private static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isHex(_ c: UInt8) -> Bool { isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) }
}
