import Foundation
import Testing

@testable import EmbeddedPostgres

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Embedded PostgreSQL ownership and crash safety", .serialized)
struct OwnershipTests {
    @Test("the watchdog stops the server and removes its temporary folder after the owner is SIGKILLed")
    func watchdogAfterSIGKILL() async throws {
        let owner = try startFakeOwner()
        defer { kill(owner) }
        var configuration = EmbeddedPostgres.Configuration.temporary()
        configuration.ownerPID = owner.processIdentifier
        let server = try await EmbeddedPostgres.start(configuration)
        #expect(try await query(server, "SELECT (1)::text") == ["1"])

        kill(owner)
        let serverGone = await eventually {
            ProcessIdentity.of(server.serverPID) == nil && !PortPicker.isAcceptingConnections(port: server.port)
        }
        #expect(serverGone)
        let folderGone = await eventually { !FileManager.default.fileExists(atPath: server.dataDirectory.path) }
        #expect(folderGone)
        if !serverGone || !folderGone { try? await server.stop() }
    }

    @Test("a server whose owner is alive is not taken over")
    func inUse() async throws {
        let configuration = EmbeddedPostgres.Configuration.temporary()
        let first = try await EmbeddedPostgres.start(configuration)
        do {
            _ = try await EmbeddedPostgres.start(configuration)
            Issue.record("a second start on a folder in use succeeded")
        } catch {
            #expect(error.code == "data_directory_in_use")
            #expect(error.message.contains("\(getpid())"))
        }
        #expect(try await query(first, "SELECT (1)::text") == ["1"])
        try await first.stop()
    }

    @Test("a stray server whose owner died is stopped and replaced")
    func strayServer() async throws {
        let configuration = EmbeddedPostgres.Configuration.temporary()
        let stray = try await EmbeddedPostgres.start(configuration)
        // Pretend the owner crashed and its watchdog never ran: the recorded owner is a dead pid.
        let ownerFile = configuration.dataDirectory.appendingPathComponent("junction.owner")
        try "\(try await deadPID()) 1\n".write(to: ownerFile, atomically: true, encoding: .utf8)

        let replacement = try await EmbeddedPostgres.start(configuration)
        #expect(replacement.serverPID != stray.serverPID)
        #expect(ProcessIdentity.of(stray.serverPID) == nil)
        #expect(try await query(replacement, "SELECT (1)::text") == ["1"])
        try await stray.stop()  // no longer its server: leaves the replacement alone
        #expect(try await query(replacement, "SELECT (2)::text") == ["2"])
        try await replacement.stop()
        #expect(!FileManager.default.fileExists(atPath: configuration.dataDirectory.path))
    }

    @Test("a port that is taken gives a clear error and the temporary folder is cleaned up")
    func portTaken() async throws {
        let first = try await EmbeddedPostgres.start(.temporary())
        var configuration = EmbeddedPostgres.Configuration.temporary()
        configuration.port = first.port
        do {
            _ = try await EmbeddedPostgres.start(configuration)
            Issue.record("a second server started on a port in use")
        } catch {
            #expect(error.code == "start_failed")
            #expect(error.message.contains("already in use"))
        }
        #expect(!FileManager.default.fileExists(atPath: configuration.dataDirectory.path))
        #expect(try await query(first, "SELECT (1)::text") == ["1"])
        try await first.stop()
    }

    @Test(
        "a data folder the server's user cannot reach is refused clearly",
        .enabled(if: geteuid() == 0, "only root hands the server to another user"))
    func unreachableFolder() async throws {
        let closed = freshDataDirectory()
        try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: closed) }
        chmod(closed.path, 0o700)
        let configuration = EmbeddedPostgres.Configuration(dataDirectory: closed.appendingPathComponent("data"))
        do {
            _ = try await EmbeddedPostgres.start(configuration)
            Issue.record("started in a folder the postgres user cannot enter")
        } catch {
            #expect(error.code == "data_directory_unusable")
            #expect(error.message.contains("cannot enter \(closed.path)"))
        }
    }

    @Test("forServe keeps the cluster where the server's user can reach it")
    func serveLocation() throws {
        let configuration = EmbeddedPostgres.Configuration.forServe()
        #expect(configuration.durable)
        #expect(!configuration.removeDataDirectoryOnStop)
        #expect(configuration.port == nil)
        #expect(configuration.database == "junction")
        let user = try ServerUser.resolve()
        let home = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".junction/postgres")
        if user.firstBlockedAncestor(of: home) == nil {
            #expect(configuration.dataDirectory.path == home.path)
        } else {
            #expect(configuration.dataDirectory == EmbeddedPostgres.Configuration.systemDataDirectory)
        }
    }
}

@Suite("Embedded PostgreSQL helpers")
struct HelperTests {
    @Test func majorVersionParsing() {
        #expect(PostgresBinaries.majorVersion(fromVersionLine: "postgres (PostgreSQL) 15.10 (Debian 15.10-0+deb12u1)\n") == "15")
        #expect(PostgresBinaries.majorVersion(fromVersionLine: "postgres (PostgreSQL) 9.6.24") == "9.6")
        #expect(PostgresBinaries.majorVersion(fromVersionLine: "garbage") == nil)
    }

    @Test func versionedFoldersHighestFirst() throws {
        let root = freshDataDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["9.6", "15", "13", "notes"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let folders = BinaryLocator.versionedDebianFolders(root: root.path).map { $0.deletingLastPathComponent().lastPathComponent }
        #expect(folders == ["15", "13", "9.6"])
    }

    @Test func discoveryFindsTheServerPrograms() async throws {
        let binaries = try await BinaryLocator.locate(explicit: nil)
        #expect(BinaryLocator.holdsAllPrograms(binaries.directory))
    }

    @Test func postmasterPidFileParsing() {
        let url = freshDataDirectory()
        defer { try? FileManager.default.removeItem(at: url) }
        try? "4242\n/data\n1700000000\n54321\n\n127.0.0.1\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(PostmasterPidFile.read(url) == PostmasterPidFile(pid: 4242, port: 54321))
        try? "\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(PostmasterPidFile.read(url) == nil)
    }

    @Test func freePortIsFree() throws {
        let port = try #require(PortPicker.freePort())
        #expect(port > 0)
        #expect(!PortPicker.isAcceptingConnections(port: port))
    }

    @Test func processIdentityRecordRoundTrip() throws {
        let me = try #require(ProcessIdentity.of(getpid()))
        #expect(me.isRunning)
        #expect(ProcessIdentity(recordLine: me.recordLine) == me)
        #expect(!ProcessIdentity(pid: me.pid, startTime: "1").isRunning)
    }
}
