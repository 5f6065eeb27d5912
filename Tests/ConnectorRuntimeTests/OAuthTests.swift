import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import Foundation
import Hummingbird
import JunctionTestSupport
import Logging
import NIOCore
import NIOHTTP1
import Registry
import Synchronization
import Testing

/// OAuth2 against a real authorization server nobody here wrote (authlib), through the runtime's API.
@Suite("OAuth2", .serialized)
struct OAuthTests {
    /// A clock the tests move forward (the runtime's view of time; the provider keeps its own).
    final class Clock: Sendable {
        let shift = Mutex(0.0)
        func now() -> Date { Date().addingTimeInterval(shift.withLock { $0 }) }
        func advance(_ s: Double) { shift.withLock { $0 += s } }
    }

    struct Env {
        let h: RuntimeHarness
        let oauth: OAuthServer
        let service: RuntimeService
        let app: Task<Void, Error>
        let base: String
        let token: String
        let tenant: UUID
        let clock: Clock
        let client: HTTPClient

        func stop() async {
            oauth.stop()
            app.cancel()
            try? await client.shutdown()
            await h.stop()
        }

        func call(_ method: HTTPMethod, _ path: String, json: JSONValue? = nil, token: String? = nil) async throws -> TestRegistry.Reply {
            var req = HTTPClientRequest(url: path.hasPrefix("http") ? path : base + path)
            req.method = method
            req.headers.add(name: "Authorization", value: "Bearer \(token ?? self.token)")
            if let json { req.body = .bytes(ByteBuffer(string: json.jsonText())) }
            let res = try await client.execute(req, timeout: .seconds(30))
            let body = try await res.body.collect(upTo: 1 << 20)
            return TestRegistry.Reply(status: Int(res.status.code), headers: res.headers, body: Array(body.readableBytesView))
        }

        func stats() async throws -> JSONValue { try await call(.GET, oauth.url + "/admin/stats").json }
    }

    static func manifest(_ h: RuntimeHarness, oauth: OAuthServer, grant: String, name: String) -> String {
        Fixture.manifest(
            name: "\(h.vendor)/\(name)", base: oauth.url,
            auth: """
                auth:
                  type: oauth2
                  grant: \(grant)
                  authorize_url: \(oauth.url)/authorize
                  token_url: \(oauth.url)/token
                  scopes: [read]
                  refresh_buffer: 1
                """,
            connection: """
                connection:
                  fields:
                    client_id: { type: string, required: true }
                    client_secret: { type: string, secret: true, required: true }
                """,
            operations: """
                  me:
                    title: Who am I
                    output: { type: object, required: [user, grant] }
                    request: { path: /api/me }
                """)
    }

    static func start(_ suite: String, grant: String = "authorization_code", accessTTL: Int = 3600) async throws -> Env {
        let h = try await RuntimeHarness.start(suite)
        let port = freePort()
        let redirect = "http://127.0.0.1:\(port)/oauth/callback"
        let oauth = try OAuthServer.start(
            redirectURI: redirect, accessTTL: accessTTL, clientSecret: "s-\(UInt32.random(in: 0...UInt32.max))")
        try await h.publish(try Fixture.archive(manifest(h, oauth: oauth, grant: grant, name: "oauthapi")))
        let clock = Clock()
        let service = try h.runtimeService(redirectURI: redirect, now: { clock.now() })
        var logger = Logger(label: "test.runtime-api")
        logger.logLevel = .warning
        let app = Application(
            router: RuntimeApplication.router(service: service), configuration: .init(address: .hostname("127.0.0.1", port: port)),
            logger: logger)
        let task = Task { try await app.run() }
        let (tenant, token) = try await service.tenants.create(name: "oauth-\(UInt16.random(in: 0...UInt16.max))")
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        let env = Env(
            h: h, oauth: oauth, service: service, app: task, base: "http://127.0.0.1:\(port)", token: token.text, tenant: tenant.id,
            clock: clock,
            client: client)
        for _ in 0..<50 {
            if (try? await env.call(.GET, "/healthz"))?.status == 200 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        return env
    }

    /// Installs the connector and connects an account through the whole code + PKCE flow.
    func connect(_ env: Env) async throws -> String {
        let inst = try await env.call(.POST, "/v1/installations", json: ["connector": .string("\(env.h.vendor)/oauthapi@^1")])
        #expect(inst.status == 201, "\(String(decoding: inst.body, as: UTF8.self))")
        let id = try #require(inst.json["id"]?.stringValue)
        let started = try await env.call(
            .POST, "/v1/installations/\(id)/connections",
            json: ["name": "main", "fields": ["client_id": .string(env.oauth.clientID), "client_secret": .string(env.oauth.clientSecret)]])
        #expect(started.status == 201, "\(String(decoding: started.body, as: UTF8.self))")
        #expect(started.json["status"] == "pending")
        let authorize = try #require(started.json["authorize_url"]?.stringValue)
        #expect(authorize.contains("code_challenge_method=S256"))
        #expect(authorize.contains("redirect_uri=http%3A%2F%2F127.0.0.1"))
        #expect(!authorize.contains(env.oauth.clientSecret))
        // The user's browser: the provider redirects back with a code and the state.
        let consent = try await env.call(.GET, authorize)
        #expect(consent.status == 302)
        let location = try #require(consent.headers.first(name: "Location"))
        #expect(location.hasPrefix(env.base + "/oauth/callback?"))
        let done = try await env.call(.GET, location)
        #expect(done.status == 200, "\(String(decoding: done.body, as: UTF8.self)) \(location)")
        let cid = try #require(started.json["id"]?.stringValue)
        #expect(try await env.call(.GET, "/v1/connections/\(cid)").json["status"] == "active")
        return cid
    }

    @Test("authorization code with PKCE end to end; a wrong state is refused")
    func codeFlow() async throws {
        let env = try await Self.start("rt_oauth_code")
        defer { Task { await env.stop() } }
        let cid = try await connect(env)
        let out = try await env.call(.POST, "/v1/connections/\(cid)/operations/me", json: ["input": [:]])
        #expect(out.status == 200, "\(String(decoding: out.body, as: UTF8.self))")
        #expect(out.json["output"]?["user"] == "alice")
        #expect(out.json["output"]?["grant"] == "authorization_code")
        #expect(try await env.stats()["authorization_code_grants"] == 1)
        let wrong = try await env.call(.GET, "/oauth/callback?state=forged&code=abc")
        #expect(wrong.status == 400)
        #expect(wrong.problem == "oauth_failed")
        // Replaying the real callback does nothing either: the state is single use.
        #expect(try await env.stats()["authorization_code_grants"] == 1)
    }

    @Test("refresh before expiry saves the rotated refresh token; a refused token is renewed once")
    func refreshAndRotation() async throws {
        let env = try await Self.start("rt_oauth_refresh")
        defer { Task { await env.stop() } }
        let cid = try #require(UUID(uuidString: try await connect(env)))
        let store = env.service.connections.credentials(tenant: env.tenant, connection: cid)
        let first = try #require(try await store.read().tokens)
        env.clock.advance(4000)
        let out = try await env.service.invoke(tenant: env.tenant, connectionID: cid, operation: "me", input: [:])
        #expect(out["user"] == "alice")
        let second = try #require(try await store.read().tokens)
        #expect(second.accessToken != first.accessToken)
        #expect(second.refreshToken != nil && second.refreshToken != first.refreshToken)
        #expect(try await env.stats()["refresh_grants"] == 1)
        // The provider expires every access token early: the API answers 401, the runtime refreshes once.
        _ = try await env.call(.POST, env.oauth.url + "/admin/expire-access-tokens")
        #expect(try await env.service.invoke(tenant: env.tenant, connectionID: cid, operation: "me", input: [:])["user"] == "alice")
        #expect(try await env.stats()["refresh_grants"] == 2)
    }

    @Test("two workers refreshing one connection at once make one upstream refresh")
    func concurrentRefresh() async throws {
        let env = try await Self.start("rt_oauth_race")
        defer { Task { await env.stop() } }
        let cid = try #require(UUID(uuidString: try await connect(env)))
        // A second worker: its own database pool (its own sessions) and its own loader.
        let otherDB = Database(
            client: try Database.client(url: RuntimeDatabase.serviceURL(adminURL: env.h.registry.databaseURL, password: nil)!),
            logger: Logger(label: "test.worker2"))
        let run = Task { await otherDB.client.run() }
        defer { run.cancel() }
        let worker2 = try env.h.runtimeService(database: otherDB, now: { env.clock.now() })
        env.clock.advance(4000)
        async let a = env.service.invoke(tenant: env.tenant, connectionID: cid, operation: "me", input: [:])
        async let b = worker2.invoke(tenant: env.tenant, connectionID: cid, operation: "me", input: [:])
        let (x, y) = try await (a, b)
        #expect(x["user"] == "alice" && y["user"] == "alice")
        #expect(try await env.stats()["refresh_grants"] == 1)
    }

    @Test("a revoked refresh token marks the connection for re-consent and stops retrying")
    func revoked() async throws {
        let env = try await Self.start("rt_oauth_revoked")
        defer { Task { await env.stop() } }
        let cid = try await connect(env)
        _ = try await env.call(.POST, env.oauth.url + "/admin/revoke-refresh-tokens")
        env.clock.advance(4000)
        let r = try await env.call(.POST, "/v1/connections/\(cid)/operations/me", json: ["input": [:]])
        #expect(r.status == 409)
        #expect(r.problem == "reconsent_required")
        #expect(try await env.call(.GET, "/v1/connections/\(cid)").json["status"] == "needs_reconsent")
        let attempts = try await env.stats()
        let again = try await env.call(.POST, "/v1/connections/\(cid)/operations/me", json: ["input": [:]])
        #expect(again.problem == "reconsent_required")
        #expect(try await env.stats() == attempts)
    }

    @Test("client credentials: fetched on connect, fetched again when expired")
    func clientCredentials() async throws {
        let env = try await Self.start("rt_oauth_cc", grant: "client_credentials")
        defer { Task { await env.stop() } }
        let inst = try await env.call(.POST, "/v1/installations", json: ["connector": .string("\(env.h.vendor)/oauthapi")])
        let id = try #require(inst.json["id"]?.stringValue)
        let c = try await env.call(
            .POST, "/v1/installations/\(id)/connections",
            json: ["fields": ["client_id": .string(env.oauth.clientID), "client_secret": .string(env.oauth.clientSecret)]])
        #expect(c.status == 201)
        #expect(c.json["authorize_url"] == nil)
        #expect(c.json["last_error"] == .null)
        #expect(try await env.stats()["client_credentials_grants"] == 1)
        let cid = try #require(c.json["id"]?.stringValue)
        let out = try await env.call(.POST, "/v1/connections/\(cid)/operations/me", json: ["input": [:]])
        #expect(out.json["output"]?["grant"] == "client_credentials")
        #expect(try await env.stats()["client_credentials_grants"] == 1)
        env.clock.advance(4000)
        _ = try await env.call(.POST, "/v1/connections/\(cid)/operations/me", json: ["input": [:]])
        #expect(try await env.stats()["client_credentials_grants"] == 2)
        // Wrong client secret: the connection is stored with the provider's refusal as its last error.
        let bad = try await env.call(
            .POST, "/v1/installations/\(id)/connections",
            json: ["fields": ["client_id": .string(env.oauth.clientID), "client_secret": "nope"]])
        #expect(bad.json["last_error"]?.stringValue?.contains("token") == true)
    }

    @Test("two junction invoke processes sharing an expired connection file make one upstream refresh")
    func twoProcessesRefresh() async throws {
        let env = try await Self.start("rt_oauth_procs")
        defer { Task { await env.stop() } }
        let cid = try #require(UUID(uuidString: try await connect(env)))
        let tokens = try #require(try await env.service.connections.credentials(tenant: env.tenant, connection: cid).read().tokens)
        let dir = RuntimeHarness.cacheFolder()
        let file = dir + "/connection.json"
        let expired = ConnectionSecrets(
            fields: ["client_id": .string(env.oauth.clientID), "client_secret": .string(env.oauth.clientSecret)],
            tokens: TokenSet(accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: Date(timeIntervalSince1970: 0)))
        try Data(try expired.encoded()).write(to: URL(fileURLWithPath: file))
        let args = [
            "invoke", "\(env.h.vendor)/oauthapi", "me", "--connection", file, "--registry", env.h.registry.baseURL, "--cache",
            dir + "/cache",
            "--allow-local",
        ]
        async let a = CLI.runAsync(args + ["--lock", dir + "/a.lock"])
        async let b = CLI.runAsync(args + ["--lock", dir + "/b.lock"])
        let (ra, rb) = try await (a, b)
        #expect(ra.status == 0, "\(ra.stderr)")
        #expect(rb.status == 0, "\(rb.stderr)")
        #expect(try JSONValue.parse(ra.stdout)["user"] == "alice")
        #expect(try await env.stats()["refresh_grants"] == 1)
        let saved = try await FileCredentialStore(path: file).read()
        #expect(saved.tokens?.refreshToken != nil && saved.tokens?.refreshToken != tokens.refreshToken)
        #expect(saved.tokens?.expiresAt.map { $0 > Date() } == true)
    }
}
