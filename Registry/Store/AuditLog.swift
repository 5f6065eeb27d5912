import ConnectorSDK
import PostgresNIO

/// Every change of state leaves a row here, readable by the vendor.
enum AuditLog {
    static func record(
        _ conn: PostgresConnection, logger: Logger, vendorID: Int64?, actor: Int64?, action: String, target: String,
        detail: JSONValue = .object([:])
    ) async throws {
        try await conn.query(
            """
            INSERT INTO audit_log (vendor_id, actor, action, target, detail)
            VALUES (\(vendorID), \(actor), \(action), \(target), \(detail.jsonText())::jsonb)
            """, logger: logger)
    }
}
