import ConnectorSDK
import Foundation
import PostgresNIO

/// Yank, unyank, deprecate: each a state change with an audit row.
struct LifecycleStore: Sendable {
    let database: Database
    var logger: Logger { database.logger }

    func setYanked(connector: CatalogStore.Details, version: String, yanked: Bool, reason: String?, actor: Int64) async throws {
        try await database.transaction { conn in
            let rows = try await conn.query(
                """
                UPDATE versions SET yanked = \(yanked), yank_reason = \(yanked ? reason : nil)
                WHERE connector_id = \(connector.id) AND version = \(version) RETURNING id
                """, logger: logger)
            var found = false
            for try await _ in rows { found = true }
            guard found else { throw APIProblem.notFound("\(connector.listing.name) has no version \(version)") }
            try await LatestVersion.refresh(conn, logger: logger, connectorID: connector.id)
            try await AuditLog.record(
                conn, logger: logger, vendorID: connector.vendorID, actor: actor, action: yanked ? "version.yank" : "version.unyank",
                target: "\(connector.listing.name)@\(version)", detail: ["reason": reason.map(JSONValue.string) ?? .null])
        }
    }

    func setDeprecated(connector: CatalogStore.Details, message: String?, replacement: String?, actor: Int64) async throws {
        try await database.transaction { conn in
            try await conn.query(
                "UPDATE connectors SET deprecated_message = \(message), replacement = \(replacement) WHERE id = \(connector.id)",
                logger: logger)
            try await AuditLog.record(
                conn, logger: logger, vendorID: connector.vendorID, actor: actor,
                action: message == nil ? "connector.undeprecate" : "connector.deprecate", target: connector.listing.name,
                detail: ["message": message.map(JSONValue.string) ?? .null, "replacement": replacement.map(JSONValue.string) ?? .null])
        }
    }

    struct AuditEntry: Sendable {
        var action: String
        var target: String
        var actor: String?
        var detail: String
        var at: Date
    }

    func audit(vendorID: Int64, limit: Int) async throws -> [AuditEntry] {
        let rows = try await database.client.query(
            """
            SELECT a.action, a.target, t.public_id, a.detail::text, a.at FROM audit_log a LEFT JOIN tokens t ON t.id = a.actor
            WHERE a.vendor_id = \(vendorID) ORDER BY a.id DESC LIMIT \(limit)
            """, logger: logger)
        var out: [AuditEntry] = []
        for try await (action, target, actor, detail, at) in rows.decode((String, String, String?, String, Date).self) {
            out.append(AuditEntry(action: action, target: target, actor: actor, detail: detail, at: at))
        }
        return out
    }
}
