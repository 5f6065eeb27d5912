import ConnectorSDK
import Foundation
import PostgresNIO

/// Stores a checked package: one transaction for all rows, serialized per connector.
struct PublishStore: Sendable {
    let database: Database
    var logger: Logger { database.logger }

    enum Outcome: Sendable, Equatable {
        case published
        case unchanged
    }

    func publish(_ p: PublishPipeline.Checked, vendorID: Int64, actor: Int64?) async throws -> Outcome {
        let m = p.manifest
        return try await database.transaction { conn in
            try await conn.query(
                """
                INSERT INTO connectors (vendor_id, name, short_name, title, summary, auth_type)
                VALUES (\(vendorID), \(m.name), \(m.connectorName), \(m.title), \(m.summary), \(m.auth.type))
                ON CONFLICT (name) DO NOTHING
                """, logger: logger)
            var connectorID: Int64 = 0
            for try await (id, owner) in try await conn.query(
                "SELECT id, vendor_id FROM connectors WHERE name = \(m.name) FOR UPDATE", logger: logger
            ).decode((Int64, Int64).self) {
                guard owner == vendorID else { throw APIProblem.forbidden("wrong_namespace", "\(m.name) belongs to another vendor") }
                connectorID = id
            }
            for try await (digest) in try await conn.query(
                "SELECT digest FROM versions WHERE connector_id = \(connectorID) AND version = \(m.version)", logger: logger
            ).decode(String.self) {
                if digest == p.archive.digest { return .unchanged }
                throw APIProblem.conflict(
                    "version_exists",
                    "\(m.name) \(m.version) is already published with different contents (\(digest)); versions are immutable, publish a new version"
                )
            }
            let archive = ByteBuffer(bytes: p.bytes)
            let signatureJSON = try p.signature.map { String(decoding: try $0.json(), as: UTF8.self) }
            let prerelease = p.version.prerelease.joined(separator: ".")
            try await conn.query(
                """
                INSERT INTO versions (connector_id, version, major, minor, patch, prerelease, manifest, readme, digest, size, archive,
                                      signature, key_id, published_by)
                VALUES (\(connectorID), \(m.version), \(Int64(p.version.major)), \(Int64(p.version.minor)), \(Int64(p.version.patch)),
                        \(prerelease), \(p.manifestJSON.jsonText())::jsonb, \(p.readme), \(p.archive.digest), \(p.archive.size),
                        \(archive), \(signatureJSON)::jsonb, \(p.signature?.keyID), \(actor))
                """, logger: logger)
            try await LatestVersion.refresh(conn, logger: logger, connectorID: connectorID)
            try await AuditLog.record(
                conn, logger: logger, vendorID: vendorID, actor: actor, action: "version.publish", target: "\(m.name)@\(m.version)",
                detail: ["digest": .string(p.archive.digest), "key_id": p.signature.map { .string($0.keyID) } ?? .null])
            return .published
        }
    }
}

/// Keeps a connector's listing (title, summary, search text, latest version) in step with its best
/// version: the highest release that is not yanked, or the highest pre-release when there is no release.
enum LatestVersion {
    static func refresh(_ conn: PostgresConnection, logger: Logger, connectorID: Int64) async throws {
        var versions: [(SemanticVersion, Bool)] = []
        for try await (text, yanked) in try await conn.query(
            "SELECT version, yanked FROM versions WHERE connector_id = \(connectorID)", logger: logger
        ).decode((String, Bool).self) {
            if let v = SemanticVersion(text) { versions.append((v, yanked)) }
        }
        let live = versions.filter { !$0.1 }.map(\.0)
        let best = live.filter { !$0.isPrerelease }.max() ?? live.max() ?? versions.map(\.0).max()
        guard let best else { return }
        try await conn.query(
            """
            UPDATE connectors c SET
                latest_version = v.version,
                title = v.manifest->>'title',
                summary = v.manifest->>'summary',
                readme = v.readme,
                categories = COALESCE(ARRAY(SELECT jsonb_array_elements_text(v.manifest->'categories')), '{}'),
                keywords = COALESCE(ARRAY(SELECT jsonb_array_elements_text(v.manifest->'keywords')), '{}'),
                homepage = v.manifest->>'homepage',
                license = v.manifest->>'license',
                auth_type = v.manifest->'auth'->>'type',
                updated_at = now(),
                search =
                    setweight(to_tsvector('simple', c.name || ' ' || replace(c.short_name, '-', ' ')), 'A') ||
                    setweight(to_tsvector('english', coalesce(v.manifest->>'title', '')), 'A') ||
                    setweight(to_tsvector('english', coalesce((SELECT string_agg(k, ' ') FROM jsonb_array_elements_text(v.manifest->'keywords') k), '')), 'B') ||
                    setweight(to_tsvector('english', coalesce(v.manifest->>'summary', '')), 'B') ||
                    setweight(to_tsvector('english', v.readme), 'D')
            FROM versions v
            WHERE c.id = \(connectorID) AND v.connector_id = c.id AND v.version = \(best.description)
            """, logger: logger)
    }
}
