import ConnectorSDK
import Foundation
import PostgresNIO

/// The read side: connectors, versions and their state.
struct CatalogStore: Sendable {
    let database: Database
    var logger: Logger { database.logger }

    struct Listing: Sendable {
        var name: String
        var title: String
        var summary: String
        var latestVersion: String?
        var categories: [String]
        var keywords: [String]
        var authType: String
        var downloads: Int64
        var deprecated: Bool
        var updatedAt: Date

        var json: JSONValue {
            [
                "name": .string(name), "title": .string(title), "summary": .string(summary),
                "latest_version": latestVersion.map(JSONValue.string) ?? .null, "categories": .array(categories.map(JSONValue.string)),
                "keywords": .array(keywords.map(JSONValue.string)), "auth_type": .string(authType), "downloads": .integer(Int(downloads)),
                "deprecated": .bool(deprecated), "updated_at": .string(ISO8601.format(updatedAt)),
            ]
        }
    }

    static let listingColumns = """
        c.name, c.title, c.summary, c.latest_version, c.categories, c.keywords, c.auth_type, c.downloads,
        c.deprecated_message IS NOT NULL, c.updated_at
        """

    static func listings(_ rows: PostgresRowSequence) async throws -> [Listing] {
        var out: [Listing] = []
        for try await row in rows { out.append(try listing(row.makeRandomAccess())) }
        return out
    }

    /// A listing from the first ten columns of a row selected with `listingColumns`.
    static func listing(_ r: PostgresRandomAccessRow) throws -> Listing {
        Listing(
            name: try r[0].decode(String.self), title: try r[1].decode(String.self), summary: try r[2].decode(String.self),
            latestVersion: try r[3].decode(String?.self), categories: try r[4].decode([String].self),
            keywords: try r[5].decode([String].self), authType: try r[6].decode(String.self), downloads: try r[7].decode(Int64.self),
            deprecated: try r[8].decode(Bool.self), updatedAt: try r[9].decode(Date.self))
    }

    struct VersionRow: Sendable {
        var version: String
        var digest: String
        var size: Int
        var keyID: String?
        var signature: String?
        var yanked: Bool
        var yankReason: String?
        var publishedAt: Date
        var downloads: Int64
    }

    static func versionRows(_ rows: PostgresRowSequence) async throws -> [VersionRow] {
        var out: [VersionRow] = []
        for try await (v, d, s, k, sig, y, r, p, dl) in rows.decode(
            (String, String, Int32, String?, String?, Bool, String?, Date, Int64).self)
        {
            out.append(
                VersionRow(
                    version: v, digest: d, size: Int(s), keyID: k, signature: sig, yanked: y, yankReason: r, publishedAt: p, downloads: dl))
        }
        return out
    }

    static let versionColumns: String = "version, digest, size, key_id, signature::text, yanked, yank_reason, published_at, downloads"

    struct Details: Sendable {
        var id: Int64
        var vendorID: Int64
        var listing: Listing
        var readme: String
        var homepage: String?
        var license: String?
        var deprecatedMessage: String?
        var replacement: String?
    }

    func connector(_ name: String) async throws -> Details? {
        let rows = try await database.client.query(
            """
            SELECT \(unescaped: Self.listingColumns),
                   c.id, c.vendor_id, c.readme, c.homepage, c.license, c.deprecated_message, c.replacement
            FROM connectors c WHERE c.name = \(name)
            """, logger: logger)
        for try await row in rows {
            let r = row.makeRandomAccess()
            return Details(
                id: try r[10].decode(Int64.self), vendorID: try r[11].decode(Int64.self), listing: try Self.listing(r),
                readme: try r[12].decode(String.self), homepage: try r[13].decode(String?.self), license: try r[14].decode(String?.self),
                deprecatedMessage: try r[15].decode(String?.self), replacement: try r[16].decode(String?.self))
        }
        return nil
    }

    func requireConnector(_ name: String) async throws -> Details {
        guard let d = try await connector(name) else { throw APIProblem.notFound("no connector \(name)") }
        return d
    }

    /// Every version, newest first by SemVer precedence.
    func versions(connectorID: Int64) async throws -> [VersionRow] {
        let rows = try await Self.versionRows(
            try await database.client.query(
                "SELECT \(unescaped: Self.versionColumns) FROM versions WHERE connector_id = \(connectorID)", logger: logger))
        return rows.sorted { a, b in
            guard let x = try? SemanticVersion(a.version), let y = try? SemanticVersion(b.version) else { return a.version > b.version }
            return x > y
        }
    }

    /// One version with its manifest.
    func version(connectorID: Int64, version: String) async throws -> (VersionRow, JSONValue, String)? {
        let rows = try await database.client.query(
            """
            SELECT \(unescaped: Self.versionColumns), manifest::text, readme FROM versions
            WHERE connector_id = \(connectorID) AND version = \(version)
            """, logger: logger)
        for try await (v, d, s, k, sig, y, r, p, dl, manifest, readme) in rows.decode(
            (String, String, Int32, String?, String?, Bool, String?, Date, Int64, String, String).self)
        {
            let row = VersionRow(
                version: v, digest: d, size: Int(s), keyID: k, signature: sig, yanked: y, yankReason: r, publishedAt: p, downloads: dl)
            return (row, (try? JSONValue.parse(manifest)) ?? .null, readme)
        }
        return nil
    }

    /// The archive bytes of a version.
    func archive(connectorID: Int64, version: String) async throws -> (id: Int64, bytes: ByteBuffer, digest: String, signature: String?)? {
        let rows = try await database.client.query(
            "SELECT id, archive, digest, signature::text FROM versions WHERE connector_id = \(connectorID) AND version = \(version)",
            logger: logger)
        for try await (id, bytes, digest, sig) in rows.decode((Int64, ByteBuffer, String, String?).self) {
            return (id, bytes, digest, sig)
        }
        return nil
    }
}

/// ISO 8601 timestamps in API bodies.
enum ISO8601 {
    static func format(_ date: Date) -> String { date.ISO8601Format() }
}
