import ConnectorSDK
import Foundation

/// Follows the registry's choice for each reference in use. Ranges are polled with `If-None-Match`
/// (a 304 costs the registry almost nothing), so a newly published version is picked up without a
/// restart; exact pins are resolved once and never polled.
public actor RangeTracker {
    public let source: RegistrySource
    struct Tracked {
        var resolution: Resolution
        var etag: String?
    }
    var tracked: [ConnectorReference: Tracked] = [:]

    public init(source: RegistrySource) { self.source = source }

    /// The current choice for `reference` (resolved now when it is not tracked yet).
    public func current(_ reference: ConnectorReference) async throws(RuntimeError) -> Resolution {
        if let t = tracked[reference] { return t.resolution }
        guard case .resolved(let r, let etag) = try await source.resolve(reference) else {
            throw RuntimeError.registryError("the registry answered 304 to an unconditional resolve")
        }
        tracked[reference] = Tracked(resolution: r, etag: etag)
        return r
    }

    /// Asks the registry again about every tracked range; returns the references whose choice changed.
    @discardableResult
    public func poll() async -> [ConnectorReference] {
        var changed: [ConnectorReference] = []
        for (reference, t) in tracked where !reference.isExactPin {
            guard let answer = try? await source.resolve(reference, etag: t.etag) else { continue }
            if case .resolved(let r, let etag) = answer {
                tracked[reference] = Tracked(resolution: r, etag: etag)
                if r.digest != t.resolution.digest { changed.append(reference) }
            }
        }
        return changed
    }

    /// Polls every `interval` until the task is cancelled.
    public func run(every interval: Duration) async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            await poll()
        }
    }
}
