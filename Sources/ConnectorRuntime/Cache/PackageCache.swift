import ConnectorSDK
import Foundation

/// Verified package archives on disk, addressed by digest: `<root>/packages/<hex>.zip` with its
/// signature beside it as `<hex>.zip.sig`.
///
/// Only bytes that were checked are stored, each file is written atomically, and a read checks the
/// digest again, so a file changed on disk is refused rather than loaded.
public struct PackageCache: Sendable {
    /// The cache's root folder.
    public let root: String

    /// Opens (and creates) the cache under `root`.
    public init(root: String) throws(RuntimeError) {
        self.root = root
        try AtomicFile.makeDirectory(root + "/packages")
    }

    /// Where the archive with `digest` lives.
    public func archivePath(_ digest: String) -> String { "\(root)/packages/\(Self.hex(digest)).zip" }
    func signaturePath(_ digest: String) -> String { archivePath(digest) + ".sig" }

    /// The archive with `digest`, or nil when it is not cached. Throws `cache_corrupt` when the
    /// file's bytes no longer have that digest (the file is left for the operator to inspect).
    public func archive(_ digest: String) throws(RuntimeError) -> [UInt8]? {
        let path = archivePath(digest)
        guard let bytes = try AtomicFile.read(path) else { return nil }
        let actual = PackageArchive.digest(of: bytes)
        guard actual == digest else {
            throw RuntimeError.cacheCorrupt(
                "the cached archive \(path) should have digest \(digest) but has \(actual); it was changed on disk. "
                    + "Delete it and the runtime will download the package again")
        }
        return bytes
    }

    /// The cached signature of the archive with `digest`, when there is one.
    public func signature(_ digest: String) throws(RuntimeError) -> PackageSignature? {
        guard let bytes = try AtomicFile.read(signaturePath(digest)) else { return nil }
        do {
            return try PackageSignature(json: bytes)
        } catch {
            throw RuntimeError.cacheCorrupt("the cached signature \(signaturePath(digest)) is not a signature file: \(error.message)")
        }
    }

    /// Stores bytes the caller verified, with their signature (bytes without that digest are refused).
    /// The signature goes first, so an archive on disk always has its signature beside it.
    public func store(_ bytes: [UInt8], digest: String, signature: PackageSignature) throws(RuntimeError) {
        guard PackageArchive.digest(of: bytes) == digest else {
            throw RuntimeError.digestMismatch("refusing to cache bytes that do not have digest \(digest)")
        }
        let signatureBytes: [UInt8]
        do {
            signatureBytes = try signature.json()
        } catch {
            throw RuntimeError.cacheUnwritable("cannot encode the signature of \(digest): \(error.message)")
        }
        try AtomicFile.write(signatureBytes, to: signaturePath(digest))
        try AtomicFile.write(bytes, to: archivePath(digest))
    }

    static func hex(_ digest: String) -> String {
        String(digest.hasPrefix("sha256:") ? digest.dropFirst(7) : Substring(digest))
    }
}
