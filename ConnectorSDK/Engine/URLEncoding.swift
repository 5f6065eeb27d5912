/// Percent-encoding for paths, queries and form bodies (RFC 3986 unreserved characters stay as they are).
public enum URLEncoding {
    private static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E || b == 0x5F
            || b == 0x7E
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    /// Encodes every byte outside the unreserved set and `keep`.
    public static func encode(_ s: String, keep: Set<UInt8> = []) -> String {
        var out: [UInt8] = []
        for b in s.utf8 {
            if isUnreserved(b) || keep.contains(b) {
                out.append(b)
            } else {
                out += [0x25, hex[Int(b >> 4)], hex[Int(b & 15)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A path: `/` and the sub-delimiters that are safe in paths stay.
    public static func encodePath(_ path: String) -> String {
        encode(path, keep: Set("/:@!$&'()*+,;=".utf8))
    }

    /// `a=1&b=x%20y`.
    public static func encodeQuery(_ items: [QueryItem]) -> String {
        items.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
    }

    /// Decodes `%XX` escapes (and `+` as a space when `plusIsSpace`). Malformed escapes stay as written.
    public static func decode(_ s: Substring, plusIsSpace: Bool = false) -> String {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x25, i + 2 < bytes.count, let h = hexValue(bytes[i + 1]), let l = hexValue(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(plusIsSpace && b == 0x2B ? 0x20 : b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits `a=1&b=2` into items, decoding each part.
    public static func parseQuery(_ query: Substring) -> [QueryItem] {
        query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            if let eq = pair.firstIndex(of: "=") {
                return QueryItem(decode(pair[..<eq], plusIsSpace: true), decode(pair[pair.index(after: eq)...], plusIsSpace: true))
            }
            return QueryItem(decode(pair, plusIsSpace: true), "")
        }
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x37
        case 0x61...0x66: return b - 0x57
        default: return nil
        }
    }
}
