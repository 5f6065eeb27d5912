import Foundation

/// An absolute URL split into the parts a request needs.
public struct URLParts: Sendable, Equatable {
    public var scheme: String
    public var host: String
    public var port: Int?
    /// Decoded path (empty or starting with `/`).
    public var path: String
    public var query: [QueryItem]

    /// Parses `scheme://host[:port][/path][?query][#fragment]`; nil when it is not such a URL.
    /// User information (`user:pass@`) is refused: credentials go through `auth`.
    public init?(_ text: String) {
        guard let sep = text.range(of: "://") else { return nil }
        let scheme = text[..<sep.lowerBound].lowercased()
        guard scheme == "https" || scheme == "http" else { return nil }
        var rest = text[sep.upperBound...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        if authority.isEmpty || authority.contains("@") || authority.contains(" ") { return nil }
        var host = authority
        var port: Int?
        if let colon = authority.lastIndex(of: ":"), !authority.hasPrefix("[") || authority[..<colon].hasSuffix("]") {
            guard let p = Int(authority[authority.index(after: colon)...]), p > 0, p < 65536 else { return nil }
            port = p
            host = authority[..<colon]
        }
        var pathPart = rest[authorityEnd...]
        var query: [QueryItem] = []
        if let q = pathPart.firstIndex(of: "?") {
            query = URLEncoding.parseQuery(pathPart[pathPart.index(after: q)...])
            pathPart = pathPart[..<q]
        }
        self.scheme = scheme
        self.host = host.lowercased()
        self.port = port
        self.path = URLEncoding.decode(pathPart)
        self.query = query
    }

    /// Whether `host` is one of `allowed` (exact, or `*.example.com` for any subdomain of it).
    /// An allowed entry with a port matches only that port.
    public static func hostAllowed(host: String, port: Int?, in allowed: [String]) -> Bool {
        let h = host.lowercased()
        for entry in allowed {
            var name = Substring(entry.lowercased())
            var entryPort: Int?
            if let colon = name.lastIndex(of: ":"), let p = Int(name[name.index(after: colon)...]) {
                entryPort = p
                name = name[..<colon]
            }
            if let entryPort, entryPort != port { continue }
            if name.hasPrefix("*.") {
                let suffix = name.dropFirst(1)
                if h.hasSuffix(suffix) && h.count > suffix.count { return true }
            } else if name == h {
                return true
            }
        }
        return false
    }
}
