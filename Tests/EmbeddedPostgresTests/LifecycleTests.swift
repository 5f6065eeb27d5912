import Foundation
import Testing

@testable import EmbeddedPostgres

@Suite("Embedded PostgreSQL lifecycle", .serialized)
struct LifecycleTests {
    @Test("a temporary server accepts connections, then stops and leaves nothing")
    func startQueryStop() async throws {
        let server = try await EmbeddedPostgres.start(.temporary())
        #expect(server.host == "127.0.0.1")
        #expect(server.username == "postgres")
        #expect(server.password == nil)
        #expect(server.url == "postgres://postgres@127.0.0.1:\(server.port)/junction")
        #expect(try await query(server, "SELECT (1)::text") == ["1"])
        #expect(try await query(server, "SELECT current_database()::text") == ["junction"])
        #expect(try await query(server, "SHOW fsync") == ["off"])
        #expect(try await query(server, "SHOW listen_addresses") == ["127.0.0.1"])

        try await server.stop()
        #expect(!PortPicker.isAcceptingConnections(port: server.port))
        #expect(ProcessIdentity.of(server.serverPID) == nil)
        #expect(!FileManager.default.fileExists(atPath: server.dataDirectory.path))
        try await server.stop()  // a second stop is harmless
    }

    @Test("createDatabase makes a database once and it can be used")
    func createDatabase() async throws {
        let server = try await EmbeddedPostgres.start(.temporary())
        do {
            try await server.createDatabase("suite_a")
            try await server.createDatabase("suite_a")
            try await server.createDatabase("Odd \"name\" 'with' quotes")
            #expect(try await query(server, database: "suite_a", "SELECT current_database()::text") == ["suite_a"])
            let names = try await query(server, "SELECT datname::text FROM pg_database ORDER BY datname")
            #expect(names.contains("suite_a"))
            #expect(names.contains("Odd \"name\" 'with' quotes"))
            #expect(server.url(database: "suite_a") == "postgres://postgres@127.0.0.1:\(server.port)/suite_a")
            await #expect(throws: EmbeddedPostgresError.self) {
                try await server.createDatabase(String(repeating: "x", count: 64))
            }
        } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }

    @Test("an existing data folder is reused and keeps its data")
    func reuse() async throws {
        let directory = freshDataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = EmbeddedPostgres.Configuration(dataDirectory: directory, durable: false)

        let first = try await EmbeddedPostgres.start(configuration)
        _ = try await query(first, "CREATE TABLE kept (note text)")
        _ = try await query(first, "INSERT INTO kept VALUES ('still here')")
        try await first.stop()
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("PG_VERSION").path))

        let second = try await EmbeddedPostgres.start(configuration)
        #expect(second.serverPID != first.serverPID)
        #expect(try await query(second, "SELECT note FROM kept") == ["still here"])
        try await second.stop()
        #expect(FileManager.default.fileExists(atPath: directory.path))
    }

    @Test("a stale postmaster.pid (dead or reused pid) is removed and the server starts")
    func staleLockFile() async throws {
        let directory = freshDataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = EmbeddedPostgres.Configuration(dataDirectory: directory, durable: false)
        let first = try await EmbeddedPostgres.start(configuration)
        try await first.stop()

        let pidFile = directory.appendingPathComponent("postmaster.pid")
        let dead = try await deadPID()
        try lockFile(pid: dead, directory: directory, port: first.port).write(to: pidFile, atomically: true, encoding: .utf8)
        let second = try await EmbeddedPostgres.start(configuration)
        #expect(try await query(second, "SELECT (2)::text") == ["2"])
        try await second.stop()

        // A live process that is not PostgreSQL: its pid was reused since the server died.
        let impostor = try startFakeOwner()
        defer { kill(impostor) }
        try lockFile(pid: impostor.processIdentifier, directory: directory, port: first.port)
            .write(to: pidFile, atomically: true, encoding: .utf8)
        let third = try await EmbeddedPostgres.start(configuration)
        #expect(try await query(third, "SELECT (3)::text") == ["3"])
        try await third.stop()
        #expect(impostor.isRunning)
    }

    @Test("missing binaries give one line saying what to install")
    func missingBinaries() async throws {
        let empty = freshDataDirectory()
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        var configuration = EmbeddedPostgres.Configuration.temporary()
        configuration.binDirectory = empty
        do {
            _ = try await EmbeddedPostgres.start(configuration)
            Issue.record("start succeeded without binaries")
        } catch {
            #expect(error.code == "binaries_not_found")
            #expect(error.message.contains("apt-get install postgresql"))
            #expect(error.message.contains(empty.path))
            #expect(!error.message.contains("\n"))
        }
        #expect(!FileManager.default.fileExists(atPath: configuration.dataDirectory.path))
    }

    @Test("a cluster from another major version is refused clearly")
    func incompatibleVersion() async throws {
        let directory = freshDataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "9.6\n".write(to: directory.appendingPathComponent("PG_VERSION"), atomically: true, encoding: .utf8)
        let user = try ServerUser.resolve()
        try user.takeOwnership(of: directory)
        do {
            _ = try await EmbeddedPostgres.start(EmbeddedPostgres.Configuration(dataDirectory: directory))
            Issue.record("start succeeded on a 9.6 cluster")
        } catch {
            #expect(error.code == "incompatible_data_directory")
            #expect(error.message.contains("9.6"))
        }
    }

    /// The lines PostgreSQL writes in postmaster.pid (pid, data folder, start time, port, …).
    private func lockFile(pid: Int32, directory: URL, port: Int) -> String {
        "\(pid)\n\(directory.path)\n1700000000\n\(port)\n\n127.0.0.1\n  5432001         0\nready   \n"
    }
}
