import Foundation
import Logging

/// A private PostgreSQL server run from the machine's own binaries, for `junction serve` (when no
/// `DATABASE_URL` is given) and for tests.
///
/// - The server listens on 127.0.0.1 only (no Unix sockets) and trusts every connection from
///   there: fine for a private development server, never for a shared machine's production data.
///   Connect as ``username`` (`postgres`, the superuser) with no password.
/// - When we run as root the cluster and server belong to the `postgres` system user.
/// - A data folder that already holds a cluster is reused. If its server is still running and the
///   process that started it (recorded in `junction.owner`) is alive, ``start(_:logger:)`` fails
///   with `data_directory_in_use`; if that owner is gone the server is a stray and is stopped
///   first. A `postmaster.pid` naming a dead process is stale and is removed.
/// - A watchdog process stops the server (and removes a temporary data folder) once the owner
///   process is gone, even after SIGKILL, so a crash of ours never leaves a server behind.
///
/// The value is a plain description of the running server; ``stop()`` is idempotent.
public struct EmbeddedPostgres: Sendable {
    /// Always `127.0.0.1`.
    public let host: String
    /// The TCP port the server listens on.
    public let port: Int
    /// The superuser to connect as (`postgres`).
    public let username: String
    /// Always nil: loopback connections are trusted.
    public let password: String?
    /// The database made at start (``Configuration/database``).
    public let database: String
    /// The cluster's data folder (its log is `server.log` there).
    public let dataDirectory: URL
    /// The postmaster's process id.
    public let serverPID: Int32

    private let cluster: Cluster
    private let removeDataDirectoryOnStop: Bool
    private let logger: Logger

    /// `postgres://postgres@127.0.0.1:PORT/DATABASE` for ``database``.
    public var url: String { url(database: database) }

    /// The connection URL for another database on this server.
    public func url(database name: String) -> String {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? name
        return "postgres://\(username)@\(host):\(port)/\(encoded)"
    }

    /// Starts (initializing if needed) the server described by `configuration` and returns once it
    /// accepts connections and ``Configuration/database`` exists.
    public static func start(
        _ configuration: Configuration,
        logger: Logger = Logger(label: "junction.embedded-postgres")
    ) async throws(EmbeddedPostgresError) -> EmbeddedPostgres {
        let binaries = try await BinaryLocator.locate(explicit: configuration.binDirectory)
        let user = try ServerUser.resolve()
        try Database.validate(configuration.database)
        guard let owner = ProcessIdentity.of(configuration.ownerPID) else {
            throw .commandFailed("watching the owner process", output: "no process \(configuration.ownerPID) is running")
        }
        let cluster = Cluster(directory: configuration.dataDirectory, user: user, binaries: binaries)
        let createsFolder = !FileManager.default.fileExists(atPath: configuration.dataDirectory.path)
        do {
            return try await launch(cluster, owner: owner, configuration: configuration, logger: logger)
        } catch {
            if createsFolder && configuration.removeDataDirectoryOnStop {
                try? FileManager.default.removeItem(at: configuration.dataDirectory)
            }
            throw error
        }
    }

    /// Prepares the folder, deals with a server already there, starts ours with its watchdog.
    private static func launch(
        _ cluster: Cluster, owner: ProcessIdentity, configuration: Configuration, logger: Logger
    ) async throws(EmbeddedPostgresError) -> EmbeddedPostgres {
        try cluster.prepareFolder()
        try await cluster.initializeIfNeeded(durable: configuration.durable, logger: logger)
        let server = ServerProcess(cluster: cluster)
        try await takeOverRunningServer(server, logger: logger)

        let port = try await startOnFreePort(server, configuration: configuration, logger: logger)
        guard let pidFile = PostmasterPidFile.read(cluster.pidFile),
            let postmaster = ProcessIdentity.of(pidFile.pid)
        else {
            throw .startFailed(cluster.directory.path, logTail: cluster.logTail(since: 0))
        }
        do {
            try cluster.writeFile(cluster.ownerFile, owner.recordLine + "\n")
            try await Watchdog.start(
                owner: owner, server: postmaster, cluster: cluster,
                removeDataDirectory: configuration.removeDataDirectoryOnStop)
            try await server.waitUntilReady(port: port, timeout: configuration.startTimeout)
        } catch {
            try? await server.stop()
            throw error
        }

        let embedded = EmbeddedPostgres(
            host: "127.0.0.1", port: port, username: Cluster.superuser, password: nil,
            database: configuration.database, dataDirectory: configuration.dataDirectory,
            serverPID: postmaster.pid, cluster: cluster,
            removeDataDirectoryOnStop: configuration.removeDataDirectoryOnStop, logger: logger)
        do {
            try await embedded.createDatabase(configuration.database)
        } catch {
            try? await embedded.stop()
            throw error
        }
        logger.info(
            "PostgreSQL is ready",
            metadata: [
                "url": "\(embedded.url)", "directory": "\(cluster.directory.path)", "pid": "\(postmaster.pid)",
            ])
        return embedded
    }

    /// Creates database `name` unless it exists (safe to call concurrently for the same name).
    /// Handy to give each test suite a database of its own.
    public func createDatabase(_ name: String) async throws(EmbeddedPostgresError) {
        try await Database.create(name, port: port, binaries: cluster.binaries)
    }

    /// Stops the server (fast shutdown: open sessions are ended, then it waits until the server
    /// is gone) and deletes the data folder when ``Configuration/removeDataDirectoryOnStop`` is set.
    /// Calling it again does nothing, and so does calling it after another start took the data
    /// folder over: that server is not ours to stop.
    public func stop() async throws(EmbeddedPostgresError) {
        if let current = PostmasterPidFile.read(cluster.pidFile), current.pid != serverPID {
            return
        }
        try await ServerProcess(cluster: cluster).stop()
        try? FileManager.default.removeItem(at: cluster.ownerFile)
        if removeDataDirectoryOnStop, FileManager.default.fileExists(atPath: dataDirectory.path) {
            do {
                try FileManager.default.removeItem(at: dataDirectory)
            } catch {
                throw .stopFailed(dataDirectory.path, output: "could not delete it (\(error.localizedDescription))")
            }
        }
        logger.info("PostgreSQL stopped", metadata: ["directory": "\(dataDirectory.path)"])
    }

    /// Deals with a server already running on the data folder: refuses when its owner is alive,
    /// stops it when it is a stray.
    private static func takeOverRunningServer(_ server: ServerProcess, logger: Logger) async throws(EmbeddedPostgresError) {
        guard let running = server.runningPostmaster() else { return }
        let recordedOwner = (try? String(contentsOf: server.cluster.ownerFile, encoding: .utf8))
            .flatMap { ProcessIdentity(recordLine: $0) }
        if let recordedOwner, recordedOwner.isRunning {
            throw .dataDirectoryInUse(server.cluster.directory.path, ownerPID: recordedOwner.pid, port: running.port)
        }
        logger.warning(
            "stopping a stray PostgreSQL server left on the data folder",
            metadata: [
                "pid": "\(running.pid)", "directory": "\(server.cluster.directory.path)",
            ])
        try await server.stop()
    }

    /// Writes the settings and starts the server, picking another free port on a collision.
    private static func startOnFreePort(
        _ server: ServerProcess, configuration: Configuration, logger: Logger
    ) async throws(EmbeddedPostgresError) -> Int {
        let attempts = configuration.port == nil ? 5 : 1
        var lastTail = ""
        for _ in 0..<attempts {
            guard let port = configuration.port ?? PortPicker.freePort() else {
                throw .startFailed(server.cluster.directory.path, logTail: "no free TCP port on 127.0.0.1")
            }
            try server.cluster.writeSettings(port: port, durable: configuration.durable)
            switch await server.start(timeout: configuration.startTimeout) {
            case .started:
                return port
            case .portInUse:
                lastTail = "port \(port) on 127.0.0.1 is already in use"
                logger.debug("port taken, trying another", metadata: ["port": "\(port)"])
            case .failed(let tail):
                throw .startFailed(server.cluster.directory.path, logTail: tail)
            }
        }
        throw .startFailed(server.cluster.directory.path, logTail: lastTail)
    }
}
