import ConnectorSDK
import Foundation

/// Turns a resolution into a running connector: from memory when this digest was loaded before,
/// else from the on-disk cache, else from the registry. Bytes are verified (digest, then the
/// vendor's pinned signature key) before they are cached or read, and each digest is compiled once;
/// concurrent loads of one digest share the work.
public actor ConnectorLoader {
    public let source: RegistrySource
    public let cache: PackageCache
    public let pins: KeyPins
    /// Plain-http hosts allowed in manifests (development and tests).
    public let allowHTTP: Bool
    var loaded: [String: LoadedConnector] = [:]
    var inFlight: [String: Task<LoadedConnector, any Error>] = [:]

    public init(source: RegistrySource, cache: PackageCache, pins: KeyPins, allowHTTP: Bool = false) {
        self.source = source
        self.cache = cache
        self.pins = pins
        self.allowHTTP = allowHTTP
    }

    /// The compiled connector for `resolution`.
    public func load(_ resolution: Resolution) async throws(RuntimeError) -> LoadedConnector {
        if let hit = loaded[resolution.digest] { return hit }
        let task: Task<LoadedConnector, any Error>
        if let running = inFlight[resolution.digest] {
            task = running
        } else {
            task = Task { [source, cache, pins, allowHTTP] in
                try await Self.fetchAndCompile(resolution, source: source, cache: cache, pins: pins, allowHTTP: allowHTTP)
            }
            inFlight[resolution.digest] = task
        }
        do {
            let result = try await task.value
            loaded[resolution.digest] = result
            inFlight[resolution.digest] = nil
            return result
        } catch {
            inFlight[resolution.digest] = nil
            throw (error as? RuntimeError) ?? RuntimeError.registryError("\(error)")
        }
    }

    /// Forgets compiled connectors no longer needed (all but `keep`).
    public func evict(keeping keep: Set<String>) {
        loaded = loaded.filter { keep.contains($0.key) }
    }

    /// Number of compiled connectors held in memory.
    public var loadedCount: Int { loaded.count }

    static func fetchAndCompile(
        _ resolution: Resolution, source: RegistrySource, cache: PackageCache, pins: KeyPins, allowHTTP: Bool
    ) async throws(RuntimeError) -> LoadedConnector {
        let vendor = String(resolution.name.split(separator: "/").first ?? "")
        let bytes: [UInt8]
        let signature: PackageSignature?
        var pinned = try pins.pinned(vendor)
        if let cached = try cache.archive(resolution.digest) {
            bytes = cached
            signature = try cache.signature(resolution.digest) ?? resolution.signature
            if pinned.isEmpty, let signature {
                // A cache filled by another runtime whose pins live elsewhere: pin from the registry now.
                pinned = try await pinFirstUse(signature, vendor: vendor, name: resolution.name, source: source, pins: pins)
            }
            try PackageVerifier.verify(
                bytes: bytes, expectedDigest: resolution.digest, signature: signature, pinned: pinned, name: resolution.name,
                vendor: vendor)
        } else {
            var answer = resolution
            if answer.signature == nil {
                // A lock file carries no signature: ask the registry for this exact version's.
                let exact = try ConnectorReference("\(resolution.name)@\(resolution.version)")
                if case .resolved(let r, _) = try await source.resolve(exact), r.digest == resolution.digest {
                    answer.signature = r.signature
                }
            }
            signature = answer.signature
            bytes = try await source.download(resolution)
            if pinned.isEmpty, let signature {
                pinned = try await pinFirstUse(signature, vendor: vendor, name: resolution.name, source: source, pins: pins)
            }
            try PackageVerifier.verify(
                bytes: bytes, expectedDigest: resolution.digest, signature: signature, pinned: pinned, name: resolution.name,
                vendor: vendor)
            if let signature { try cache.store(bytes, digest: resolution.digest, signature: signature) }
        }
        let connector = try compile(bytes, name: resolution.name, allowHTTP: allowHTTP)
        guard connector.manifest.version == resolution.version else {
            throw RuntimeError.packageInvalid(
                "the package for \(resolution.name)@\(resolution.version) declares version \(connector.manifest.version)")
        }
        return LoadedConnector(
            name: resolution.name, version: resolution.version, digest: resolution.digest, keyID: signature?.keyID ?? "",
            connector: connector)
    }

    /// First use of a vendor: takes the key that signed the package from the registry and pins it
    /// (another process may pin first; its pins are returned then).
    static func pinFirstUse(_ signature: PackageSignature, vendor: String, name: String, source: RegistrySource, pins: KeyPins)
        async throws(RuntimeError) -> [String: VerifyingKey]
    {
        let keys = try await source.vendorKeys(vendor)
        guard let key = keys[signature.keyID] else {
            throw RuntimeError.keyUnknown(
                "\(name) is signed by \(signature.keyID), which is not an active key of vendor \(vendor) on the registry")
        }
        return try pins.pinFirst(key, vendor: vendor)
    }

    /// Reads the archive and compiles the manifest, templates and adapters.
    static func compile(_ bytes: [UInt8], name: String, allowHTTP: Bool) throws(RuntimeError) -> CompiledConnector {
        let archive: PackageArchive
        do {
            archive = try PackageArchive(bytes: bytes)
        } catch {
            throw RuntimeError.packageInvalid("\(name): \(error.message)")
        }
        let report = ConnectorValidator.validate(PackageFiles(archive: archive), options: ValidationOptions(allowHTTP: allowHTTP))
        guard let connector = report.connector else {
            let first = report.problems.first.map(\.description) ?? "unknown problem"
            throw RuntimeError.packageInvalid("\(name) does not compile (\(report.problems.count) problem(s)); first: \(first)")
        }
        guard connector.manifest.name == name else {
            throw RuntimeError.packageInvalid("the package for \(name) declares itself as \(connector.manifest.name)")
        }
        return connector
    }
}
