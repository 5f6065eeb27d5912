import AsyncHTTPClient
import ConnectorSDK
import EmbeddedPostgres
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PostgresNIO
import Registry

/// One throwaway PostgreSQL per test process; every suite gets its own database in it.
public actor TestPostgres {
    public static let shared = TestPostgres()
    private var server: Task<EmbeddedPostgres, any Error>?

    /// The process's server, started once: concurrent first callers share one start (the actor is
    /// re-entered while the start awaits, so the start itself is what is stored).
    public func get() async throws -> EmbeddedPostgres {
        if let server { return try await server.value }
        let start = Task { try await EmbeddedPostgres.start(.temporary()) }
        server = start
        return try await start.value
    }

    /// A fresh, empty database.
    public func database(prefix: String) async throws -> (EmbeddedPostgres, String) {
        let s = try await get()
        let name = "\(prefix)_\(UInt32.random(in: 0...UInt32.max))"
        try await s.createDatabase(name)
        return (s, name)
    }
}

/// A registry on a loopback port over its own database, with an admin token.
public final class TestRegistry: Sendable {
    public let baseURL: String
    public let database: Registry.Database
    public let databaseURL: String
    public let adminToken: String
    let task: Task<Void, Error>

    init(baseURL: String, database: Registry.Database, databaseURL: String, adminToken: String, task: Task<Void, Error>) {
        self.baseURL = baseURL
        self.database = database
        self.databaseURL = databaseURL
        self.adminToken = adminToken
        self.task = task
    }

    public static func start(
        _ suite: String, configure: (inout RegistryConfiguration) -> Void = { _ in }
    ) async throws -> TestRegistry {
        let (server, name) = try await TestPostgres.shared.database(prefix: suite)
        var logger = Logger(label: "test.registry")
        logger.logLevel = .warning
        let url = server.url(database: name)
        let database = Registry.Database(client: try Registry.Database.client(url: url), logger: logger)
        var config = RegistryConfiguration(host: "127.0.0.1", port: 0, requestsPerMinute: 0)
        configure(&config)
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = RegistryApplication.make(
            configuration: config, database: database, logger: logger,
            beforeServerStarts: { try await RegistryAdmin.migrate(database) },
            onServerRunning: { port in continuation.yield(port) })
        let task = Task {
            defer { continuation.finish() }
            try await app.run()
        }
        var port = 0
        for await p in stream {
            port = p
            break
        }
        if port == 0 {
            try await task.value
            throw CancellationError()
        }
        let token = try await RegistryAdmin.bootstrapAdminToken(database)
        return TestRegistry(baseURL: "http://127.0.0.1:\(port)", database: database, databaseURL: url, adminToken: token, task: task)
    }

    public func stop() async {
        task.cancel()
        _ = try? await task.value
    }

    public struct Reply: Sendable {
        public var status: Int
        public var headers: HTTPHeaders
        public var body: [UInt8]
        public var json: JSONValue { (try? JSONValue.parse(body)) ?? .null }
        /// The problem's code (the end of `type`).
        public var problem: String? { json["type"]?.stringValue?.split(separator: "/").last.map(String.init) }

        public init(status: Int, headers: HTTPHeaders, body: [UInt8]) {
            self.status = status
            self.headers = headers
            self.body = body
        }
    }

    public func request(
        _ method: HTTPMethod, _ path: String, token: String? = nil, json: JSONValue? = nil, body: [UInt8]? = nil,
        headers: [(String, String)] = [], timeout: TimeAmount = .seconds(60)
    ) async throws -> Reply {
        var req = HTTPClientRequest(url: baseURL + path)
        req.method = method
        if let token { req.headers.add(name: "Authorization", value: "Bearer \(token)") }
        for (k, v) in headers { req.headers.add(name: k, value: v) }
        if let json {
            req.headers.add(name: "Content-Type", value: "application/json")
            req.body = .bytes(ByteBuffer(string: json.jsonText()))
        } else if let body {
            req.body = .bytes(ByteBuffer(bytes: body))
        }
        let res = try await HTTPClient.shared.execute(req, timeout: timeout)
        let buf = try await res.body.collect(upTo: 32 << 20)
        return Reply(status: Int(res.status.code), headers: res.headers, body: Array(buf.readableBytesView))
    }

    /// Creates vendor `name` with a token holding `scopes` and a registered signing key.
    public func vendor(_ name: String, scopes: [String] = ["publish", "yank", "manage"]) async throws -> (token: String, key: SigningKey) {
        let v = try await request(.POST, "/v1/vendors", token: adminToken, json: ["name": .string(name)])
        guard v.status == 201 else { throw TestSupportError("creating vendor \(name): \(String(decoding: v.body, as: UTF8.self))") }
        let t = try await request(
            .POST, "/v1/tokens", token: adminToken, json: ["vendor": .string(name), "scopes": .array(scopes.map(JSONValue.string))])
        guard let token = t.json["token"]?.stringValue else { throw TestSupportError("no token for \(name)") }
        let key = SigningKey()
        let k = try await request(
            .POST, "/v1/vendors/\(name)/keys", token: adminToken, json: ["public_key": .string(key.verifyingKey.text)])
        guard k.status == 201 else { throw TestSupportError("registering a key for \(name) gave \(k.status)") }
        return (token, key)
    }

    /// Publishes `bytes` signed with `key`.
    public func publish(_ bytes: [UInt8], token: String, key: SigningKey?, timeout: TimeAmount = .seconds(60)) async throws -> Reply {
        var headers = [("Content-Type", "application/zip")]
        if let key {
            let sig = try PackageSignature.sign(digest: PackageArchive.digest(of: bytes), with: key)
            headers.append(("Junction-Signature", Data(try sig.json()).base64EncodedString()))
        }
        return try await request(.POST, "/v1/packages", token: token, body: bytes, headers: headers, timeout: timeout)
    }
}

/// Connector packages for tests: the scaffold, renamed and re-versioned.
public enum TestPackages {
    public static func files(name: String, version: String, summary: String? = nil, keywords: [String]? = nil) throws -> [(
        path: String, bytes: [UInt8]
    )] {
        try Scaffold.files(for: name).map { f in
            var text = f.text
            if f.path == "connector.yaml" {
                text = text.replacingOccurrences(of: "version: 0.1.0", with: "version: \(version)")
                if let summary {
                    text = text.replacingOccurrences(of: "summary: List and read items from the", with: "summary: \(summary) —")
                }
                if let keywords {
                    text = text.replacingOccurrences(of: "keywords: [items]", with: "keywords: [\(keywords.joined(separator: ", "))]")
                }
            }
            return (path: f.path, bytes: Array(text.utf8))
        }
    }

    public static func archive(name: String, version: String, summary: String? = nil, keywords: [String]? = nil) throws -> [UInt8] {
        try PackageWriter.pack(files: files(name: name, version: version, summary: summary, keywords: keywords))
    }
}

/// Bytes from hex text.
public func hexBytes(_ hex: String) -> [UInt8] {
    var out: [UInt8] = []
    var it = hex.utf8.makeIterator()
    while let h = it.next(), let l = it.next() { out.append(UInt8(String(decoding: [h, l], as: UTF8.self), radix: 16) ?? 0) }
    return out
}

extension TestRegistry {
    /// A client for a registry running elsewhere (another process), with its own database client.
    public static func attach(baseURL: String, databaseURL: String, adminToken: String) async throws -> TestRegistry {
        let database = Registry.Database(client: try Registry.Database.client(url: databaseURL), logger: Logger(label: "test.attach"))
        let task = Task<Void, Error> { await database.client.run() }
        return TestRegistry(baseURL: baseURL, database: database, databaseURL: databaseURL, adminToken: adminToken, task: task)
    }

    public func detach() async {
        task.cancel()
        _ = try? await task.value
    }
}

/// A test set-up step that failed.
public struct TestSupportError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
