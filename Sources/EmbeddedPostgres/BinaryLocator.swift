import Foundation

/// The PostgreSQL programs one embedded server uses, all from one folder.
struct PostgresBinaries: Sendable {
    let directory: URL

    var initdb: URL { directory.appendingPathComponent("initdb") }
    var pgCtl: URL { directory.appendingPathComponent("pg_ctl") }
    var postgres: URL { directory.appendingPathComponent("postgres") }
    var pgIsReady: URL { directory.appendingPathComponent("pg_isready") }
    var psql: URL { directory.appendingPathComponent("psql") }

    /// Every program we run; a folder lacking any of them is not used.
    static let requiredPrograms = ["initdb", "pg_ctl", "postgres", "pg_isready", "psql"]

    /// The server's major version as PostgreSQL writes it in `PG_VERSION` ("15", or "9.6" before 10).
    func majorVersion() async -> String? {
        let result = await Command.run(postgres, ["-V"])
        guard result.succeeded else { return nil }
        return Self.majorVersion(fromVersionLine: result.output)
    }

    /// Parses `postgres (PostgreSQL) 15.10 (Debian 15.10-0+deb12u1)` into `15`.
    static func majorVersion(fromVersionLine line: String) -> String? {
        guard let close = line.range(of: ") ") else { return nil }
        let version = line[close.upperBound...].prefix { $0.isNumber || $0 == "." }
        let parts = version.split(separator: ".").compactMap { Int($0) }
        guard let first = parts.first else { return nil }
        if first >= 10 { return String(first) }
        return parts.count >= 2 ? "\(first).\(parts[1])" : nil
    }
}

/// Finds the PostgreSQL server programs installed on this machine.
///
/// Order: an explicit folder (and nothing else) when one is configured; otherwise
/// `pg_config --bindir`, then the highest `/usr/lib/postgresql/<version>/bin` (Debian and Ubuntu keep
/// the server programs there, while their `pg_config` may point at `/usr/bin`), then `PATH`.
/// A folder is taken only if it holds every program in ``PostgresBinaries/requiredPrograms``.
enum BinaryLocator {
    static func locate(explicit: URL?) async throws(EmbeddedPostgresError) -> PostgresBinaries {
        if let explicit {
            guard holdsAllPrograms(explicit) else {
                throw .binariesNotFound(lookedIn: explicit.path)
            }
            return PostgresBinaries(directory: explicit)
        }
        for candidate in await discoveredCandidates() where holdsAllPrograms(candidate) {
            return PostgresBinaries(directory: candidate)
        }
        throw .binariesNotFound(lookedIn: "pg_config --bindir, /usr/lib/postgresql/*/bin and PATH")
    }

    static func holdsAllPrograms(_ directory: URL) -> Bool {
        PostgresBinaries.requiredPrograms.allSatisfy {
            FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent($0).path)
        }
    }

    /// Candidate folders, best first.
    static func discoveredCandidates() async -> [URL] {
        var candidates: [URL] = []
        if let pgConfig = findOnPath("pg_config") {
            let result = await Command.run(pgConfig, ["--bindir"])
            let path = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            if result.succeeded, !path.isEmpty {
                candidates.append(URL(fileURLWithPath: path))
            }
        }
        candidates += versionedDebianFolders()
        if let initdb = findOnPath("initdb") {
            candidates.append(initdb.deletingLastPathComponent())
        }
        return candidates
    }

    /// `/usr/lib/postgresql/*/bin`, highest version first.
    static func versionedDebianFolders(root: String = "/usr/lib/postgresql") -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let versioned = names.compactMap { name -> (name: String, version: [Int])? in
            let parts = name.split(separator: ".").map { Int($0) }
            guard !parts.isEmpty, !parts.contains(nil) else { return nil }
            return (name, parts.compactMap { $0 })
        }
        return
            versioned
            .sorted { $0.version.lexicographicallyPrecedes($1.version) }
            .reversed()
            .map { URL(fileURLWithPath: root).appendingPathComponent($0.name).appendingPathComponent("bin") }
    }

    /// The first executable called `name` in `PATH`.
    static func findOnPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }
}
