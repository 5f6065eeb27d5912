/// Percent-encoding for the links the marketplace pages build (`/search?q=…`, `/connectors/v/n`).
enum QueryString {
    /// `value` with every byte outside RFC 3986's unreserved set (`A-Z a-z 0-9 - . _ ~`) percent-encoded,
    /// so it is safe as a query parameter name or value and as a path segment.
    static func encode(_ value: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in value.utf8 {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `path` followed by the parameters that have a non-empty value, in the order given:
    /// `link("/search", [("q", "a b"), ("page", "2")])` is `/search?q=a%20b&page=2`.
    static func link(_ path: String, _ parameters: [(name: String, value: String?)]) -> String {
        let pairs = parameters.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return encode(name) + "=" + encode(value)
        }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    /// The search page's URL for a query, filters and page (page 1 is left out).
    static func search(query: String = "", category: String? = nil, auth: String? = nil, page: Int = 1) -> String {
        link("/search", [("q", query), ("category", category), ("auth", auth), ("page", page > 1 ? String(page) : nil)])
    }

    /// `/connectors/{vendor}/{name}` for a `vendor/name`, each segment encoded; nil when `fullName` is not
    /// two non-empty segments.
    static func connectorPath(_ fullName: String) -> String? {
        let parts = fullName.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return "/connectors/" + encode(String(parts[0])) + "/" + encode(String(parts[1]))
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), ASCIIByte.dash, ASCIIByte.dot, ASCIIByte.underscore, ASCIIByte.tilde:
            return true
        default:
            return false
        }
    }
}
