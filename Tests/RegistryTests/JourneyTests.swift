import ConnectorSDK
import Foundation
import PostgresNIO
import Registry
import Testing

/// The real `junction` binary next to the test runner.
enum JunctionBinary {
    static let url: URL = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("junction")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/junction")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a command to completion; output goes through files so a stray child cannot hold a pipe open.
    static func run(_ args: [String], environment: [String: String] = [:]) throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("junction-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let err = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = url
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Starts `junction serve` and returns the process and its URL once it listens.
    static func serve(databaseURL: String, extra: [String] = []) async throws -> (Process, String, URL) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("junction-serve-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let p = Process()
        p.executableURL = url
        p.arguments = ["serve", "--port", "0", "--database-url", databaseURL, "--no-seed", "--rate-limit", "0"] + extra
        p.standardOutput = try FileHandle(forWritingTo: log)
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        for _ in 0..<300 {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Junction registry on ") }) {
                return (p, String(line.dropFirst("Junction registry on ".count)), log)
            }
            if !p.isRunning { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        kill(p.processIdentifier, SIGKILL)
        throw CancellationError()
    }
}

@Suite("Registry: the vendor journey through the CLI, and crashes", .serialized)
struct JourneyTests {
    @Test func initPublishSearchResolveDownloadVerifyYank() async throws {
        let registry = try await TestRegistry.start("journey")
        defer { Task { await registry.stop() } }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("junction-journey-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["HOME": dir.path, "JUNCTION_REGISTRY": registry.baseURL]
        // The operator makes the vendor and a token; the vendor logs in, makes a key and registers it.
        _ = try await registry.request(.POST, "/v1/vendors", token: registry.adminToken, json: ["name": "acme"])
        let t = try await registry.request(
            .POST, "/v1/tokens", token: registry.adminToken, json: ["vendor": "acme", "scopes": ["publish", "yank", "manage"]])
        let token = try #require(t.json["token"]?.stringValue)
        var r = try JunctionBinary.run(["login", "--token", token], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let credentials = dir.appendingPathComponent(".junction/credentials.json").path
        #expect((try FileManager.default.attributesOfItem(atPath: credentials)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        r = try JunctionBinary.run(["keys", "generate"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let keyFile = try #require(
            r.stdout.split(separator: "\n").first { $0.hasPrefix("private key: ") }.map {
                String($0.dropFirst("private key: ".count).split(separator: " ").first ?? "")
            })
        r = try JunctionBinary.run(["keys", "register", keyFile, "--vendor", "acme"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")

        // init → publish (validate, test, pack, sign, upload).
        let folder = dir.appendingPathComponent("crm").path
        r = try JunctionBinary.run(["connector", "init", "acme/crm", "--dir", folder], environment: env)
        #expect(r.status == 0)
        r = try JunctionBinary.run(["publish", folder], environment: env)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("acme/crm 0.1.0: published"))
        r = try JunctionBinary.run(["publish", folder], environment: env)
        #expect(r.stdout.contains("already published"))
        // A second version.
        let manifest = folder + "/connector.yaml"
        try (try String(contentsOfFile: manifest, encoding: .utf8)).replacingOccurrences(of: "version: 0.1.0", with: "version: 0.2.0")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        r = try JunctionBinary.run(["publish", folder], environment: env)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")

        // search and info.
        r = try JunctionBinary.run(["search", "crm"], environment: env)
        #expect(r.stdout.contains("acme/crm 0.2.0"), "\(r.stdout)\(r.stderr)")
        r = try JunctionBinary.run(["info", "acme/crm"], environment: env)
        #expect(r.stdout.contains("0.1.0") && r.stdout.contains("0.2.0"))

        // resolve → download → verify digest and signature with the CLI.
        var res = try await registry.request(.GET, "/v1/resolve/acme/crm?range=%5E0.1")
        #expect(res.json["version"] == "0.1.0")
        res = try await registry.request(.GET, "/v1/resolve/acme/crm?range=%3E%3D0.1")
        #expect(res.json["version"] == "0.2.0")
        let download = try await registry.request(.GET, "/v1/connectors/acme/crm/0.2.0/package")
        #expect(PackageArchive.digest(of: download.body) == res.json["digest"]?.stringValue)
        let archive = dir.appendingPathComponent("crm.zip")
        try Data(download.body).write(to: archive)
        let sig = try #require(Data(base64Encoded: download.headers.first(name: "Junction-Signature") ?? ""))
        try sig.write(to: URL(fileURLWithPath: archive.path + ".sig"))
        let publicKey = try SigningKey.readPrivateKey(from: keyFile).verifyingKey.text
        r = try JunctionBinary.run(["connector", "verify", archive.path, "--public-key", publicKey], environment: env)
        #expect(r.status == 0, "\(r.stderr)")

        // yank → resolve skips it.
        r = try JunctionBinary.run(["yank", "acme/crm@0.2.0", "--reason", "wrong field mapping"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        res = try await registry.request(.GET, "/v1/resolve/acme/crm?range=%3E%3D0.1")
        #expect(res.json["version"] == "0.1.0")
        r = try JunctionBinary.run(["info", "acme/crm@0.2.0"], environment: env)
        #expect(r.stdout.contains("yanked: wrong field mapping"))

        // Server errors reach the user as one clear message and exit 1.
        r = try JunctionBinary.run(["yank", "acme/crm@9.9.9", "--reason", "x"], environment: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("not_found"))
        r = try JunctionBinary.run(["publish", folder, "--token", "jct_bad_token"], environment: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("unauthorized"))
    }

    @Test func aRegistryKilledMidPublishLeavesNoPartialVersion() async throws {
        let (server, name) = try await TestPostgres.shared.database(prefix: "crash")
        let url = server.url(database: name)
        var (process, base, log) = try await JunctionBinary.serve(databaseURL: url)
        defer { try? FileManager.default.removeItem(at: log) }
        // Bootstrap through the CLI against the same database.
        let boot = try JunctionBinary.run(["registry", "admin", "bootstrap", "--database-url", url])
        let admin = boot.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(boot.status == 0 && admin.hasPrefix("jct_"), "\(boot.stderr)")
        let client = try await TestRegistry.attach(baseURL: base, databaseURL: url, adminToken: admin)
        let (token, key) = try await client.vendor("acme")
        let packages = try (0..<40).map { try TestPackages.archive(name: "acme/c\($0 % 4)", version: "1.0.\($0)") }
        let pid = process.processIdentifier
        let created = try await withThrowingTaskGroup(of: String?.self) { group in
            for (i, bytes) in packages.enumerated() {
                group.addTask {
                    if i == 12 { kill(pid, SIGKILL) }
                    let r = try? await client.publish(bytes, token: token, key: key, timeout: .seconds(5))
                    return r?.status == 201 ? PackageArchive.digest(of: bytes) : nil
                }
            }
            var out: [String] = []
            for try await d in group { if let d { out.append(d) } }
            return out
        }
        process.waitUntilExit()
        // Restart on the same database and check every row.
        (process, base, log) = try await JunctionBinary.serve(databaseURL: url)
        defer { kill(process.processIdentifier, SIGKILL) }
        let again = try await TestRegistry.attach(baseURL: base, databaseURL: url, adminToken: admin)
        var stored: [String] = []
        for try await (digest, bytes) in try await again.database.client.query(
            "SELECT digest, archive FROM versions", logger: again.database.logger
        ).decode((String, ByteBuffer).self) {
            #expect(PackageArchive.digest(of: Array(bytes.readableBytesView)) == digest, "a stored archive does not match its digest")
            stored.append(digest)
        }
        #expect(Set(created).isSubset(of: Set(stored)), "every acknowledged publish survived")
        for try await (n) in try await again.database.client.query(
            "SELECT count(*) FROM connectors c WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.connector_id = c.id)",
            logger: again.database.logger
        ).decode(Int64.self) {
            #expect(n == 0, "no connector without a version")
        }
        let r = try await again.publish(packages[0], token: token, key: key)
        #expect([200, 201].contains(r.status), "the restarted registry takes publishes")
        await again.detach()
    }
}
