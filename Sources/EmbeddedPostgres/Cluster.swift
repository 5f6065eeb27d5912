import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A PostgreSQL data folder: making it usable for the server's user, `initdb`, and our settings.
///
/// Our settings live in `junction.conf`, rewritten at every start and pulled in by one
/// `include_if_exists` line appended to the cluster's `postgresql.conf` (settings there that come
/// before it are overridden; anything else a person adds to postgresql.conf still applies).
struct Cluster: Sendable {
    /// The superuser `initdb` creates and clients connect as.
    static let superuser = "postgres"
    static let settingsFileName = "junction.conf"

    let directory: URL
    let user: ServerUser
    let binaries: PostgresBinaries

    var versionFile: URL { directory.appendingPathComponent("PG_VERSION") }
    var logFile: URL { directory.appendingPathComponent("server.log") }
    var pidFile: URL { directory.appendingPathComponent("postmaster.pid") }
    var ownerFile: URL { directory.appendingPathComponent("junction.owner") }
    var settingsFile: URL { directory.appendingPathComponent(Self.settingsFileName) }

    /// Whether the folder already holds a cluster (`initdb` has run).
    var exists: Bool { FileManager.default.fileExists(atPath: versionFile.path) }

    /// Creates the folder if needed, gives it to the server's user with mode 0700, and checks the
    /// user can reach it.
    func prepareFolder() throws(EmbeddedPostgresError) {
        let path = directory.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .dataDirectoryUnusable(path, "it is not a folder") }
        } else {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw .dataDirectoryUnusable(path, "could not create it (\(error.localizedDescription))")
            }
        }
        if exists {
            var info = stat()
            if stat(path, &info) == 0, info.st_uid != user.uid {
                throw .dataDirectoryUnusable(
                    path,
                    "it holds a cluster owned by uid \(info.st_uid), but the server runs as \(user.name) "
                        + "(uid \(user.uid)); chown -R it to \(user.name) or choose another folder")
            }
        }
        try user.takeOwnership(of: directory)
        if let blocked = user.firstBlockedAncestor(of: directory) {
            throw .dataDirectoryUnusable(
                path,
                "the \(user.name) user, which runs the server, cannot enter \(blocked); "
                    + "choose a data folder it can reach (e.g. under /var/lib or /tmp)")
        }
    }

    /// Runs `initdb` when the folder holds no cluster yet; otherwise checks the cluster was made by
    /// the same major version as our binaries.
    func initializeIfNeeded(durable: Bool, logger: Logger) async throws(EmbeddedPostgresError) {
        if exists {
            try await checkVersion()
            return
        }
        logger.info("initializing a PostgreSQL cluster", metadata: ["directory": "\(directory.path)"])
        var arguments = [
            "-D", directory.path, "-U", Self.superuser, "-A", "trust", "-E", "UTF8", "--no-locale",
        ]
        if !durable { arguments.append("--no-sync") }
        let result = await user.run(binaries.initdb, arguments)
        guard result.succeeded else {
            throw .initdbFailed(directory.path, output: result.output)
        }
        try includeSettingsFile()
    }

    /// Writes `junction.conf` for this start.
    func writeSettings(port: Int, durable: Bool) throws(EmbeddedPostgresError) {
        var lines = [
            "# Written by Junction at every start: changes here are lost. Add your own to postgresql.conf.",
            "listen_addresses = '127.0.0.1'",
            "port = \(port)",
            "unix_socket_directories = ''",
            "max_connections = 100",
            "shared_buffers = \(durable ? "128MB" : "32MB")",
        ]
        if !durable {
            lines += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
        }
        try writeFile(settingsFile, lines.joined(separator: "\n") + "\n")
        try includeSettingsFile()
    }

    /// Appends the `include_if_exists` line to postgresql.conf unless it is already there.
    private func includeSettingsFile() throws(EmbeddedPostgresError) {
        let configFile = directory.appendingPathComponent("postgresql.conf")
        let current = (try? String(contentsOf: configFile, encoding: .utf8)) ?? ""
        let include = "include_if_exists = '\(Self.settingsFileName)'"
        if current.contains(include) { return }
        let separator = current.isEmpty || current.hasSuffix("\n") ? "" : "\n"
        try writeFile(configFile, current + separator + "\n# Junction's settings\n" + include + "\n")
    }

    /// Compares `PG_VERSION` with the binaries' major version.
    private func checkVersion() async throws(EmbeddedPostgresError) {
        let dataVersion = ((try? String(contentsOf: versionFile, encoding: .utf8)) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard let binaryVersion = await binaries.majorVersion(), !dataVersion.isEmpty else { return }
        if dataVersion != binaryVersion {
            throw .incompatibleDataDirectory(directory.path, dataVersion: dataVersion, binaryVersion: binaryVersion)
        }
    }

    /// Writes a file inside the data folder, owned by the server's user, mode 0600.
    func writeFile(_ url: URL, _ text: String) throws(EmbeddedPostgresError) {
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw .dataDirectoryUnusable(directory.path, "could not write \(url.lastPathComponent) (\(error.localizedDescription))")
        }
        if user.switchesUser { _ = chown(url.path, user.uid, user.gid) }
        _ = chmod(url.path, 0o600)
    }

    /// The text the server log gained since `offset` (or its last 4 KiB when that is less).
    func logTail(since offset: UInt64) -> String {
        guard let handle = FileHandle(forReadingAtPath: logFile.path) else { return "(no server log)" }
        defer { try? handle.close() }
        let end = (try? handle.seekToEnd()) ?? 0
        let start = max(offset, end > 4096 ? end - 4096 : 0)
        try? handle.seek(toOffset: min(start, end))
        let data = (try? handle.readToEnd()) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The server log's current size, to read only what a start adds to it.
    func logSize() -> UInt64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: logFile.path)
        return (attributes?[.size] as? NSNumber)?.uint64Value ?? 0
    }
}
