/// Percent-encoding for paths, queries and form bodies (RFC 3986 unreserved characters stay as they are).
public enum URLEncoding {
    /// Which bytes stay as written: bit 0 in any component (unreserved), bit 1 also in paths.
    private static let classes: [UInt8] = (0..<256).map { b in
        let unreserved =
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E
            || b == 0x5F || b == 0x7E
        if unreserved { return 3 }
        return "/:@!$&'()*+,;=".utf8.contains(UInt8(b)) ? 2 : 0
    }
    private static let unreservedClass: UInt8 = 1
    private static let pathClass: UInt8 = 2

    private static let hex = Array("0123456789ABCDEF".utf8)

    /// Encodes every byte outside the unreserved set and `keep`.
    public static func encode(_ s: String, keep: Set<UInt8> = []) -> String {
        if keep.isEmpty { return encode(s, class: unreservedClass) }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        append(s, to: &out) { classes[Int($0)] & unreservedClass != 0 || keep.contains($0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `s` with the bytes outside `class` percent-encoded; `s` itself when nothing needs encoding.
    private static func encode(_ s: String, class mask: UInt8) -> String {
        if s.utf8.allSatisfy({ classes[Int($0)] & mask != 0 }) { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        append(s, class: mask, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` to `out`, percent-encoding the bytes outside `class`.
    static func append(_ s: String, class mask: UInt8, to out: inout [UInt8]) {
        append(s, to: &out) { classes[Int($0)] & mask != 0 }
    }

    private static func append(_ s: String, to out: inout [UInt8], keeping kept: (UInt8) -> Bool) {
        for b in s.utf8 {
            if kept(b) {
                out.append(b)
            } else {
                out.append(0x25)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
    }

    /// A path: `/` and the sub-delimiters that are safe in paths stay.
    public static func encodePath(_ path: String) -> String {
        encode(path, class: pathClass)
    }

    /// `a=1&b=x%20y`.
    public static func encodeQuery(_ items: [QueryItem]) -> String {
        var out: [UInt8] = []
        appendQuery(items, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `a=1&b=x%20y` to `out`.
    static func appendQuery(_ items: [QueryItem], to out: inout [UInt8]) {
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: "&")) }
            append(item.name, class: unreservedClass, to: &out)
            out.append(UInt8(ascii: "="))
            append(item.value, class: unreservedClass, to: &out)
        }
    }

    /// Appends `path` (`/` when empty) to `out`, percent-encoded as a path.
    static func appendPath(_ path: String, to out: inout [UInt8]) {
        if path.isEmpty {
            out.append(UInt8(ascii: "/"))
        } else {
            append(path, class: pathClass, to: &out)
        }
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
