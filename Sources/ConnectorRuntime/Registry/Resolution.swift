import ConnectorSDK

/// The registry's answer to "which version of this connector for this range": the version, the
/// digest of its archive and the vendor's signature over that digest.
public struct Resolution: Sendable, Equatable, Codable {
    /// `vendor/name`.
    public var name: String
    public var version: String
    /// `sha256:<hex>` of the archive.
    public var digest: String
    /// The id of the key that signed it.
    public var keyID: String?
    public var signature: PackageSignature?

    public init(name: String, version: String, digest: String, keyID: String?, signature: PackageSignature?) {
        self.name = name
        self.version = version
        self.digest = digest
        self.keyID = keyID
        self.signature = signature
    }

    enum CodingKeys: String, CodingKey {
        case name, version, digest, signature
        case keyID = "key_id"
    }
}
