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
        HostPattern.parse(allowed).contains { $0.matches(host: host, port: port) }
    }
}

/// One entry of a manifest's `hosts`, read once: `api.example.com`, `*.example.com`, `host:8443`.
struct HostPattern: Sendable {
    /// The lowercased name; for a wildcard, the suffix with its leading dot (`.example.com`).
    let name: String
    let wildcard: Bool
    let port: Int?

    init(_ entry: String) {
        var name = Substring(entry.lowercased())
        var port: Int?
        if let colon = name.lastIndex(of: ":"), let p = Int(name[name.index(after: colon)...]) {
            port = p
            name = name[..<colon]
        }
        wildcard = name.hasPrefix("*.")
        self.name = String(wildcard ? name.dropFirst() : name)
        self.port = port
    }

    static func parse(_ entries: [String]) -> [HostPattern] { entries.map(HostPattern.init) }

    /// Whether `host` (any case) on `port` is allowed by this entry.
    func matches(host: String, port: Int?) -> Bool {
        if let own = self.port, own != port { return false }
        // URLParts lowercases hosts already; only a host with capitals (or non-ASCII letters, which
        // may be capitals) pays for a lowercased copy.
        let h = host.utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }) ? host.lowercased() : host
        if wildcard { return h.utf8.count > name.utf8.count && h.hasSuffix(name) }
        return h == name
    }
}
