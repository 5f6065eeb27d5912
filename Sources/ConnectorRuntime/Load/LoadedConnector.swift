import ConnectorSDK

/// A verified, compiled connector package: what the runtime runs operations with. Immutable and
/// shared by every run of the same digest.
public struct LoadedConnector: Sendable {
    /// `vendor/name`.
    public let name: String
    public let version: String
    public let digest: String
    /// The key that signed it.
    public let keyID: String
    public let connector: CompiledConnector

    /// The choice this package satisfies, as a resolution (for lock files and installation rows).
    public var resolution: Resolution {
        Resolution(name: name, version: version, digest: digest, keyID: keyID, signature: nil)
    }
}
