import ArgumentParser
import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import Foundation

/// `junction invoke vendor/name@range OPERATION`: runs one operation locally, without the service.
struct InvokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoke",
        abstract: "Run a connector's operation locally and print its output as JSON.",
        discussion: """
            Resolves the connector against the registry (or reuses the choice in the lock file), downloads it into the \
            cache, checks its digest and its vendor's signature (pinning the vendor's key on first use), and runs the \
            operation with the credentials in the connection file. OAuth2 tokens in that file are refreshed when they \
            expire, and the rotated tokens are written back to it.
            """)

    @Argument(help: "vendor/name or vendor/name@range.")
    var connector: String

    @Argument(help: "The operation to run.")
    var operation: String

    @Option(help: "A JSON file with the operation's input (default: {}).")
    var input: String?

    @Option(help: "A JSON file with the connection: its fields, or {\"fields\": ..., \"tokens\": ...}.")
    var connection: String?

    @Option(help: "The registry URL (default: JUNCTION_REGISTRY, else the last login, else http://127.0.0.1:8080).")
    var registry: String?

    @Option(help: "The lock file (default: ./junction.lock).")
    var lock = "junction.lock"

    @Flag(help: "Resolve again and update the lock file instead of reusing its choice.")
    var update = false

    @Option(help: "The package cache folder (default: ~/.junction/cache).")
    var cache: String?

    @Flag(help: "Allow plain http and private addresses (local development only).")
    var allowLocal = false

    @Option(help: "Seconds one HTTP request may take.")
    var timeout = 30

    func run() async throws {
        let inputValue =
            try input.map { path throws -> JSONValue in
                guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure.usage("cannot read \(path)") }
                do throws(JSONTextError) {
                    return try JSONValue.parse(Array(data))
                } catch {
                    throw CommandFailure.usage("\(path) is not JSON: \(error.message)")
                }
            } ?? .object([:])
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            try await execute(inputValue, http)
            try? await http.shutdown()
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    func execute(_ inputValue: JSONValue, _ http: HTTPClient) async throws {
        do {
            let reference = try ConnectorReference(connector)
            let root = cache ?? (NSHomeDirectory() + "/.junction/cache")
            let source = RegistrySource(baseURL: Credentials.registry(registry), client: http)
            let loader = ConnectorLoader(
                source: source, cache: try PackageCache(root: root), pins: try KeyPins(root: root), allowHTTP: allowLocal)
            var lockFile = try LockFile.read(lock)
            let resolution: Resolution
            if !update, let entry = lockFile.entry(for: reference) {
                resolution = Resolution(
                    name: reference.name, version: entry.version, digest: entry.digest, keyID: entry.keyID, signature: nil)
            } else {
                guard case .resolved(let r, _) = try await source.resolve(reference) else {
                    throw CommandFailure.problem("error: the registry gave no resolution for \(reference)")
                }
                resolution = r
            }
            let loaded = try await loader.load(resolution)
            if lockFile.entry(for: reference)?.digest != loaded.digest {
                lockFile.record(loaded.resolution, for: reference)
                try lockFile.write(lock)
            }
            let store: any CredentialStore = connection.map { FileCredentialStore(path: $0) } ?? InlineCredentialStore()
            let executor = OperationExecutor(
                transport: HTTPTransport(client: http, timeout: .seconds(Int64(timeout))),
                addresses: AddressPolicy(allowPrivate: allowLocal),
                allowHTTP: allowLocal)
            let runtime = Runtime(loader: loader, executor: executor)
            let output = try await Self.invoke(runtime, loaded.connector, operation, inputValue, store)
            print(output.jsonText(indent: 2))
        } catch let e as RuntimeError {
            throw CommandFailure.problem("error: \(e.code): \(e.message)")
        }
    }

    static func invoke(_ runtime: Runtime, _ c: CompiledConnector, _ op: String, _ input: JSONValue, _ store: some CredentialStore)
        async throws(RuntimeError) -> JSONValue
    {
        try await runtime.invoke(c, operation: op, input: input, store: store)
    }
}

/// No connection file: a connector without credentials.
struct InlineCredentialStore: CredentialStore {
    func read() async throws(RuntimeError) -> ConnectionSecrets { ConnectionSecrets(fields: .object([:])) }
    func update<T: Sendable>(_ body: @Sendable (inout ConnectionSecrets) async throws(RuntimeError) -> T) async throws(RuntimeError) -> T {
        var s = ConnectionSecrets(fields: .object([:]))
        return try await body(&s)
    }
}
