import ConnectorRuntime
import ConnectorSDK
import Foundation
import JunctionTestSupport
import Testing

/// `junction invoke` as a user runs it: a real process, a real registry, a local API.
@Suite("junction invoke", .serialized)
struct InvokeCLITests {
    static func publish(_ h: RuntimeHarness, api: MockAPI, version: String, path: String) async throws {
        try await h.publish(
            try Fixture.archive(
                Fixture.manifest(
                    name: "\(h.vendor)/keyed", version: version, base: api.url, auth: "auth:\n  type: bearer\n  field: token",
                    connection: "connection:\n  fields:\n    token: { type: string, secret: true, required: true }",
                    operations: "  whoami:\n    title: Who\n    output: { type: object }\n    request: { path: \(path) }")))
    }

    @Test("resolves, locks, reuses the lock until --update, and fails with one line")
    func invokeAndLock() async throws {
        let h = try await RuntimeHarness.start("rt_cli")
        defer { Task { await h.stop() } }
        let api = try await MockAPI.start { req in
            guard req.headers["authorization"] == "Bearer t-1" else { return MockResponse(status: 401) }
            return .json(["path": .string(req.path)])
        }
        defer { Task { await api.stop() } }
        try await Self.publish(h, api: api, version: "1.0.0", path: "/v1")
        let dir = RuntimeHarness.cacheFolder()
        let connection = dir + "/connection.json"
        try Data(#"{"token": "t-1"}"#.utf8).write(to: URL(fileURLWithPath: connection))
        let lock = dir + "/junction.lock"
        let base = [
            "invoke", "\(h.vendor)/keyed@^1", "whoami", "--connection", connection, "--registry", h.registry.baseURL, "--lock", lock,
            "--cache", dir + "/cache", "--allow-local",
        ]
        let first = try await CLI.runAsync(base)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try JSONValue.parse(first.stdout) == ["path": "/v1"])
        #expect(try LockFile.read(lock).connectors["\(h.vendor)/keyed"]?.version == "1.0.0")
        try await Self.publish(h, api: api, version: "1.1.0", path: "/v2")
        let locked = try await CLI.runAsync(base)
        #expect(try JSONValue.parse(locked.stdout) == ["path": "/v1"])
        let updated = try await CLI.runAsync(base + ["--update"])
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(try JSONValue.parse(updated.stdout) == ["path": "/v2"])
        #expect(try LockFile.read(lock).connectors["\(h.vendor)/keyed"]?.version == "1.1.0")
        // Errors: one line, exit 1.
        let unknown = try await CLI.runAsync(base.map { $0 == "whoami" ? "nope" : $0 })
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: operation_failed:"))
        #expect(unknown.stderr.split(separator: "\n").count == 1)
        try Data(#"{"token": "wrong"}"#.utf8).write(to: URL(fileURLWithPath: connection))
        let refused = try await CLI.runAsync(base)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("401"))
        #expect(!refused.stderr.contains("wrong"))
    }

    @Test("two processes filling one cache at once both succeed")
    func twoProcesses() async throws {
        let h = try await RuntimeHarness.start("rt_cli_two")
        defer { Task { await h.stop() } }
        let api = try await MockAPI.start { _ in .json(["ok": true]) }
        defer { Task { await api.stop() } }
        try await Self.publish(h, api: api, version: "1.0.0", path: "/x")
        let dir = RuntimeHarness.cacheFolder()
        let connection = dir + "/connection.json"
        try Data(#"{"token": "t"}"#.utf8).write(to: URL(fileURLWithPath: connection))
        func args(_ i: Int) -> [String] {
            [
                "invoke", "\(h.vendor)/keyed", "whoami", "--connection", connection, "--registry", h.registry.baseURL, "--lock",
                dir + "/lock\(i)", "--cache", dir + "/cache", "--allow-local",
            ]
        }
        async let a = CLI.runAsync(args(1))
        async let b = CLI.runAsync(args(2))
        let (ra, rb) = try await (a, b)
        #expect(ra.status == 0, "\(ra.stderr)")
        #expect(rb.status == 0, "\(rb.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir + "/cache/packages").filter { !$0.hasPrefix(".") }
        #expect(files.count == 2)
    }
}
