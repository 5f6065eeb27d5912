import Foundation
import Logging
import PostgresNIO
import PostgresSupport

/// The runtime's PostgreSQL: `service` connects as `junction_runtime` (a role that owns no table,
/// so row-level security always applies); tenant work runs in `withTenant`, which scopes the
/// transaction to one tenant.
public struct RuntimeDatabase: Sendable {
    /// Connected as the service role.
    public let service: Database

    public init(service: Database) { self.service = service }

    /// The service role's name.
    public static let serviceRole = "junction_runtime"

    /// The runtime's migrations, shipped as resources.
    public static func migrations() throws(DatabaseError) -> [Migration] {
        guard let dir = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
            throw DatabaseError.configuration("the runtime's migrations are missing from the build")
        }
        return try Migration.load(folder: dir)
    }

    /// Applies the runtime's migrations as the database owner (`admin`) and sets the service role's
    /// password (needed when the server asks for one; the embedded server trusts loopback).
    public static func migrate(admin: Database, servicePassword: String?) async throws {
        try await Migrator(database: admin, table: "runtime_schema_migrations").migrate(try migrations())
        if let servicePassword {
            guard servicePassword.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw DatabaseError.configuration("the runtime role's password may use letters, digits, - and _ only")
            }
            try await admin.client.query(
                PostgresQuery(unsafeSQL: "ALTER ROLE \(serviceRole) PASSWORD '\(servicePassword)'"), logger: admin.logger)
        }
    }

    /// The service role's URL: `adminURL` with the user and password replaced.
    public static func serviceURL(adminURL: String, password: String?) -> String? {
        guard let u = DatabaseURL(adminURL) else { return nil }
        let pw = password.map { ":\($0)" } ?? ""
        return "postgres://\(serviceRole)\(pw)@\(u.host):\(u.port)/\(u.database)"
    }

    /// Runs `body` in a transaction that sees only `tenant`'s rows.
    public func withTenant<T: Sendable>(_ tenant: UUID, _ body: (PostgresConnection) async throws -> sending T) async throws -> T {
        try await service.transaction { conn in
            try await conn.query("SELECT set_config('junction.tenant_id', \(tenant.uuidString), true)", logger: service.logger)
            return try await body(conn)
        }
    }
}
