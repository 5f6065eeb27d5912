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
        guard a.utf8.count == b.utf8.count else { return false }
        var (a, b) = (a, b)
        return a.withUTF8 { x in
            b.withUTF8 { y in
                for i in 0..<x.count where lower(x[i]) != lower(y[i]) { return false }
                return true
            }
        }
    }

    /// Whether `text` contains `needle` (lowercase ASCII), ignoring case.
    static func containsIgnoringCase(_ text: String, _ needle: StaticString) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var text = text
        return text.withUTF8 { t in
            guard n.count <= t.count else { return false }
            if n.isEmpty { return true }
            for start in 0...(t.count - n.count) {
                var k = 0
                while k < n.count, lower(t[start + k]) == n[k] { k += 1 }
                if k == n.count { return true }
            }
            return false
        }
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
        var out: [UInt8] = []
        out.reserveCapacity(scheme.utf8.count + host.utf8.count + path.utf8.count + 32)
        out.append(contentsOf: scheme.utf8)
        out.append(contentsOf: "://".utf8)
        out.append(contentsOf: host.utf8)
        if let port {
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: String(port).utf8)
        }
        URLEncoding.appendPath(path, to: &out)
        if !query.isEmpty {
            out.append(UInt8(ascii: "?"))
            URLEncoding.appendQuery(query, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
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
