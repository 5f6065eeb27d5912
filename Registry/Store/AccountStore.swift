import ConnectorSDK
import Foundation
import PostgresNIO

/// Vendors, their tokens and their signing keys.
struct AccountStore: Sendable {
    let database: Database
    var logger: Logger { database.logger }

    struct Vendor: Sendable {
        var id: Int64
        var name: String
        var displayName: String
        var createdAt: Date
    }

    func vendor(named name: String) async throws -> Vendor? {
        let rows = try await database.client.query(
            "SELECT id, name, display_name, created_at FROM vendors WHERE name = \(name)", logger: logger)
        for try await (id, n, d, c) in rows.decode((Int64, String, String, Date).self) {
            return Vendor(id: id, name: n, displayName: d, createdAt: c)
        }
        return nil
    }

    func requireVendor(_ name: String) async throws -> Vendor {
        guard let v = try await vendor(named: name) else { throw APIProblem.notFound("no vendor \"\(name)\"") }
        return v
    }

    /// Creates a vendor; an existing name is a conflict.
    func createVendor(name: String, displayName: String, actor: Int64?) async throws -> Vendor {
        try await database.transaction { conn in
            let rows = try await conn.query(
                """
                INSERT INTO vendors (name, display_name) VALUES (\(name), \(displayName))
                ON CONFLICT (name) DO NOTHING RETURNING id, created_at
                """, logger: logger)
            for try await (id, created) in rows.decode((Int64, Date).self) {
                try await AuditLog.record(conn, logger: logger, vendorID: id, actor: actor, action: "vendor.create", target: name)
                return Vendor(id: id, name: name, displayName: displayName, createdAt: created)
            }
            throw APIProblem.conflict("vendor_exists", "vendor \"\(name)\" already exists")
        }
    }

    /// A new token; its text is returned once and only its hash is kept.
    func createToken(
        vendorID: Int64?, name: String, scopes: [String], isAdmin: Bool, expiresAt: Date?, actor: Int64?
    ) async throws -> (secret: TokenSecret, id: Int64) {
        let secret = TokenSecret.generate()
        let hash = ByteBuffer(bytes: TokenSecret.hash(secret.text))
        return try await database.transaction { conn in
            let rows = try await conn.query(
                """
                INSERT INTO tokens (public_id, vendor_id, name, hash, scopes, is_admin, created_by, expires_at)
                VALUES (\(secret.publicID), \(vendorID), \(name), \(hash), \(scopes), \(isAdmin), \(actor), \(expiresAt))
                RETURNING id
                """, logger: logger)
            var id: Int64 = 0
            for try await (i) in rows.decode(Int64.self) { id = i }
            try await AuditLog.record(
                conn, logger: logger, vendorID: vendorID, actor: actor, action: "token.create", target: secret.publicID,
                detail: ["name": .string(name), "scopes": .array(scopes.map { .string($0) }), "admin": .bool(isAdmin)])
            return (secret, id)
        }
    }

    struct TokenInfo: Sendable {
        var publicID: String
        var name: String
        var scopes: [String]
        var createdAt: Date
        var expiresAt: Date?
        var revokedAt: Date?
        var lastUsedAt: Date?
    }

    func tokens(vendorID: Int64) async throws -> [TokenInfo] {
        let rows = try await database.client.query(
            """
            SELECT public_id, name, scopes, created_at, expires_at, revoked_at, last_used_at FROM tokens
            WHERE vendor_id = \(vendorID) ORDER BY created_at DESC, id DESC
            """, logger: logger)
        var out: [TokenInfo] = []
        for try await (p, n, s, c, e, r, l) in rows.decode((String, String, [String], Date, Date?, Date?, Date?).self) {
            out.append(TokenInfo(publicID: p, name: n, scopes: s, createdAt: c, expiresAt: e, revokedAt: r, lastUsedAt: l))
        }
        return out
    }

    /// Revokes token `publicID` of `vendorID` (any token for admins when `vendorID` is nil).
    func revokeToken(publicID: String, vendorID: Int64?, actor: Int64) async throws {
        try await database.transaction { conn in
            let rows = try await conn.query(
                """
                UPDATE tokens SET revoked_at = now()
                WHERE public_id = \(publicID) AND revoked_at IS NULL AND (\(vendorID)::bigint IS NULL OR vendor_id = \(vendorID))
                RETURNING vendor_id
                """, logger: logger)
            var found = false
            var owner: Int64?
            for try await (v) in rows.decode(Int64?.self) {
                found = true
                owner = v
            }
            guard found else { throw APIProblem.notFound("no active token \(publicID)") }
            try await AuditLog.record(conn, logger: logger, vendorID: owner, actor: actor, action: "token.revoke", target: publicID)
        }
    }

    struct KeyInfo: Sendable {
        var keyID: String
        var publicKey: String
        var name: String
        var createdAt: Date
        var revokedAt: Date?
    }

    func addKey(vendorID: Int64, key: VerifyingKey, name: String, actor: Int64?) async throws {
        try await database.transaction { conn in
            let rows = try await conn.query(
                """
                INSERT INTO vendor_keys (vendor_id, key_id, public_key, name) VALUES (\(vendorID), \(key.keyID), \(key.text), \(name))
                ON CONFLICT (key_id) DO NOTHING RETURNING id
                """, logger: logger)
            var inserted = false
            for try await _ in rows { inserted = true }
            guard inserted else { throw APIProblem.conflict("key_exists", "key \(key.keyID) is already registered") }
            try await AuditLog.record(conn, logger: logger, vendorID: vendorID, actor: actor, action: "key.add", target: key.keyID)
        }
    }

    func revokeKey(vendorID: Int64, keyID: String, actor: Int64) async throws {
        try await database.transaction { conn in
            let rows = try await conn.query(
                """
                UPDATE vendor_keys SET revoked_at = now() WHERE vendor_id = \(vendorID) AND key_id = \(keyID) AND revoked_at IS NULL
                RETURNING id
                """, logger: logger)
            var found = false
            for try await _ in rows { found = true }
            guard found else { throw APIProblem.notFound("no active key \(keyID) for this vendor") }
            try await AuditLog.record(conn, logger: logger, vendorID: vendorID, actor: actor, action: "key.revoke", target: keyID)
        }
    }

    func keys(vendorID: Int64) async throws -> [KeyInfo] {
        let rows = try await database.client.query(
            "SELECT key_id, public_key, name, created_at, revoked_at FROM vendor_keys WHERE vendor_id = \(vendorID) ORDER BY id",
            logger: logger)
        var out: [KeyInfo] = []
        for try await (k, p, n, c, r) in rows.decode((String, String, String, Date, Date?).self) {
            out.append(KeyInfo(keyID: k, publicKey: p, name: n, createdAt: c, revokedAt: r))
        }
        return out
    }

    /// Whether any admin token exists (bootstrap creates the first).
    func hasAdminToken() async throws -> Bool {
        let rows = try await database.client.query("SELECT 1 FROM tokens WHERE is_admin AND revoked_at IS NULL LIMIT 1", logger: logger)
        for try await _ in rows { return true }
        return false
    }
}
