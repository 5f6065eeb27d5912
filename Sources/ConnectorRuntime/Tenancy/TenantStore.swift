import Crypto
import Foundation
import NIOCore
import PostgresNIO

/// A tenant: one integrator's isolated space.
public struct Tenant: Sendable, Equatable {
    public var id: UUID
    public var name: String
}

/// Tenants, their API tokens and their data keys.
public struct TenantStore: Sendable {
    public let db: RuntimeDatabase
    public let vault: CredentialVault

    public init(db: RuntimeDatabase, vault: CredentialVault) {
        self.db = db
        self.vault = vault
    }

    /// Creates a tenant with a data key and a first token (returned once, in clear).
    public func create(name: String) async throws -> (Tenant, TenantToken) {
        let tenant = Tenant(id: UUID(), name: name)
        let token = TenantToken()
        let (_, wrapped) = try vault.newDataKey(tenant: tenant.id)
        let logger = db.service.logger
        do {
            try await db.withTenant(tenant.id) { conn in
                try await conn.query("INSERT INTO runtime.tenants (id, name) VALUES (\(tenant.id), \(name))", logger: logger)
                try await conn.query(
                    """
                    INSERT INTO runtime.tenant_keys (tenant_id, master_key_id, wrapped_key)
                    VALUES (\(tenant.id), \(wrapped.masterKeyID), \(ByteBuffer(bytes: wrapped.bytes)))
                    """, logger: logger)
                try await conn.query(
                    """
                    INSERT INTO runtime.tenant_tokens (id, tenant_id, secret_hash, name)
                    VALUES (\(token.id), \(tenant.id), \(ByteBuffer(bytes: token.hash)), 'initial')
                    """, logger: logger)
            }
        } catch let e as PSQLError where e.serverInfo?[.sqlState] == "23505" {
            throw RuntimeError.connectionInvalid("a tenant named \(name) exists already")
        } catch let e as PSQLError where e.serverInfo?[.sqlState] == "23514" {
            throw RuntimeError.connectionInvalid("a tenant name is 1 to 63 of a-z, 0-9 and -, starting with a letter or digit")
        }
        return (tenant, token)
    }

    /// The tenant a presented token belongs to, or nil.
    public func authenticate(_ text: String) async throws -> UUID? {
        guard let token = TenantToken(text: text) else { return nil }
        let rows = try await db.service.client.query(
            "SELECT runtime.authenticate(\(token.id), \(ByteBuffer(bytes: token.hash)))", logger: db.service.logger)
        for try await id in rows.decode(UUID?.self) { return id }
        return nil
    }

    /// The tenant's name.
    public func tenant(_ id: UUID) async throws -> Tenant? {
        try await db.withTenant(id) { conn in
            for try await name in try await conn.query("SELECT name FROM runtime.tenants WHERE id = \(id)", logger: db.service.logger)
                .decode(String.self)
            {
                return Tenant(id: id, name: name)
            }
            return nil
        }
    }

    /// The tenant's data key, unwrapped (inside the caller's tenant transaction).
    func dataKey(_ tenant: UUID, on conn: PostgresConnection) async throws -> SymmetricKey {
        let rows = try await conn.query(
            "SELECT master_key_id, wrapped_key FROM runtime.tenant_keys WHERE tenant_id = \(tenant)", logger: db.service.logger)
        for try await (keyID, bytes) in rows.decode((String, ByteBuffer).self) {
            return try vault.unwrap(WrappedKey(masterKeyID: keyID, bytes: Array(bytes.readableBytesView)), tenant: tenant)
        }
        throw RuntimeError.vault("tenant \(tenant) has no data key")
    }

    /// Re-wraps every tenant's data key with the current master key; returns how many changed.
    /// Safe while the service runs: both old and new master keys are in the ring meanwhile.
    public func rotateMasterKey() async throws -> Int {
        var ids: [UUID] = []
        for try await id in try await db.service.client.query("SELECT runtime.tenant_ids()", logger: db.service.logger).decode(UUID.self) {
            ids.append(id)
        }
        var changed = 0
        for id in ids {
            let did = try await db.withTenant(id) { conn -> Bool in
                let rows = try await conn.query(
                    "SELECT master_key_id, wrapped_key FROM runtime.tenant_keys WHERE tenant_id = \(id) FOR UPDATE",
                    logger: db.service.logger)
                for try await (keyID, bytes) in rows.decode((String, ByteBuffer).self) {
                    guard let new = try vault.rewrap(WrappedKey(masterKeyID: keyID, bytes: Array(bytes.readableBytesView)), tenant: id)
                    else {
                        return false
                    }
                    try await conn.query(
                        """
                        UPDATE runtime.tenant_keys SET master_key_id = \(new.masterKeyID), wrapped_key = \(ByteBuffer(bytes: new.bytes)),
                            rotated_at = now() WHERE tenant_id = \(id)
                        """, logger: db.service.logger)
                    return true
                }
                return false
            }
            if did { changed += 1 }
        }
        return changed
    }
}

extension TenantStore {
    /// A new token for the `dev` tenant (created on first use), for `junction serve` on an embedded database.
    public func devToken() async throws -> String {
        var ids: [UUID] = []
        for try await id in try await db.service.client.query("SELECT runtime.tenant_ids()", logger: db.service.logger).decode(UUID.self) {
            ids.append(id)
        }
        for id in ids {
            guard let t = try await tenant(id), t.name == "dev" else { continue }
            let token = TenantToken()
            _ = try await db.withTenant(id) { conn in
                try await conn.query(
                    """
                    INSERT INTO runtime.tenant_tokens (id, tenant_id, secret_hash, name)
                    VALUES (\(token.id), \(id), \(ByteBuffer(bytes: token.hash)), 'dev (junction serve)')
                    """, logger: db.service.logger)
            }
            return token.text
        }
        return try await create(name: "dev").1.text
    }
}

extension TenantStore {
    /// Proves the configured key ring opens the tenant's data key (health checks, rotation checks).
    public func checkDataKey(_ tenant: UUID, on conn: PostgresConnection) async throws -> Bool {
        _ = try await dataKey(tenant, on: conn)
        return true
    }
}
