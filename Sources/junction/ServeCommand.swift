import ArgumentParser
import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import EmbeddedPostgres
import Foundation
import Logging
import Registry
import ServiceLifecycle

/// `junction serve`: the registry and its marketplace, and the runtime's tenant API, on an embedded
/// PostgreSQL unless `DATABASE_URL` is set.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the registry with its web marketplace and the runtime (an embedded PostgreSQL when DATABASE_URL is not set).")

    enum Role: String, ExpressibleByArgument, CaseIterable {
        case registry, runtime, both
    }

    @Option(help: "What to run: registry, runtime or both.")
    var role: Role = .both

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The registry's port (0: any free port).")
    var port = 8080

    @Option(help: "The runtime's port (its tenant API and /oauth/callback).")
    var runtimePort = 8081

    @Option(help: "The registry the runtime uses (default: this registry, or http://127.0.0.1:8080 with --role runtime).")
    var registryURL: String?

    @Option(help: "The runtime's public URL, for OAuth2 redirects (default: http://HOST:RUNTIME_PORT).")
    var publicURL: String?

    @Option(help: "The runtime's package cache (default: ~/.junction/cache).")
    var cache: String?

    @Flag(help: "Let connectors call plain http and private addresses (local development only).")
    var allowLocal = false

    @Option(help: "PostgreSQL URL (default: the DATABASE_URL environment variable, else an embedded server).")
    var databaseURL: String?

    @Flag(help: "Accept packages without a signature.")
    var allowUnsigned = false

    @Flag(help: "Do not publish the example connectors into an empty registry.")
    var noSeed = false

    @Option(help: "Requests per minute per token or client address (0: no limit).")
    var rateLimit = 600

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let logger = {
            var l = Logger(label: "junction.registry")
            l.logLevel = .info
            return l
        }()
        let url = databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"]
        var embedded: EmbeddedPostgres?
        let dbURL: String
        if let url {
            dbURL = url
        } else {
            do {
                let pg = try await EmbeddedPostgres.start(.forServe(), logger: logger)
                embedded = pg
                dbURL = pg.url
                logger.info("embedded PostgreSQL", metadata: ["data": .string(pg.dataDirectory.path), "port": .stringConvertible(pg.port)])
            } catch {
                throw CommandFailure.problem("\(error)")
            }
        }
        let database: Registry.Database
        do {
            database = Registry.Database(client: try Registry.Database.client(url: dbURL), logger: logger)
        } catch {
            try? await embedded?.stop()
            throw CommandFailure.usage(error.message)
        }
        let config = RegistryConfiguration(
            host: host, port: port, allowUnsigned: allowUnsigned, requestsPerMinute: rateLimit, allowLocalHTTP: allowLocal)
        let seed = !noSeed
        let isEmbedded = embedded != nil
        let banner = Banner()
        var services: [any Service] = []
        if role != .runtime {
            services.append(
                RegistryApplication.make(
                    configuration: config, database: database, logger: logger,
                    beforeServerStarts: {
                        let applied = try await RegistryAdmin.migrate(database)
                        if !applied.isEmpty { logger.info("migrated", metadata: ["applied": .string(applied.joined(separator: ", "))]) }
                        if seed, try await RegistryAdmin.isEmpty(database) {
                            let key = try DevKey.load()
                            let published = try await RegistryAdmin.seed(
                                database, vendor: "junction-examples", folders: Examples.folders(), key: key)
                            logger.info("published the examples", metadata: ["connectors": .string(published.joined(separator: ", "))])
                        }
                        // A dev token on every embedded start; with a real database only the first admin token.
                        if isEmbedded {
                            await banner.setToken(try await RegistryAdmin.bootstrapAdminToken(database, name: "dev (junction serve)"))
                        }
                    },
                    onServerRunning: { boundPort in
                        await banner.registryRunning(url: "http://\(config.host):\(boundPort)")
                    }))
        }
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        if role != .registry {
            do {
                var runtimeLogger = Logger(label: "junction.runtime")
                runtimeLogger.logLevel = .info
                services.append(
                    try runtimeApplication(adminURL: dbURL, isEmbedded: isEmbedded, http: http, logger: runtimeLogger, banner: banner))
            } catch {
                try? await http.shutdown()
                try? await embedded?.stop()
                throw error
            }
        }
        await banner.expect(registry: role != .runtime, runtime: role != .registry)
        do {
            let group = ServiceGroup(
                configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
        } catch {
            try? await http.shutdown()
            try? await embedded?.stop()
            if "\(error)".contains("Address already in use") {
                throw CommandFailure.problem(
                    "port \(port) or \(runtimePort) on \(host) is already in use; choose others with --port / --runtime-port")
            }
            throw CommandFailure.problem("the server stopped: \(String(reflecting: error))")
        }
        try? await http.shutdown()
        try? await embedded?.stop()
    }

    /// The runtime's application: migrations as the owner, then the tenant API as the service role.
    func runtimeApplication(adminURL: String, isEmbedded: Bool, http: HTTPClient, logger: Logger, banner: Banner) throws -> any Service {
        let password = RuntimeSecrets.servicePassword()
        guard let serviceURL = RuntimeDatabase.serviceURL(adminURL: adminURL, password: password) else {
            throw CommandFailure.usage("\(DatabaseURL.redacted(adminURL)) is not a postgres:// URL")
        }
        let admin: Database
        let service: Database
        do {
            admin = Database(client: try Database.client(url: adminURL, maxConnections: 2), logger: logger)
            service = Database(client: try Database.client(url: serviceURL), logger: logger)
        } catch {
            throw CommandFailure.usage(error.message)
        }
        let configuration = RuntimeConfiguration(
            host: host, port: runtimePort, registryURL: registryURL ?? "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)",
            publicURL: publicURL, cacheRoot: cache ?? Files.home(".junction/cache"), masterKeys: try RuntimeSecrets.masterKeys(),
            allowLocal: allowLocal, servicePassword: password)
        do {
            return try RuntimeApplication.make(
                configuration: configuration, admin: admin, service: service, http: http, logger: logger,
                afterMigrations: { service in
                    if isEmbedded { await banner.setTenantToken(try await service.tenants.devToken()) }
                },
                onServerRunning: { boundPort in
                    await banner.runtimeRunning(url: "http://\(configuration.host):\(boundPort)")
                })
        } catch {
            throw CommandFailure.usage("\(error.code): \(error.message)")
        }
    }
}

/// What `serve` prints once everything listens.
actor Banner {
    private var token: String?
    private var tenantToken: String?
    private var registryURL: String?
    private var runtimeURL: String?
    private var waitingFor = (registry: true, runtime: true)

    func setToken(_ t: String) { token = t }
    func setTenantToken(_ t: String) { tenantToken = t }
    func expect(registry: Bool, runtime: Bool) { waitingFor = (registry, runtime) }

    func registryRunning(url: String) {
        registryURL = url
        printIfReady()
    }

    func runtimeRunning(url: String) {
        runtimeURL = url
        printIfReady()
    }

    private func printIfReady() {
        if waitingFor.registry && registryURL == nil || waitingFor.runtime && runtimeURL == nil { return }
        var lines = [""]
        if let url = registryURL {
            lines += [
                "Junction registry on \(url)", "  marketplace  \(url)/", "  API          \(url)/v1/connectors",
                "  OpenAPI      \(url)/openapi.yaml",
            ]
            if let token { lines.append("  dev token    \(token)   (junction login --registry \(url) --token …)") }
        }
        if let url = runtimeURL {
            lines += ["Junction runtime on \(url)", "  tenant API   \(url)/v1/installations", "  OAuth2       \(url)/oauth/callback"]
            if let tenantToken { lines.append("  dev tenant   \(tenantToken)   (Authorization: Bearer …)") }
        }
        lines.append("")
        FileHandle.standardOutput.write(Data(lines.joined(separator: "\n").utf8 + [10]))
    }
}

/// The signing key `serve` signs the examples with: `~/.junction/dev-signing.key`, created once.
enum DevKey {
    static func load() throws -> SigningKey {
        let path = Files.home(".junction/dev-signing.key")
        if FileManager.default.fileExists(atPath: path) { return try SigningKey.readPrivateKey(from: path) }
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let key = SigningKey()
        try key.writePrivateKey(to: path)
        return key
    }
}

/// The example connectors that ship in the repository.
enum Examples {
    static func folders() -> [URL] {
        let env = ProcessInfo.processInfo.environment["JUNCTION_EXAMPLES"]
        let dir =
            env.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ConnectorSDK/Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("connector.yaml").path)
        }
    }
}
