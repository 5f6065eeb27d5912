import ConnectorSDK

/// The checks every package passes before anything in it is read: its bytes have the digest the
/// registry (or the lock file) named, and the signature over that digest verifies with a key pinned
/// for the vendor. Pure: the caller supplies the bytes, the signature and the pinned keys.
enum PackageVerifier {
    static func verify(
        bytes: [UInt8], expectedDigest: String, signature: PackageSignature?, pinned: [String: VerifyingKey], name: String, vendor: String
    ) throws(RuntimeError) {
        let actual = PackageArchive.digest(of: bytes)
        guard actual == expectedDigest else {
            throw RuntimeError.digestMismatch(
                "\(name): the archive's digest is \(actual) but \(expectedDigest) was expected; the bytes were changed in transit or on the registry"
            )
        }
        guard let signature else {
            throw RuntimeError.signatureMissing("\(name) has no signature; the runtime loads signed packages only")
        }
        guard let key = pinned[signature.keyID] else {
            let pins = pinned.keys.sorted().joined(separator: ", ")
            throw RuntimeError.keyChanged(
                "\(name) is signed by \(signature.keyID), but vendor \(vendor) is pinned to \(pins); "
                    + "if the vendor really rotated its key, trust the new one with `junction runtime trust \(vendor) <public key>`")
        }
        do {
            try PackageSignature.verify(signature, digest: expectedDigest, key: key)
        } catch {
            throw RuntimeError.signatureInvalid("\(name): the signature does not verify (\(error.code)): \(error.message)")
        }
    }
}
