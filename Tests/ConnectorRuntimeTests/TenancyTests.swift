import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import Foundation
import Hummingbird
import JunctionTestSupport
import Logging
import NIOCore
import NIOHTTP1
import PostgresNIO
import Registry
import Testing

/// Tenants are isolated through the API, in the database (row-level security as the service role)
/// and in the vault (a ciphertext does not open anywhere else).
@Suite("Tenant isolation", .serialized)
struct TenancyTests {
    struct Env {
        let h: RuntimeHarness
        let api: MockAPI
        let service: RuntimeService
        let app: Task<Void, Error>
        let base: String

        func stop() async {
            app.cancel()
            await api.stop()
            await h.stop()
        }

        func call(_ method: HTTPMethod, _ path: String, token: String, json: JSONValue? = nil) async throws -> TestRegistry.Reply {
            var req = HTTPClientRequest(url: base + path)
            req.method = method
            req.headers.add(name: "Authorization", value: "Bearer \(token)")
            if let json { req.body = .bytes(ByteBuffer(string: json.jsonText())) }
            let res = try await HTTPClient.shared.execute(req, timeout: .seconds(30))
            let body = try await res.body.collect(upTo: 1 << 20)
            return TestRegistry.Reply(status: Int(res.status.code), headers: res.headers, body: Array(body.readableBytesView))
        }
    }

    static func start(_ suite: String) async throws -> Env {
        let h = try await RuntimeHarness.start(suite)
        let api = try await MockAPI.start { req in
            req.headers["authorization"] == "Bearer key-a" || req.headers["authorization"] == "Bearer key-b"
                ? .json(["caller": .string(req.headers["authorization"] ?? "")]) : MockResponse(status: 401)
        }
        try await h.publish(
            try Fixture.archive(
                Fixture.manifest(
                    name: "\(h.vendor)/keyed", base: api.url, auth: "auth:\n  type: bearer\n  field: token",
                    connection: "connection:\n  fields:\n    token: { type: string, secret: true, required: true }",
                    operations: "  whoami:\n    title: Who\n    output: { type: object }\n    request: { path: /whoami }")))
        let port = freePort()
        let service = try h.runtimeService()
        var logger = Logger(label: "test.tenancy")
        logger.logLevel = .warning
        let app = Application(
            router: RuntimeApplication.router(service: service), configuration: .init(address: .hostname("127.0.0.1", port: port)),
            logger: logger)
        let task = Task { try await app.run() }
        let env = Env(h: h, api: api, service: service, app: task, base: "http://127.0.0.1:\(port)")
        for _ in 0..<50 {
            if (try? await env.call(.GET, "/healthz", token: ""))?.status == 200 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        return env
    }

    /// A tenant with an installation and a connection using `key`.
    func tenant(_ env: Env, _ name: String, key: String) async throws -> (token: String, installation: String, connection: String) {
        let (_, token) = try await env.service.tenants.create(name: name)
        let inst = try await env.call(
            .POST, "/v1/installations", token: token.text, json: ["connector": .string("\(env.h.vendor)/keyed@^1")])
        #expect(inst.status == 201)
        let iid = try #require(inst.json["id"]?.stringValue)
        let conn = try await env.call(
            .POST, "/v1/installations/\(iid)/connections", token: token.text, json: ["fields": ["token": .string(key)]])
        #expect(conn.status == 201)
        #expect(conn.body.count > 0 && !String(decoding: conn.body, as: UTF8.self).contains(key))
        return (token.text, iid, try #require(conn.json["id"]?.stringValue))
    }

    @Test("one tenant's token cannot read, change or invoke another tenant's installations and connections")
    func apiIsolation() async throws {
        let env = try await Self.start("rt_ten_api")
        defer { Task { await env.stop() } }
        let a = try await tenant(env, "tenant-a", key: "key-a")
        let b = try await tenant(env, "tenant-b", key: "key-b")
        let ok = try await env.call(.POST, "/v1/connections/\(a.connection)/operations/whoami", token: a.token, json: ["input": [:]])
        #expect(ok.json["output"]?["caller"] == "Bearer key-a")
        #expect(try await env.call(.GET, "/v1/installations", token: a.token).json["installations"]?.arrayValue?.count == 1)
        #expect(try await env.call(.GET, "/v1/connections", token: a.token).json["connections"]?.arrayValue?.count == 1)
        // B's ids through A's token: not found, never B's data.
        #expect(try await env.call(.GET, "/v1/installations/\(b.installation)", token: a.token).status == 404)
        #expect(try await env.call(.GET, "/v1/connections/\(b.connection)", token: a.token).status == 404)
        let invoke = try await env.call(.POST, "/v1/connections/\(b.connection)/operations/whoami", token: a.token, json: ["input": [:]])
        #expect(invoke.status == 404)
        #expect(invoke.problem == "not_found")
        let connect = try await env.call(
            .POST, "/v1/installations/\(b.installation)/connections", token: a.token, json: ["fields": ["token": "x"]])
        #expect(connect.status == 404)
        #expect(try await env.call(.DELETE, "/v1/installations/\(b.installation)", token: a.token).status == 404)
        #expect(try await env.call(.GET, "/v1/installations/\(b.installation)", token: b.token).status == 200)
        let broken = try await env.call(.POST, "/v1/installations", token: a.token, json: nil)
        #expect(broken.status == 400)
        // A body that is not JSON says where it breaks.
        var req = HTTPClientRequest(url: env.base + "/v1/installations")
        req.method = .POST
        req.headers.add(name: "Authorization", value: "Bearer \(a.token)")
        req.body = .bytes(ByteBuffer(string: "{broken"))
        let res = try await HTTPClient.shared.execute(req, timeout: .seconds(30))
        let text = String(buffer: try await res.body.collect(upTo: 1 << 16))
        #expect(res.status == .badRequest)
        #expect(text.contains("malformed_json") && text.contains("line 1 column 2"))
        // No token, a malformed one, a made-up one.
        #expect(try await env.call(.GET, "/v1/installations", token: "").status == 401)
        #expect(try await env.call(.GET, "/v1/installations", token: "jrt_nothing").status == 401)
        #expect(try await env.call(.GET, "/v1/installations", token: TenantToken().text).problem == "unauthorized")
    }

    @Test("as the service role, row-level security shows each tenant only its own rows")
    func rowLevelSecurity() async throws {
        let env = try await Self.start("rt_ten_rls")
        defer { Task { await env.stop() } }
        let a = try await tenant(env, "rls-a", key: "key-a")
        let b = try await tenant(env, "rls-b", key: "key-b")
        let ta = try #require(try await env.service.tenants.authenticate(a.token))
        let tb = try #require(try await env.service.tenants.authenticate(b.token))
        let db = RuntimeDatabase(service: env.h.service)
        let logger = env.h.service.logger
        func count(_ sql: String, tenant: UUID?) async throws -> Int {
            @Sendable func run(_ conn: PostgresConnection) async throws -> Int {
                var n = 0
                for try await c in try await conn.query(PostgresQuery(unsafeSQL: sql), logger: logger).decode(Int.self) { n = c }
                return n
            }
            if let tenant { return try await db.withTenant(tenant) { try await run($0) } }
            return try await env.h.service.client.withConnection { try await run($0) }
        }
        for table in ["runtime.installations", "runtime.connections", "runtime.tenant_keys", "runtime.tenant_tokens", "runtime.tenants"] {
            #expect(try await count("SELECT count(*)::int FROM \(table)", tenant: nil) == 0, "\(table) without a tenant")
            #expect(try await count("SELECT count(*)::int FROM \(table)", tenant: ta) == 1, "\(table) as tenant A")
        }
        // A cannot change B's rows, nor write rows for B.
        let changed = try await db.withTenant(ta) { conn in
            var n = 0
            for try await _ in try await conn.query(
                "UPDATE runtime.connections SET name = 'stolen' WHERE tenant_id = \(tb) RETURNING id", logger: logger)
            {
                n += 1
            }
            return n
        }
        #expect(changed == 0)
        await #expect(throws: PSQLError.self) {
            try await db.withTenant(ta) { conn in
                try await conn.query(
                    "INSERT INTO runtime.installations (id, tenant_id, connector, range, version, digest) VALUES (\(UUID()), \(tb), 'x/y', '*', '1.0.0', 'sha256:00')",
                    logger: logger)
            }
        }
        // The service role owns nothing and cannot switch row security off.
        await #expect(throws: PSQLError.self) {
            try await env.h.service.client.query("ALTER TABLE runtime.connections DISABLE ROW LEVEL SECURITY", logger: logger)
        }
        #expect(try await count("SELECT count(*)::int FROM runtime.connections WHERE name = 'stolen'", tenant: tb) == 0)
    }

    @Test("a ciphertext copied into another row does not decrypt")
    func movedCiphertext() async throws {
        let env = try await Self.start("rt_ten_vault")
        defer { Task { await env.stop() } }
        let a = try await tenant(env, "vault-a", key: "key-a")
        let b = try await tenant(env, "vault-b", key: "key-b")
        let a2 = try await env.call(
            .POST, "/v1/installations/\(a.installation)/connections", token: a.token, json: ["fields": ["token": "key-a"]])
        let a2id = try #require(a2.json["id"]?.stringValue)
        // As the database owner (who could), copy A's first secret over A's second connection and B's connection.
        let admin = env.h.registry.database
        _ = try await admin.client.query(
            """
            UPDATE runtime.connections SET secret = (SELECT secret FROM runtime.connections WHERE id = \(UUID(uuidString: a.connection)!))
            WHERE id IN (\(UUID(uuidString: a2id)!), \(UUID(uuidString: b.connection)!))
            """, logger: admin.logger)
        for (token, id) in [(a.token, a2id), (b.token, b.connection)] {
            let r = try await env.call(.POST, "/v1/connections/\(id)/operations/whoami", token: token, json: ["input": [:]])
            #expect(r.status == 500)
            #expect(r.problem == "vault_error")
            #expect(!String(decoding: r.body, as: UTF8.self).contains("key-a"))
        }
        // The original row still opens.
        let ok = try await env.call(.POST, "/v1/connections/\(a.connection)/operations/whoami", token: a.token, json: ["input": [:]])
        #expect(ok.status == 200)
    }

    @Test("master key rotation re-wraps every data key; the old key can then be dropped")
    func rotation() async throws {
        let h = try await RuntimeHarness.start("rt_ten_rotate")
        defer { Task { await h.stop() } }
        let old = MasterKeyRing.generateText(id: "old")
        let new = MasterKeyRing.generateText(id: "new")
        let before = try h.runtimeService(ring: try MasterKeyRing(text: old))
        let (t1, _) = try await before.tenants.create(name: "rot-1")
        let (t2, _) = try await before.tenants.create(name: "rot-2")
        // Both keys configured, the new one first: old data keys still open, rotation re-wraps them.
        let during = try h.runtimeService(ring: try MasterKeyRing(text: "\(new),\(old)"))
        #expect(try await during.tenants.rotateMasterKey() == 2)
        #expect(try await during.tenants.rotateMasterKey() == 0)
        let after = try h.runtimeService(ring: try MasterKeyRing(text: new))
        for t in [t1, t2] {
            let ok = try await after.tenants.db.withTenant(t.id) { conn in
                _ = try await after.tenants.checkDataKey(t.id, on: conn)
                return true
            }
            #expect(ok)
        }
        // With only the old key, nothing opens any more.
        let stale = try h.runtimeService(ring: try MasterKeyRing(text: old))
        await #expect(throws: RuntimeError.self) {
            try await stale.tenants.db.withTenant(t1.id) { conn in _ = try await stale.tenants.checkDataKey(t1.id, on: conn) }
        }
    }

    @Test("every path and method of /openapi.yaml is served, and every error is problem+json")
    func openAPIRoutes() async throws {
        let env = try await Self.start("rt_ten_openapi")
        defer { Task { await env.stop() } }
        let (_, token) = try await env.service.tenants.create(name: "openapi")
        let doc = try await env.call(.GET, "/openapi.yaml", token: token.text)
        #expect(doc.status == 200)
        let spec = try YAMLDocument.parse(String(decoding: doc.body, as: UTF8.self), file: "openapi.yaml").value
        guard case .object(let paths)? = spec["paths"] else {
            Issue.record("no paths")
            return
        }
        var checked = 0
        for (path, item) in paths {
            guard case .object(let methods) = item else { continue }
            for method in methods.keys where ["get", "post", "delete"].contains(method) {
                let concrete = path.replacingOccurrences(of: "{id}", with: UUID().uuidString).replacingOccurrences(
                    of: "{operation}", with: "op")
                let r = try await env.call(
                    HTTPMethod(rawValue: method.uppercased()), concrete, token: token.text, json: method == "post" ? [:] : nil)
                #expect(!(r.problem == "not_found" && r.json["detail"]?.stringValue?.hasPrefix("no route") == true), "\(method) \(path)")
                if r.status >= 400 {
                    #expect(r.headers.first(name: "Content-Type") == "application/problem+json", "\(method) \(path)")
                }
                checked += 1
            }
        }
        #expect(checked >= 11)
        let unknown = try await env.call(.GET, "/v1/nothing-here", token: token.text)
        #expect(unknown.status == 404)
        #expect(unknown.headers.first(name: "Content-Type") == "application/problem+json")
    }
}
