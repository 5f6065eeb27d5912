import ConnectorSDK
import Foundation
import PostgresNIO

/// Full-text search over title, summary, keywords and README, with prefix matching on names.
struct SearchStore: Sendable {
    let database: Database
    var logger: Logger { database.logger }

    struct Query: Sendable {
        var text: String = ""
        var category: String?
        var auth: String?
        var page: Int = 1
        var perPage: Int = 20
    }

    /// `word1:* & word2:*` from the words of `text` (letters and digits only, so it always parses).
    static func prefixQuery(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.prefix(8).map { "\($0):*" }.joined(separator: " & ")
    }

    func search(_ q: Query) async throws -> (total: Int, results: [CatalogStore.Listing]) {
        let text = q.text.trimmingCharacters(in: .whitespaces)
        let prefix = Self.prefixQuery(text)
        let namePrefix = text.lowercased().replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "\\_") + "%"
        let hasText = !prefix.isEmpty
        let offset = (max(q.page, 1) - 1) * q.perPage
        let filter: PostgresQuery = """
            FROM connectors c
            WHERE (NOT \(hasText) OR c.search @@ websearch_to_tsquery('english', \(text)) OR c.search @@ to_tsquery('simple', \(prefix))
                   OR c.name LIKE \(namePrefix) OR c.short_name LIKE \(namePrefix))
              AND (\(q.category)::text IS NULL OR \(q.category) = ANY(c.categories))
              AND (\(q.auth)::text IS NULL OR c.auth_type = \(q.auth))
            """
        var total = 0
        let countQuery = PostgresQuery(unsafeSQL: "SELECT count(*) " + filter.sql, binds: filter.binds)
        for try await (n) in try await database.client.query(countQuery, logger: logger).decode(Int64.self) { total = Int(n) }
        let order = """
             ORDER BY (c.short_name LIKE $\(filter.binds.count + 1) OR c.name LIKE $\(filter.binds.count + 1)) DESC,
                      ts_rank_cd(c.search, websearch_to_tsquery('english', $\(filter.binds.count + 2)) || to_tsquery('simple', $\(filter.binds.count + 3))) DESC,
                      c.downloads DESC, c.name
             LIMIT \(q.perPage) OFFSET \(offset)
            """
        var binds = filter.binds
        binds.append(namePrefix)
        binds.append(text)
        binds.append(prefix.isEmpty ? "x" : prefix)
        let listQuery = PostgresQuery(unsafeSQL: "SELECT \(CatalogStore.listingColumns) " + filter.sql + order, binds: binds)
        let results = try await CatalogStore.listings(try await database.client.query(listQuery, logger: logger))
        return (total, results)
    }

    /// The home page's lists.
    func recent(limit: Int) async throws -> [CatalogStore.Listing] {
        try await CatalogStore.listings(
            try await database.client.query(
                "SELECT \(unescaped: CatalogStore.listingColumns) FROM connectors c ORDER BY c.updated_at DESC LIMIT \(limit)",
                logger: logger))
    }

    func popular(limit: Int) async throws -> [CatalogStore.Listing] {
        try await CatalogStore.listings(
            try await database.client.query(
                "SELECT \(unescaped: CatalogStore.listingColumns) FROM connectors c ORDER BY c.downloads DESC, c.name LIMIT \(limit)",
                logger: logger))
    }

    func counts() async throws -> (connectors: Int, vendors: Int) {
        for try await (c, v) in try await database.client.query(
            "SELECT (SELECT count(*) FROM connectors), (SELECT count(*) FROM vendors)", logger: logger
        ).decode((Int64, Int64).self) {
            return (Int(c), Int(v))
        }
        return (0, 0)
    }
}
