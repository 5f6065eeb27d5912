import NIOCore

/// Archives by `vendor/name@version`, kept in memory: published versions are immutable, so a download
/// rarely touches PostgreSQL. Least recently used entries go first once the byte budget is spent.
actor PackageCache {
    struct Entry: Sendable {
        var versionID: Int64
        var digest: String
        var signature: String?
        var bytes: ByteBuffer
    }

    private var entries: [String: (entry: Entry, lastUse: UInt64)] = [:]
    private var total = 0
    private var clock: UInt64 = 0
    let budget: Int

    init(budget: Int = 64 << 20) { self.budget = budget }

    func get(_ key: String) -> Entry? {
        guard let e = entries[key] else { return nil }
        clock += 1
        entries[key] = (e.entry, clock)
        return e.entry
    }

    func put(_ key: String, _ entry: Entry) {
        guard entry.bytes.readableBytes <= budget / 4, entries[key] == nil else { return }
        clock += 1
        entries[key] = (entry, clock)
        total += entry.bytes.readableBytes
        while total > budget, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            total -= oldest.value.entry.bytes.readableBytes
            entries[oldest.key] = nil
        }
    }
}

/// Download counts, added up in memory and written in batches so a download costs no write.
actor DownloadCounter {
    private var pending: [Int64: Int64] = [:]

    func count(versionID: Int64) { pending[versionID, default: 0] += 1 }

    /// Takes the counts gathered so far.
    func drain() -> [Int64: Int64] {
        defer { pending = [:] }
        return pending
    }

    /// Writes counts to PostgreSQL; on failure they are put back for the next flush.
    func flush(_ database: Database) async {
        let batch = drain()
        guard !batch.isEmpty else { return }
        do {
            try await database.transaction { conn in
                for (id, n) in batch {
                    try await conn.query("UPDATE versions SET downloads = downloads + \(n) WHERE id = \(id)", logger: database.logger)
                    try await conn.query(
                        "UPDATE connectors SET downloads = downloads + \(n) WHERE id = (SELECT connector_id FROM versions WHERE id = \(id))",
                        logger: database.logger)
                }
            }
        } catch {
            for (id, n) in batch { pending[id, default: 0] += n }
            database.logger.warning("download counts not written yet", metadata: ["error": "\(error)"])
        }
    }
}
