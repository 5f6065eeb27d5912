import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import Foundation
import HTTPTypes
import Hummingbird
import JunctionTestSupport
import Logging
import NIOCore
import PostgresNIO
import Registry

/// A request the mock API received.
struct MockRequest: Sendable {
    var method: String
    var path: String
    var query: [String: String]
    var headers: [String: String]
    var body: [UInt8]
}

/// What the mock API answers.
struct MockResponse: Sendable {
    var status: Int
    var headers: [(String, String)] = []
    var body: [UInt8] = []

    static func json(_ v: JSONValue, status: Int = 200, headers: [(String, String)] = []) -> MockResponse {
        MockResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Array(v.jsonText().utf8))
    }
}

/// A local HTTP server standing in for a SaaS API: every request goes to `handler` and is recorded.
final class MockAPI: Sendable {
    let port: Int
    let task: Task<Void, Error>
    let recorder: Recorder

    actor Recorder {
        var requests: [MockRequest] = []
        func add(_ r: MockRequest) { requests.append(r) }
    }

    struct Handler: RouterMiddleware {
        typealias Context = BasicRequestContext
        let recorder: Recorder
        let handle: @Sendable (MockRequest) async -> MockResponse

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            var req = request
            let body = try await req.collectBody(upTo: 1 << 20)
            var query: [String: String] = [:]
            for (k, v) in request.uri.queryParameters { query[String(k)] = String(v) }
            var headers: [String: String] = [:]
            for f in request.headers { headers[f.name.canonicalName] = f.value }
            let m = MockRequest(
                method: request.method.rawValue, path: request.uri.path, query: query, headers: headers, body: Array(body.readableBytesView)
            )
            await recorder.add(m)
            let r = await handle(m)
            var fields = HTTPFields()
            for (k, v) in r.headers { if let name = HTTPField.Name(k) { fields.append(HTTPField(name: name, value: v)) } }
            return Response(status: .init(code: r.status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: r.body)))
        }
    }

    init(port: Int, task: Task<Void, Error>, recorder: Recorder) {
        self.port = port
        self.task = task
        self.recorder = recorder
    }

    static func start(_ handle: @escaping @Sendable (MockRequest) async -> MockResponse) async throws -> MockAPI {
        let recorder = Recorder()
        let router = Router()
        router.add(middleware: Handler(recorder: recorder, handle: handle))
        var logger = Logger(label: "test.mock")
        logger.logLevel = .warning
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        let task = Task {
            // A server that fails to start ends the stream, so the caller does not wait forever.
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
            throw TestSupportError("the mock API did not start")
        }
        return MockAPI(port: port, task: task, recorder: recorder)
    }

    var requests: [MockRequest] { get async { await recorder.requests } }
    var url: String { "http://127.0.0.1:\(port)" }

    func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}

/// Connector packages written by the tests.
enum Fixture {
    /// A manifest for `name`@`version` calling `base` (hosts: 127.0.0.1 and `extraHosts`).
    static func manifest(
        name: String, version: String = "1.0.0", base: String, auth: String = "auth:\n  type: none", connection: String = "",
        operations: String, extraHosts: [String] = []
    ) -> String {
        """
        junction: 1
        name: \(name)
        version: \(version)
        title: Test connector
        summary: A connector the runtime's tests publish.
        runtime: ^1.0
        hosts: [\((["127.0.0.1"] + extraHosts).map { "\"\($0)\"" }.joined(separator: ", "))]
        \(connection)
        \(auth)
        base_url: \(base)
        operations:
        \(operations)
        """
    }

    static func archive(_ manifest: String, files: [String: String] = [:]) throws -> [UInt8] {
        var all = files
        all["connector.yaml"] = manifest
        all["README.md"] = all["README.md"] ?? "# Test connector\n\nUsed by the runtime's tests.\n"
        return try PackageWriter.pack(files: all.sorted { $0.key < $1.key }.map { (path: $0.key, bytes: Array($0.value.utf8)) })
    }
}

/// A registry, a vendor with a signing key, and the runtime's database roles, for one suite.
final class RuntimeHarness: Sendable {
    let registry: TestRegistry
    let vendor: String
    let vendorToken: String
    let key: SigningKey
    let service: Database
    let serviceTask: Task<Void, Never>

    init(registry: TestRegistry, vendor: String, vendorToken: String, key: SigningKey, service: Database, serviceTask: Task<Void, Never>) {
        self.registry = registry
        self.vendor = vendor
        self.vendorToken = vendorToken
        self.key = key
        self.service = service
        self.serviceTask = serviceTask
    }

    static func start(_ suite: String) async throws -> RuntimeHarness {
        let registry = try await TestRegistry.start(suite) { $0.allowLocalHTTP = true }
        try await RuntimeDatabase.migrate(admin: registry.database, servicePassword: nil)
        let vendor = "v\(UInt32.random(in: 0...UInt32.max))"
        let (token, key) = try await registry.vendor(vendor)
        var logger = Logger(label: "test.runtime")
        logger.logLevel = .warning
        let url = RuntimeDatabase.serviceURL(adminURL: registry.databaseURL, password: nil)!
        let service = Database(client: try Database.client(url: url), logger: logger)
        let task = Task { await service.client.run() }
        return RuntimeHarness(registry: registry, vendor: vendor, vendorToken: token, key: key, service: service, serviceTask: task)
    }

    /// Publishes an archive signed with the vendor's key (or `key`).
    @discardableResult
    func publish(_ bytes: [UInt8], key: SigningKey? = nil) async throws -> TestRegistry.Reply {
        let r = try await registry.publish(bytes, token: vendorToken, key: key ?? self.key)
        guard r.status == 201 || r.status == 200 else {
            throw TestSupportError("publish failed: \(String(decoding: r.body, as: UTF8.self))")
        }
        return r
    }

    /// A fresh cache folder.
    static func cacheFolder() -> String {
        let path = NSTemporaryDirectory() + "junction-runtime-tests/\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A loader over a cache folder (fresh by default).
    func loader(cache: String = RuntimeHarness.cacheFolder()) throws -> ConnectorLoader {
        ConnectorLoader(
            source: RegistrySource(baseURL: registry.baseURL, client: HTTPClient.shared), cache: try PackageCache(root: cache),
            pins: try KeyPins(root: cache), allowHTTP: true)
    }

    /// The runtime's service over this suite's database (allowing local servers).
    func runtimeService(
        cache: String = RuntimeHarness.cacheFolder(), ring: MasterKeyRing? = nil, redirectURI: String = "http://127.0.0.1:1/oauth/callback",
        database: Database? = nil, timeout: Int64 = 5, now: @escaping @Sendable () -> Date = { Date() }
    ) throws -> RuntimeService {
        let executor = OperationExecutor(
            transport: HTTPTransport(client: HTTPClient.shared, timeout: .seconds(timeout)), addresses: AddressPolicy(allowPrivate: true),
            allowHTTP: true, maxRetryDelayMilliseconds: 5000)
        let source = RegistrySource(baseURL: registry.baseURL, client: HTTPClient.shared)
        let loader = ConnectorLoader(source: source, cache: try PackageCache(root: cache), pins: try KeyPins(root: cache), allowHTTP: true)
        let tenants = TenantStore(
            db: RuntimeDatabase(service: database ?? service), vault: CredentialVault(ring: try ring ?? MasterKeyRing(text: Self.ringText)))
        return RuntimeService(
            runtime: Runtime(loader: loader, executor: executor, now: now), tracker: RangeTracker(source: source), tenants: tenants,
            redirectURI: redirectURI)
    }

    static let ringText = MasterKeyRing.generateText(id: "test1")

    func stop() async {
        serviceTask.cancel()
        await registry.stop()
    }
}
