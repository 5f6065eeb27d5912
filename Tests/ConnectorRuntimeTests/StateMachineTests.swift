import ConnectorRuntime
import ConnectorSDK
import Crypto
import Foundation
import Testing

/// The pure parts: PKCE, the token decision, the authorization flow, the vault, references and lock files.
@Suite("Runtime state machines and formats")
struct StateMachineTests {
    @Test("PKCE S256 matches RFC 7636's example; random tokens are 43 base64url characters")
    func pkce() {
        #expect(PKCE.challenge(for: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        let t = PKCE.randomToken()
        #expect(t.count == 43)
        #expect(t.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(PKCE.randomToken() != t)
    }

    @Test("the token decision: use, refresh inside the buffer, fetch, re-consent")
    func tokenDecision() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        let fresh = TokenSet(accessToken: "a", refreshToken: "r", expiresAt: now.addingTimeInterval(120))
        #expect(TokenAction.next(tokens: fresh, grant: "authorization_code", needsReconsent: false, now: now, buffer: 60) == .use("a"))
        #expect(TokenAction.next(tokens: fresh, grant: "authorization_code", needsReconsent: false, now: now, buffer: 150) == .refresh("r"))
        let noExpiry = TokenSet(accessToken: "a", refreshToken: nil, expiresAt: nil)
        #expect(TokenAction.next(tokens: noExpiry, grant: "authorization_code", needsReconsent: false, now: now, buffer: 60) == .use("a"))
        let expiredNoRefresh = TokenSet(accessToken: "a", refreshToken: nil, expiresAt: now)
        if case .reconsent = TokenAction.next(
            tokens: expiredNoRefresh, grant: "authorization_code", needsReconsent: false, now: now, buffer: 0)
        {
        } else {
            Issue.record("an expired token without a refresh token needs consent")
        }
        #expect(
            TokenAction.next(tokens: nil, grant: "client_credentials", needsReconsent: false, now: now, buffer: 60)
                == .fetchClientCredentials)
        #expect(
            TokenAction.next(tokens: expiredNoRefresh, grant: "client_credentials", needsReconsent: false, now: now, buffer: 0)
                == .fetchClientCredentials)
        if case .reconsent = TokenAction.next(tokens: fresh, grant: "authorization_code", needsReconsent: true, now: now, buffer: 0) {
        } else {
            Issue.record("a connection marked for re-consent never uses its old tokens")
        }
        // A provider that does not rotate keeps the old refresh token.
        let kept = TokenSet(grant: TokenGrant(accessToken: "b", expiresIn: 10, refreshToken: nil), previous: fresh, now: now)
        #expect(kept.refreshToken == "r")
        #expect(kept.expiresAt == now.addingTimeInterval(10))
        let rotated = TokenSet(grant: TokenGrant(accessToken: "c", expiresIn: nil, refreshToken: "r2"), previous: fresh, now: now)
        #expect(rotated.refreshToken == "r2")
    }

    @Test("the callback must carry the started state, in time, without an error")
    func authorizationFlow() throws {
        let start = Date(timeIntervalSince1970: 2_000_000)
        let pending = PendingAuthorization(state: "s-123", codeVerifier: "v", redirectURI: "http://x/cb", startedAt: start)
        #expect(try AuthorizationFlow.complete(pending, query: [QueryItem("state", "s-123"), QueryItem("code", "c")], now: start) == "c")
        for query in [
            [QueryItem("state", "s-124"), QueryItem("code", "c")], [QueryItem("code", "c")],
            [QueryItem("state", "s-123"), QueryItem("error", "access_denied")], [QueryItem("state", "s-123")],
        ] {
            #expect(throws: RuntimeError.self) { try AuthorizationFlow.complete(pending, query: query, now: start) }
        }
        #expect(throws: RuntimeError.self) {
            try AuthorizationFlow.complete(
                pending, query: [QueryItem("state", "s-123"), QueryItem("code", "c")], now: start.addingTimeInterval(601))
        }
    }

    @Test("the vault opens only what it sealed for the same tenant and connection")
    func vault() throws {
        let vault = CredentialVault(ring: try MasterKeyRing(text: MasterKeyRing.generateText(id: "a")))
        let tenant = UUID()
        let other = UUID()
        let (key, wrapped) = try vault.newDataKey(tenant: tenant)
        #expect(wrapped.masterKeyID == "a")
        let unwrapped = try vault.unwrap(wrapped, tenant: tenant)
        #expect(unwrapped == key)
        #expect(throws: RuntimeError.self) { try vault.unwrap(wrapped, tenant: other) }
        let connection = UUID()
        let sealed = try CredentialVault.seal(Array("secret".utf8), key: key, tenant: tenant, connection: connection)
        #expect(!String(decoding: sealed, as: UTF8.self).contains("secret"))
        #expect(try CredentialVault.open(sealed, key: key, tenant: tenant, connection: connection) == Array("secret".utf8))
        #expect(throws: RuntimeError.self) { try CredentialVault.open(sealed, key: key, tenant: tenant, connection: UUID()) }
        #expect(throws: RuntimeError.self) { try CredentialVault.open(sealed, key: key, tenant: other, connection: connection) }
        var flipped = sealed
        flipped[flipped.count - 1] ^= 1
        #expect(throws: RuntimeError.self) { try CredentialVault.open(flipped, key: key, tenant: tenant, connection: connection) }
        #expect(throws: RuntimeError.self) { try MasterKeyRing(text: "a:c2hvcnQ=") }
        #expect(throws: RuntimeError.self) { try MasterKeyRing(text: "") }
    }

    @Test("references and lock files")
    func referencesAndLocks() throws {
        let r = try ConnectorReference("Acme/CRM@^1.2")
        #expect(r.name == "acme/crm")
        #expect(r.rangeText == "^1.2")
        #expect(!r.isExactPin)
        #expect(try ConnectorReference("acme/crm@1.2.3").isExactPin)
        #expect(try ConnectorReference("acme/crm").rangeText == "*")
        for bad in ["acme", "acme/", "/crm", "acme/crm/x", "acme/crm@not a range", "../x/y"] {
            #expect(throws: RuntimeError.self, "\(bad)") { try ConnectorReference(bad) }
        }
        let path = NSTemporaryDirectory() + "lock-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try LockFile.read(path) == LockFile())
        var lock = LockFile()
        let digest = "sha256:" + String(repeating: "ab", count: 32)
        lock.record(
            Resolution(name: "acme/crm", version: "1.2.5", digest: digest, keyID: "ed25519:0011223344556677", signature: nil), for: r)
        try lock.write(path)
        let back = try LockFile.read(path)
        #expect(back == lock)
        #expect(back.entry(for: r)?.version == "1.2.5")
        #expect(back.entry(for: try ConnectorReference("acme/crm@^2")) == nil)
        try Data(
            "{\"lockfile_version\": 1, \"connectors\": {\"a/b\": {\"range\": \"*\", \"version\": \"1.0.0\", \"digest\": \"md5:x\"}}}".utf8
        )
        .write(to: URL(fileURLWithPath: path))
        #expect(throws: RuntimeError.self) { try LockFile.read(path) }
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        let e = #expect(throws: RuntimeError.self) { try LockFile.read(path) }
        #expect(e?.code == "lock_invalid")
    }
}
