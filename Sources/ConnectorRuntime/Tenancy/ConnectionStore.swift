import ConnectorSDK
import Crypto
import Foundation
import NIOCore
import PostgresNIO

/// A connection's public face: everything but its secrets.
public struct ConnectionRecord: Sendable, Equatable {
    public var id: UUID
    public var installationID: UUID
    public var name: String
    /// `pending` (waiting for the OAuth2 callback), `active` or `needs_reconsent`.
    public var status: String
    public var lastError: String?
    public var createdAt: Date
    public var updatedAt: Date

    /// The API's JSON for it (no secret).
    public var json: JSONValue {
        [
            "id": .string(id.uuidString.lowercased()), "installation_id": .string(installationID.uuidString.lowercased()),
            "name": .string(name), "status": .string(status), "last_error": lastError.map(JSONValue.string) ?? .null,
            "created_at": .string(ISO8601.string(createdAt)), "updated_at": .string(ISO8601.string(updatedAt)),
        ]
    }
}

/// The tenant's connections; secrets are sealed by the vault under the tenant's data key.
public struct ConnectionStore: Sendable {
    public let tenants: TenantStore
    var db: RuntimeDatabase { tenants.db }

    public init(tenants: TenantStore) { self.tenants = tenants }

    static let columns = "id, installation_id, name, status, last_error, created_at, updated_at"

    static func decode(_ rows: PostgresRowSequence) async throws -> [ConnectionRecord] {
        var out: [ConnectionRecord] = []
        for try await (id, i, n, s, e, c, u) in rows.decode((UUID, UUID, String, String, String?, Date, Date).self) {
            out.append(ConnectionRecord(id: id, installationID: i, name: n, status: s, lastError: e, createdAt: c, updatedAt: u))
        }
        return out
    }

    static func status(_ s: ConnectionSecrets) -> String {
        s.needsReconsent ? "needs_reconsent" : s.tokens == nil && s.pending != nil ? "pending" : "active"
    }

    /// Stores a new connection of `installation` with `secrets`.
    public func create(tenant: UUID, installation: UUID, name: String, secrets: ConnectionSecrets) async throws -> ConnectionRecord {
        let id = UUID()
        return try await db.withTenant(tenant) { conn in
            let key = try await tenants.dataKey(tenant, on: conn)
            let sealed = try CredentialVault.seal(try secrets.encoded(), key: key, tenant: tenant, connection: id)
            let stateHash = secrets.pending.map { ByteBuffer(bytes: AuthorizationFlow.stateHash($0.state)) }
            let rows = try await conn.query(
                """
                INSERT INTO runtime.connections (id, tenant_id, installation_id, name, status, secret, state_hash)
                VALUES (\(id), \(tenant), \(installation), \(name), \(Self.status(secrets)), \(ByteBuffer(bytes: sealed)), \(stateHash))
                RETURNING \(unescaped: Self.columns)
                """, logger: db.service.logger)
            guard let row = try await Self.decode(rows).first else { throw RuntimeError.connectionInvalid("the connection was not stored") }
            return row
        }
    }

    /// The tenant's connections, optionally of one installation.
    public func list(tenant: UUID, installation: UUID? = nil) async throws -> [ConnectionRecord] {
        try await db.withTenant(tenant) { conn in
            let rows: PostgresRowSequence
            if let installation {
                rows = try await conn.query(
                    "SELECT \(unescaped: Self.columns) FROM runtime.connections WHERE installation_id = \(installation) ORDER BY created_at",
                    logger: db.service.logger)
            } else {
                rows = try await conn.query(
                    "SELECT \(unescaped: Self.columns) FROM runtime.connections ORDER BY created_at", logger: db.service.logger)
            }
            return try await Self.decode(rows)
        }
    }

    /// One connection of the tenant, or nil.
    public func get(tenant: UUID, id: UUID) async throws -> ConnectionRecord? {
        try await db.withTenant(tenant) { conn in
            try await Self.decode(
                try await conn.query(
                    "SELECT \(unescaped: Self.columns) FROM runtime.connections WHERE id = \(id)", logger: db.service.logger)
            ).first
        }
    }

    /// The connection waiting for the OAuth2 callback with `state`, across tenants.
    public func pending(state: String) async throws -> (tenant: UUID, connection: UUID)? {
        let hash = ByteBuffer(bytes: AuthorizationFlow.stateHash(state))
        let rows = try await db.service.client.query(
            "SELECT tenant_id, connection_id FROM runtime.pending_connection(\(hash))", logger: db.service.logger)
        for try await (t, c) in rows.decode((UUID, UUID).self) { return (t, c) }
        return nil
    }

    /// Records the last error of a connection (shown in listings; never a secret).
    public func setLastError(tenant: UUID, id: UUID, _ message: String?) async throws {
        _ = try await db.withTenant(tenant) { conn in
            try await conn.query(
                "UPDATE runtime.connections SET last_error = \(message), updated_at = now() WHERE id = \(id)", logger: db.service.logger)
        }
    }

    /// The secrets of one connection, as a credential store.
    public func credentials(tenant: UUID, connection: UUID) -> PostgresCredentialStore {
        PostgresCredentialStore(store: self, tenant: tenant, connection: connection)
    }
}

/// A connection's secrets in PostgreSQL. `update` takes a transaction-scoped advisory lock on the
/// connection, so one refresh at a time runs per connection across every worker process.
public struct PostgresCredentialStore: CredentialStore {
    let store: ConnectionStore
    public let tenant: UUID
    public let connection: UUID

    var lockKey: Int64 {
        withUnsafeBytes(of: connection.uuid) { raw in raw.load(as: Int64.self) } ^ 0x6A75_6E63_7469_6F6E
    }

    /// The secrets and the tenant's data key they were opened with (`update` seals with the same key).
    func load(_ conn: PostgresConnection, forUpdate: Bool) async throws -> (ConnectionSecrets, SymmetricKey) {
        let db = store.db
        let rows = try await conn.query(
            "SELECT secret FROM runtime.connections WHERE id = \(connection) \(unescaped: forUpdate ? "FOR UPDATE" : "")",
            logger: db.service.logger)
        for try await bytes in rows.decode(ByteBuffer.self) {
            let key = try await store.tenants.dataKey(tenant, on: conn)
            let plain = try CredentialVault.open(Array(bytes.readableBytesView), key: key, tenant: tenant, connection: connection)
            return (try ConnectionSecrets.decode(plain), key)
        }
        throw RuntimeError.connectionInvalid("connection \(connection.uuidString.lowercased()) does not exist in this tenant")
    }

    public func read() async throws(RuntimeError) -> ConnectionSecrets {
        do {
            return try await store.db.withTenant(tenant) { conn in try await load(conn, forUpdate: false).0 }
        } catch {
            throw Self.runtimeError(error)
        }
    }

    public func update<T: Sendable>(_ body: @Sendable (inout ConnectionSecrets) async throws(RuntimeError) -> T) async throws(RuntimeError)
        -> T
    {
        do {
            return try await store.db.withTenant(tenant) { conn in
                let logger = store.db.service.logger
                try await conn.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: logger)
                var (secrets, key) = try await load(conn, forUpdate: true)
                let result = try await body(&secrets)
                let sealed = try CredentialVault.seal(try secrets.encoded(), key: key, tenant: tenant, connection: connection)
                let stateHash = secrets.pending.map { ByteBuffer(bytes: AuthorizationFlow.stateHash($0.state)) }
                try await conn.query(
                    """
                    UPDATE runtime.connections SET secret = \(ByteBuffer(bytes: sealed)), status = \(ConnectionStore.status(secrets)),
                        state_hash = \(stateHash), updated_at = now() WHERE id = \(connection)
                    """, logger: logger)
                return result
            }
        } catch {
            throw Self.runtimeError(error)
        }
    }

    static func runtimeError(_ error: any Error) -> RuntimeError {
        if let e = error as? RuntimeError { return e }
        return RuntimeError.connectionInvalid("the connection's storage failed: \(String(reflecting: error).prefix(300))")
    }
}
