import ConnectorSDK
import Dataway
import Foundation

/// Checks an uploaded package before anything is stored: the archive rules, the manifest and every
/// adapter, the package's own tests in the Dataway sandbox, the namespace and the signature.
struct PublishPipeline: Sendable {
    /// Accept packages without a signature (operators of private registries may allow it).
    var allowUnsigned: Bool
    /// Connectors may call plain http on localhost (development registries).
    var allowLocalHTTP = false
    /// Sandbox limits for the package's tests.
    var limits: Limits = Limits(steps: 2_000_000, memory: 32 << 20, callDepth: 100, maxSize: 4 << 20, output: 64 << 10, time: 1)

    /// A package that passed every check.
    struct Checked: Sendable {
        var bytes: [UInt8]
        var archive: PackageArchive
        var manifest: Manifest
        var version: SemanticVersion
        var readme: String
        var manifestJSON: JSONValue
        var signature: PackageSignature?
    }

    /// Runs every check; `keys` finds an active signing key by vendor name and key id.
    func check(
        bytes: [UInt8], signatureHeader: String?, principal: Principal,
        keys: (_ vendor: String, _ keyID: String) async throws -> VerifyingKey?
    )
        async throws -> Checked
    {
        let archive: PackageArchive
        do {
            archive = try PackageArchive(bytes: bytes)
        } catch {
            throw APIProblem.badRequest("invalid_archive", "\(error.code): \(error.message)")
        }
        let files = PackageFiles(archive: archive)
        let report = ConnectorValidator.validate(files, options: ValidationOptions(allowHTTP: allowLocalHTTP))
        guard let connector = report.connector, let manifest = report.manifest else {
            var p = APIProblem.unprocessable(
                "invalid_package",
                "the package has \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s"); run junction connector validate")
            p.problems = report.problems
            throw p
        }
        try principal.require(.publish, vendor: manifest.vendor)
        let tests = TestRunner.run(connector, files: files, limits: limits)
        if !tests.isSuccess {
            var p = APIProblem.unprocessable(
                "tests_failed", "\(tests.failed) of the package's \(tests.results.count) tests fail; run junction connector test")
            p.problems = tests.problems
            p.failures = tests.results.filter { !$0.passed }.map {
                ["name": .string($0.name), "file": .string($0.file), "failure": .string($0.failure ?? "")]
            }
            throw p
        }
        var signature: PackageSignature?
        if let header = signatureHeader, !header.isEmpty {
            guard let json = Data(base64Encoded: header) else {
                throw APIProblem.badRequest("bad_signature", "the Junction-Signature header is not base64 of a signature file")
            }
            let sig: PackageSignature
            do {
                sig = try PackageSignature(json: [UInt8](json))
            } catch {
                throw APIProblem.badRequest("bad_signature", error.message)
            }
            guard let key = try await keys(manifest.vendor, sig.keyID) else {
                throw APIProblem.forbidden(
                    "unknown_key", "key \(sig.keyID) is not an active signing key of vendor \"\(manifest.vendor)\"; register it first")
            }
            do {
                try PackageSignature.verify(sig, digest: archive.digest, key: key)
            } catch {
                throw APIProblem.badRequest("bad_signature", "\(error.code): \(error.message)")
            }
            signature = sig
        } else if !allowUnsigned {
            throw APIProblem.badRequest(
                "signature_required", "this registry only takes signed packages: send the .sig file base64-encoded in Junction-Signature")
        }
        let version: SemanticVersion
        do {
            version = try SemanticVersion(manifest.version)
        } catch {
            throw APIProblem.unprocessable("invalid_package", error.message)
        }
        let manifestJSON = report.document ?? .null
        return Checked(
            bytes: bytes, archive: archive, manifest: manifest, version: version, readme: files.text("README.md") ?? "",
            manifestJSON: manifestJSON,
            signature: signature)
    }
}
