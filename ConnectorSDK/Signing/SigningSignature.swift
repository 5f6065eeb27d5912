import Foundation

/// A vendor's signature of one package: Ed25519 over the UTF-8 bytes of the package digest.
///
/// Stored as JSON beside the archive in `<archive>.sig`:
/// `{"algorithm": "ed25519", "digest": "sha256:…", "key_id": "ed25519:…", "signature": "<base64>"}`.
public struct PackageSignature: Codable, Sendable, Hashable {
    /// Always `ed25519`.
    public var algorithm: String
    /// The signing key's id (`ed25519:` and 16 hex digits).
    public var keyID: String
    /// The digest of the signed package (`sha256:` and 64 hex digits).
    public var digest: String
    /// The 64-byte Ed25519 signature, base64.
    public var signature: String

    private enum CodingKeys: String, CodingKey {
        case algorithm
        case keyID = "key_id"
        case digest
        case signature
    }

    /// The algorithm name this version writes and accepts.
    public static let ed25519 = "ed25519"

    /// A signature from its parts; `sign(digest:with:)` makes real ones.
    public init(algorithm: String = PackageSignature.ed25519, keyID: String, digest: String, signature: String) {
        self.algorithm = algorithm
        self.keyID = keyID
        self.digest = digest
        self.signature = signature
    }

    /// Signs a package digest (as `PackageArchive.digest(of:)` gives it) with a vendor's key.
    public static func sign(digest: String, with key: SigningKey) throws(SignatureError) -> PackageSignature {
        guard PackageArchive.isWellFormedDigest(digest) else {
            throw SignatureError.malformed("cannot sign \"\(digest)\": a package digest is sha256: and 64 hex digits")
        }
        let bytes: [UInt8]
        do {
            bytes = try key.signature(for: Array(digest.utf8))
        } catch {
            throw SignatureError.malformed("signing failed: \(error)")
        }
        return PackageSignature(keyID: key.keyID, digest: digest, signature: Data(bytes).base64EncodedString())
    }

    /// Checks that `signature` signs the package with digest `digest` and was made with `key`.
    ///
    /// Throws `malformed_signature` (not ed25519, not base64, not 64 bytes, digest not a digest),
    /// `digest_mismatch` (it signs another package), `key_mismatch` (another key made it) or
    /// `bad_signature` (the bytes do not verify).
    public static func verify(
        _ signature: PackageSignature, digest: String, key: VerifyingKey
    ) throws(SignatureError) {
        guard signature.algorithm == ed25519 else {
            throw SignatureError.malformed("algorithm \"\(signature.algorithm)\" is not \(ed25519)")
        }
        guard PackageArchive.isWellFormedDigest(signature.digest) else {
            throw SignatureError.malformed("\"\(signature.digest)\" is not a package digest")
        }
        guard let raw = Data(base64Encoded: signature.signature), raw.count == 64 else {
            throw SignatureError.malformed("the signature is not 64 bytes of base64")
        }
        guard signature.digest == digest else {
            throw SignatureError.digestMismatch(signed: signature.digest, expected: digest)
        }
        guard signature.keyID == key.keyID else {
            throw SignatureError.keyMismatch(signedBy: signature.keyID, expected: key.keyID)
        }
        guard key.isValidSignature([UInt8](raw), for: Array(signature.digest.utf8)) else {
            throw SignatureError.badSignature(keyID: key.keyID)
        }
    }

    /// Reads a `.sig` file's JSON.
    public init(json: [UInt8]) throws(SignatureError) {
        do {
            self = try JSONDecoder().decode(PackageSignature.self, from: Data(json))
        } catch {
            throw SignatureError.malformed("not a package signature file (JSON with algorithm, key_id, digest, signature)")
        }
    }

    /// The `.sig` file's JSON: pretty-printed, keys sorted, newline at the end.
    public func json() throws(SignatureError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return [UInt8](try encoder.encode(self)) + [UInt8(ascii: "\n")]
        } catch {
            throw SignatureError.malformed("cannot encode the signature: \(error)")
        }
    }

    /// The signature file's name for an archive file name: `<archive>.sig`.
    public static func fileName(forArchive archive: String) -> String { archive + ".sig" }
}
