import ConnectorSDK
import Foundation
import PostgresNIO

/// A connector installed in a tenant, with the range it follows and the version it runs now.
public struct Installation: Sendable, Equatable {
    public var id: UUID
    public var connector: String
    public var range: String
    public var version: String
    public var digest: String
    public var keyID: String?
    public var createdAt: Date
    public var updatedAt: Date

    /// The reference the installation follows.
    public var reference: ConnectorReference? { try? ConnectorReference("\(connector)@\(range)") }

    /// The API's JSON for it.
    public var json: JSONValue {
        [
            "id": .string(id.uuidString.lowercased()), "connector": .string(connector), "range": .string(range),
            "version": .string(version), "digest": .string(digest), "key_id": keyID.map(JSONValue.string) ?? .null,
            "pinned": .bool((try? SemanticVersion(range)) != nil),
            "created_at": .string(ISO8601.string(createdAt)), "updated_at": .string(ISO8601.string(updatedAt)),
        ]
    }
}

/// The tenant's installations (always inside the tenant's transaction scope).
public struct InstallationStore: Sendable {
    public let db: RuntimeDatabase

    public init(db: RuntimeDatabase) { self.db = db }

    static let columns = "id, connector, range, version, digest, key_id, created_at, updated_at"

    static func decode(_ rows: PostgresRowSequence) async throws -> [Installation] {
        var out: [Installation] = []
        for try await (id, c, r, v, d, k, ca, ua) in rows.decode((UUID, String, String, String, String, String?, Date, Date).self) {
            out.append(Installation(id: id, connector: c, range: r, version: v, digest: d, keyID: k, createdAt: ca, updatedAt: ua))
        }
        return out
    }

    /// Installs `loaded` for `reference` in `tenant`; a second install of the same connector is refused.
    public func create(tenant: UUID, reference: ConnectorReference, loaded: LoadedConnector) async throws -> Installation {
        let id = UUID()
        do {
            return try await db.withTenant(tenant) { conn in
                let rows = try await conn.query(
                    """
                    INSERT INTO runtime.installations (id, tenant_id, connector, range, version, digest, key_id)
                    VALUES (\(id), \(tenant), \(reference.name), \(reference.rangeText), \(loaded.version), \(loaded.digest), \(loaded.keyID))
                    RETURNING \(unescaped: Self.columns)
                    """, logger: db.service.logger)
                guard let row = try await Self.decode(rows).first else {
                    throw RuntimeError.connectionInvalid("the installation was not stored")
                }
                return row
            }
        } catch let e as PSQLError where e.serverInfo?[.sqlState] == "23505" {
            throw RuntimeError.connectionInvalid("\(reference.name) is installed in this tenant already")
        }
    }

    /// Every installation of the tenant.
    public func list(tenant: UUID) async throws -> [Installation] {
        try await db.withTenant(tenant) { conn in
            try await Self.decode(
                try await conn.query(
                    "SELECT \(unescaped: Self.columns) FROM runtime.installations ORDER BY created_at", logger: db.service.logger))
        }
    }

    /// One installation of the tenant, or nil (another tenant's id is nil too).
    public func get(tenant: UUID, id: UUID) async throws -> Installation? {
        try await db.withTenant(tenant) { conn in
            try await Self.decode(
                try await conn.query(
                    "SELECT \(unescaped: Self.columns) FROM runtime.installations WHERE id = \(id)", logger: db.service.logger)
            ).first
        }
    }

    /// Records that the installation now runs `loaded` (a newer version its range picked up).
    public func update(tenant: UUID, id: UUID, to loaded: LoadedConnector) async throws {
        _ = try await db.withTenant(tenant) { conn in
            try await conn.query(
                """
                UPDATE runtime.installations SET version = \(loaded.version), digest = \(loaded.digest), key_id = \(loaded.keyID),
                    updated_at = now() WHERE id = \(id)
                """, logger: db.service.logger)
        }
    }

    /// Removes the installation and its connections.
    public func delete(tenant: UUID, id: UUID) async throws -> Bool {
        try await db.withTenant(tenant) { conn in
            var n = 0
            for try await _ in try await conn.query(
                "DELETE FROM runtime.installations WHERE id = \(id) RETURNING id", logger: db.service.logger)
            {
                n += 1
            }
            return n > 0
        }
    }
}
