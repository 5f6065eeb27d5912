import Crypto
import Foundation
import Logging
import PostgresNIO

/// One SQL migration file.
public struct Migration: Sendable {
    /// `0001_registry` (the file name without `.sql`); applied in name order.
    public var name: String
    public var sql: String
    /// `sha256:<hex>` of the file's bytes.
    public var checksum: String { "sha256:" + SHA256.hash(data: Data(sql.utf8)).map { String(format: "%02x", $0) }.joined() }

    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }

    /// The `.sql` files of a folder (a target's `Migrations` resource), in name order.
    public static func load(folder dir: URL) throws(DatabaseError) -> [Migration] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
            throw DatabaseError.configuration("the migrations folder \(dir.path) cannot be read")
        }
        return names.filter { $0.hasSuffix(".sql") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) else { return nil }
            return Migration(name: String(name.dropLast(4)), sql: String(decoding: data, as: UTF8.self))
        }
    }
}

/// Applies migrations: ordered files, a migrations table with checksums, all in one transaction
/// under an advisory lock, so two servers starting at once are safe.
public struct Migrator: Sendable {
    /// Advisory lock key ("junction" in ASCII).
    static let lockKey: Int64 = 0x6A75_6E63_7469_6F6E

    public let database: Database

    /// The table that records applied migrations (one per component sharing a database).
    public let table: String

    public init(database: Database, table: String = "schema_migrations") {
        self.database = database
        self.table = table
    }

    /// Applies what is pending and returns the names applied. A changed, already-applied migration
    /// is refused and nothing is applied.
    @discardableResult
    public func migrate(_ migrations: [Migration]) async throws -> [String] {
        let logger = database.logger
        return try await database.transaction { conn in
            try await conn.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
            try await conn.query(
                """
                CREATE TABLE IF NOT EXISTS \(unescaped: table) (
                    name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var applied: [String: String] = [:]
            for try await (name, checksum) in try await conn.query(
                PostgresQuery(unsafeSQL: "SELECT name, checksum FROM \(table)"), logger: logger
            )
            .decode((String, String).self) {
                applied[name] = checksum
            }
            var done: [String] = []
            for m in migrations {
                if let checksum = applied[m.name] {
                    guard checksum == m.checksum else {
                        throw DatabaseError.configuration(
                            "migration \(m.name) was changed after it was applied (database has \(checksum), file has \(m.checksum)); "
                                + "add a new migration instead of editing an applied one")
                    }
                    continue
                }
                for statement in SQLScript.statements(m.sql) {
                    try await conn.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await conn.query(
                    PostgresQuery(
                        unsafeSQL: "INSERT INTO \(table) (name, checksum) VALUES ($1, $2)", binds: Self.binds(m.name, m.checksum)),
                    logger: logger)
                logger.info("applied migration", metadata: ["migration": .string(m.name)])
                done.append(m.name)
            }
            return done
        }
    }

    static func binds(_ values: String...) -> PostgresBindings {
        var b = PostgresBindings()
        for v in values { b.append(v) }
        return b
    }
}
