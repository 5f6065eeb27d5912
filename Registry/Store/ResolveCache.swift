import ConnectorSDK
import Foundation

/// A connector's versions for resolution, kept for a second: resolve is the hottest read, and a
/// publish or yank in this process drops the entry at once (other registry processes see it within the second).
actor ResolveCache {
    struct Candidate: Sendable {
        var version: SemanticVersion
        var digest: String
        var keyID: String?
        var signature: String?
        var yanked: Bool
    }

    struct Entry: Sendable {
        var candidates: [Candidate]
        var fetched: ContinuousClock.Instant
    }

    private var entries: [String: Entry] = [:]
    let lifetime: Duration = .seconds(1)

    func get(_ name: String) -> Entry? {
        guard let e = entries[name], ContinuousClock.now - e.fetched < lifetime else { return nil }
        return e
    }

    func put(_ name: String, _ entry: Entry) {
        if entries.count > 10_000 { entries.removeAll(keepingCapacity: true) }
        entries[name] = entry
    }

    func invalidate(_ name: String) { entries[name] = nil }
}
