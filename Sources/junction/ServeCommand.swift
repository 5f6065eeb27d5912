import ArgumentParser
import ConnectorSDK
import EmbeddedPostgres
import Foundation
import Logging
import Registry

/// `junction serve`: the registry and its marketplace, on an embedded PostgreSQL unless `DATABASE_URL` is set.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the registry and its web marketplace (an embedded PostgreSQL when DATABASE_URL is not set).")

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port = 8080

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
        let config = RegistryConfiguration(host: host, port: port, allowUnsigned: allowUnsigned, requestsPerMinute: rateLimit)
        let seed = !noSeed
        let isEmbedded = embedded != nil
        let banner = Banner()
        let app = RegistryApplication.make(
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
                await banner.print(url: "http://\(config.host):\(boundPort)")
            })
        do {
            try await app.runService()
        } catch {
            try? await embedded?.stop()
            if "\(error)".contains("Address already in use") {
                throw CommandFailure.problem("port \(port) on \(host) is already in use; choose another with --port")
            }
            throw CommandFailure.problem("the registry stopped: \(error)")
        }
        try? await embedded?.stop()
    }
}

/// What `serve` prints once it listens.
actor Banner {
    private var token: String?

    func setToken(_ t: String) { token = t }

    func print(url: String) {
        var lines = [
            "", "Junction registry on \(url)", "  marketplace  \(url)/", "  API          \(url)/v1/connectors",
            "  OpenAPI      \(url)/openapi.yaml",
        ]
        if let token { lines.append("  dev token    \(token)   (junction login --registry \(url) --token …)") }
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
