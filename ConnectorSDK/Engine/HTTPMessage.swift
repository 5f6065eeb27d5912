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
        let lower = name.lowercased()
        return first { $0.name.lowercased() == lower }?.value
    }

    /// Sets header `name`, replacing any existing values.
    public mutating func set(_ name: String, _ value: String) {
        let lower = name.lowercased()
        removeAll { $0.name.lowercased() == lower }
        append(HTTPHeader(name, value))
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
