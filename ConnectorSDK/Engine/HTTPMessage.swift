/// One HTTP header line.
public struct HTTPHeader: Sendable, Equatable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [HTTPHeader] {
    /// The first value of header `name` (case-insensitive).
    public subscript(name name: String) -> String? {
        first { ASCII.equalsIgnoringCase($0.name, name) }?.value
    }

    /// Sets header `name`, replacing any existing values.
    public mutating func set(_ name: String, _ value: String) {
        removeAll { ASCII.equalsIgnoringCase($0.name, name) }
        append(HTTPHeader(name, value))
    }
}

/// Case-insensitive comparisons of ASCII text (header names, media types) without allocating.
enum ASCII {
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    static func equalsIgnoringCase(_ a: String, _ b: String) -> Bool {
        var x = a.utf8.makeIterator()
        var y = b.utf8.makeIterator()
        while true {
            switch (x.next(), y.next()) {
            case (nil, nil): return true
            case (let p?, let q?) where lower(p) == lower(q): continue
            default: return false
            }
        }
    }

    /// Whether `text` contains `needle` (lowercase ASCII), ignoring case.
    static func containsIgnoringCase(_ text: String, _ needle: String) -> Bool {
        let t = Array(text.utf8)
        let n = Array(needle.utf8)
        guard n.count <= t.count else { return false }
        if n.isEmpty { return true }
        for start in 0...(t.count - n.count) where (0..<n.count).allSatisfy({ lower(t[start + $0]) == n[$0] }) { return true }
        return false
    }
}

/// A request an operation wants sent.
public struct OutgoingRequest: Sendable, Equatable {
    public var method: String
    /// `https`, or `http` where the operator allows it.
    public var scheme: String
    public var host: String
    public var port: Int?
    /// The path, not percent-encoded.
    public var path: String
    /// Query parameters in order, not percent-encoded.
    public var query: [QueryItem]
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(
        method: String, scheme: String, host: String, port: Int? = nil, path: String, query: [QueryItem] = [],
        headers: [HTTPHeader] = [], body: [UInt8] = []
    ) {
        self.method = method
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The full URL, percent-encoded.
    public var url: String {
        var s = "\(scheme)://\(host)"
        if let port { s += ":\(port)" }
        s += URLEncoding.encodePath(path.isEmpty ? "/" : path)
        if !query.isEmpty { s += "?" + URLEncoding.encodeQuery(query) }
        return s
    }

    /// Sets query parameter `name`, replacing any existing values.
    public mutating func setQuery(_ name: String, _ value: String) {
        if let i = query.firstIndex(where: { $0.name == name }) {
            query[i].value = value
            var j = query.count - 1
            while j > i {
                if query[j].name == name { query.remove(at: j) }
                j -= 1
            }
        } else {
            query.append(QueryItem(name, value))
        }
    }
}

/// One query parameter.
public struct QueryItem: Sendable, Equatable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A response the operation receives.
public struct IncomingResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
