import ConnectorSDK
import Foundation
import PostgresNIO
import Registry
import Testing

/// Every refusal is a problem+json with its own stable type.
@Suite("Registry: every error has its problem type", .serialized)
struct ErrorTests {
    @Test func authErrors() async throws {
        let registry = try await TestRegistry.start("errors_auth")
        defer { Task { await registry.stop() } }
        let (token, key) = try await registry.vendor("acme")
        let (otherToken, _) = try await registry.vendor("globex")
        let (readOnly, _) = try await registry.vendor("initech", scopes: ["yank"])
        let pkg = try TestPackages.archive(name: "acme/crm", version: "1.0.0")

        var r = try await registry.request(.POST, "/v1/packages", body: pkg)
        #expect(r.status == 401)
        #expect(r.problem == "unauthorized")
        r = try await registry.publish(pkg, token: "jct_nope_nope", key: key)
        #expect(r.problem == "unauthorized")
        r = try await registry.request(.POST, "/v1/packages", body: pkg, headers: [("Authorization", "Basic abc")])
        #expect(r.problem == "unauthorized")
        r = try await registry.publish(pkg, token: otherToken, key: key)
        #expect(r.status == 403)
        #expect(r.problem == "wrong_namespace")
        r = try await registry.publish(try TestPackages.archive(name: "initech/x", version: "1.0.0"), token: readOnly, key: nil)
        #expect(r.problem == "missing_scope")
        r = try await registry.request(.POST, "/v1/vendors", token: token, json: ["name": "evil"])
        #expect(r.problem == "missing_scope")

        // Expired and revoked tokens.
        let created = try await registry.request(
            .POST, "/v1/tokens", token: token, json: ["name": "ci", "scopes": ["publish"], "expires_in_days": 30])
        #expect(created.status == 201)
        let ciToken = try #require(created.json["token"]?.stringValue)
        let ciID = try #require(created.json["id"]?.stringValue)
        try await registry.database.client.query(
            "UPDATE tokens SET expires_at = now() - interval '1 day' WHERE public_id = \(ciID)", logger: registry.database.logger)
        r = try await registry.publish(pkg, token: ciToken, key: key)
        #expect(r.problem == "token_expired")
        let second = try await registry.request(.POST, "/v1/tokens", token: token, json: ["name": "ci2", "scopes": ["publish"]])
        let secondToken = try #require(second.json["token"]?.stringValue)
        r = try await registry.request(.DELETE, "/v1/tokens/\(second.json["id"]?.stringValue ?? "")", token: token)
        #expect(r.status == 200)
        r = try await registry.publish(pkg, token: secondToken, key: key)
        #expect(r.problem == "token_revoked")
        // A token cannot grant scopes it does not hold, and tokens are listed without secrets.
        r = try await registry.request(.POST, "/v1/tokens", token: readOnly, json: ["scopes": ["publish"]])
        #expect(r.status == 403)
        r = try await registry.request(.GET, "/v1/tokens", token: token)
        #expect(r.status == 200)
        #expect(!String(decoding: r.body, as: UTF8.self).contains("jct_"))
        #expect((r.json["tokens"]?.arrayValue?.count ?? 0) >= 3)
    }

    @Test func signatureErrors() async throws {
        let registry = try await TestRegistry.start("errors_sig")
        defer { Task { await registry.stop() } }
        let (token, key) = try await registry.vendor("acme")
        let pkg = try TestPackages.archive(name: "acme/crm", version: "1.0.0")
        var r = try await registry.publish(pkg, token: token, key: nil)
        #expect(r.problem == "signature_required")
        r = try await registry.publish(pkg, token: token, key: SigningKey())
        #expect(r.problem == "unknown_key")
        // A signature over other bytes.
        let sig = try PackageSignature.sign(digest: PackageArchive.digest(of: [1, 2, 3]), with: key)
        r = try await registry.request(
            .POST, "/v1/packages", token: token, body: pkg, headers: [("Junction-Signature", Data(try sig.json()).base64EncodedString())])
        #expect(r.problem == "bad_signature")
        r = try await registry.request(.POST, "/v1/packages", token: token, body: pkg, headers: [("Junction-Signature", "%%%")])
        #expect(r.problem == "bad_signature")
        // A revoked key no longer signs.
        r = try await registry.request(.DELETE, "/v1/vendors/acme/keys/\(key.keyID)", token: token)
        #expect(r.status == 200)
        r = try await registry.publish(pkg, token: token, key: key)
        #expect(r.problem == "unknown_key")
        // An admin publishing for a vendor is checked against that vendor's keys too.
        r = try await registry.publish(pkg, token: registry.adminToken, key: key)
        #expect(r.problem == "unknown_key")
        let count = try await registry.request(.GET, "/v1/connectors")
        #expect(count.json["total"] == 0, "nothing was stored")
    }

    @Test func packageErrors() async throws {
        let registry = try await TestRegistry.start("errors_pkg") { $0.maxPackageBytes = 200_000 }
        defer { Task { await registry.stop() } }
        let (token, key) = try await registry.vendor("acme")

        var r = try await registry.publish(Array("not a zip".utf8), token: token, key: key)
        #expect(r.status == 400)
        #expect(r.problem == "invalid_archive")
        r = try await registry.publish([UInt8](repeating: 0x50, count: 300_000), token: token, key: key)
        #expect(r.status == 413)
        #expect(r.problem == "payload_too_large")

        var files = try TestPackages.files(name: "acme/crm", version: "1.0.0")
        files = files.map { f in
            f.path == "connector.yaml"
                ? (
                    path: f.path,
                    bytes: Array(String(decoding: f.bytes, as: UTF8.self).replacingOccurrences(of: "summary:", with: "sumary:").utf8)
                ) : f
        }
        r = try await registry.publish(try PackageWriter.pack(files: files), token: token, key: key)
        #expect(r.status == 422)
        #expect(r.problem == "invalid_package")
        let problem = try #require(r.json["problems"]?.arrayValue?.first { $0["code"] == "unknown_key" })
        #expect(problem["hint"] == "did you mean \"summary\"?")
        #expect(problem["line"] != nil)

        var failing = try TestPackages.files(name: "acme/crm", version: "1.0.1")
        failing = failing.map { f in
            f.path == "tests/get_item.yaml"
                ? (
                    path: f.path,
                    bytes: Array(
                        String(decoding: f.bytes, as: UTF8.self).replacingOccurrences(
                            of: "output: { id: \"42\", name: Answer }", with: "output: { id: \"42\", name: Wrong }"
                        ).utf8)
                ) : f
        }
        r = try await registry.publish(try PackageWriter.pack(files: failing), token: token, key: key)
        #expect(r.problem == "tests_failed")
        #expect(r.json["failures"]?.arrayValue?.first?["name"] == "reads one item")

        // A hostile adapter is stopped by the sandbox during the package's tests.
        var hostile = try TestPackages.files(name: "acme/crm", version: "1.0.2")
        hostile = hostile.map { f in
            f.path == "adapters/list_items.py"
                ? (path: f.path, bytes: Array("def dw_process(msg):\n    while True:\n        pass\n".utf8)) : f
        }
        r = try await registry.publish(try PackageWriter.pack(files: hostile), token: token, key: key)
        #expect(r.problem == "tests_failed")
        #expect(String(decoding: r.body, as: UTF8.self).contains("limit"))
        #expect(try await registry.request(.GET, "/v1/connectors").json["total"] == 0)
    }

    @Test func requestErrors() async throws {
        let registry = try await TestRegistry.start("errors_req")
        defer { Task { await registry.stop() } }
        var r = try await registry.request(.POST, "/v1/vendors", token: registry.adminToken, body: Array("{not json".utf8))
        #expect(r.status == 400)
        #expect(r.problem == "malformed_json")
        r = try await registry.request(.POST, "/v1/vendors", token: registry.adminToken, json: ["name": "Bad Name"])
        #expect(r.problem == "invalid_request")
        r = try await registry.request(.POST, "/v1/vendors", token: registry.adminToken, json: ["name": "dup"])
        r = try await registry.request(.POST, "/v1/vendors", token: registry.adminToken, json: ["name": "dup"])
        #expect(r.status == 409)
        #expect(r.problem == "vendor_exists")
        r = try await registry.request(.GET, "/v1/nope")
        #expect(r.status == 404)
        #expect(r.problem == "not_found")
        r = try await registry.request(.PUT, "/v1/packages")
        #expect(r.status == 405)
        #expect(r.problem == "method_not_allowed")
        #expect(r.headers.first(name: "Allow") == "POST")
        r = try await registry.request(.GET, "/v1/connectors/acme/missing")
        #expect(r.problem == "not_found")
        r = try await registry.request(.POST, "/v1/vendors/dup/keys", token: registry.adminToken, json: ["public_key": "ed25519:short"])
        #expect(r.problem == "invalid_key")
    }

    @Test func rateLimitsAnswer429WithRetryAfter() async throws {
        let registry = try await TestRegistry.start("errors_rate") { $0.requestsPerMinute = 5 }
        defer { Task { await registry.stop() } }
        var statuses: [Int] = []
        var last: TestRegistry.Reply?
        for _ in 0..<8 {
            let r = try await registry.request(.GET, "/v1/connectors")
            statuses.append(r.status)
            last = r
        }
        #expect(statuses.prefix(5).allSatisfy { $0 == 200 })
        #expect(statuses.last == 429)
        #expect(last?.problem == "rate_limited")
        #expect(Int(last?.headers.first(name: "Retry-After") ?? "") ?? 0 >= 1)
        #expect(try await registry.request(.GET, "/healthz").status == 200, "health checks are not limited")
    }
}
