import ArgumentParser
import ConnectorSDK
import Foundation

struct PackConnector: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack", abstract: "Validate, test and pack a connector into a deterministic archive.")

    @OptionGroup var options: FolderOptions

    @Option(name: .shortAndLong, help: "The archive to write (default: VENDOR-NAME-VERSION.zip in the current folder).")
    var output: String?

    @Flag(help: "Pack even when the package's tests fail.")
    var skipTests = false

    func run() throws {
        let (manifest, bytes, fileCount) = try PackageBuild.build(
            folder: options.folder, allowHTTP: options.allowHTTP, runTests: !skipTests, outcome: "not packed",
            testsHint: " (--skip-tests packs anyway)")
        let path = output ?? "\(manifest.vendor)-\(manifest.connectorName)-\(manifest.version).zip"
        try Files.writeAtomically(bytes, to: path)
        let digest = PackageArchive.digest(of: bytes)
        if options.json {
            print(
                Output.json([
                    "archive": .string(path), "digest": .string(digest), "size": .integer(bytes.count),
                    "files": .integer(fileCount),
                ]))
        } else {
            print("Packed \(manifest.name) \(manifest.version) into \(path) (\(bytes.count) bytes, \(fileCount) files)")
            print("digest \(digest)")
        }
    }
}

struct SignPackage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign", abstract: "Write a detached Ed25519 signature (ARCHIVE.sig) over the package digest.")

    @Argument(help: "The package archive.")
    var archive: String

    @Option(help: "The private key file (from junction keys generate).")
    var key: String

    @Option(name: .shortAndLong, help: "The signature file to write (default: ARCHIVE.sig).")
    var output: String?

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    func run() throws {
        let package = try Files.readArchive(archive)
        let signingKey: SigningKey
        do {
            signingKey = try SigningKey.readPrivateKey(from: key)
        } catch {
            throw CommandFailure.usage(error.message)
        }
        let signature: PackageSignature
        let json: [UInt8]
        do {
            signature = try PackageSignature.sign(digest: package.digest, with: signingKey)
            json = try signature.json()
        } catch {
            throw CommandFailure.problem(error.message)
        }
        let path = output ?? PackageSignature.fileName(forArchive: archive)
        try Files.writeAtomically(json, to: path)
        if self.json {
            print(Output.json(["digest": .string(package.digest), "key_id": .string(signature.keyID), "signature_file": .string(path)]))
        } else {
            print("Signed \(package.digest) with \(signature.keyID) → \(path)")
        }
    }
}

struct VerifyPackage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check an archive against the package rules and its signature.")

    @Argument(help: "The package archive.")
    var archive: String

    @Option(help: "The signer's public key (ed25519:BASE64) or a file holding it.")
    var publicKey: String

    @Option(help: "The signature file (default: ARCHIVE.sig).")
    var signature: String?

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    func run() throws {
        let package = try Files.readArchive(archive)
        let keyText =
            FileManager.default.fileExists(atPath: publicKey)
            ? (try? String(contentsOfFile: publicKey, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? publicKey
            : publicKey
        let key: VerifyingKey
        do {
            key = try VerifyingKey(text: keyText)
        } catch {
            throw CommandFailure.usage(error.message)
        }
        let sigPath = signature ?? PackageSignature.fileName(forArchive: archive)
        guard let sigBytes = FileManager.default.contents(atPath: sigPath) else {
            throw CommandFailure.problem("no signature at \(sigPath); sign with junction connector sign")
        }
        do {
            let sig = try PackageSignature(json: [UInt8](sigBytes))
            try PackageSignature.verify(sig, digest: package.digest, key: key)
        } catch {
            throw CommandFailure.problem("signature check failed (\(error.code)): \(error.message)")
        }
        if json {
            print(Output.json(["valid": true, "digest": .string(package.digest), "key_id": .string(key.keyID)]))
        } else {
            print("OK \(package.digest) signed by \(key.keyID)")
        }
    }
}

struct InspectPackage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Show an archive's manifest, digest, files and signature.")

    @Argument(help: "The package archive.")
    var archive: String

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    func run() throws {
        let package = try Files.readArchive(archive)
        let files = PackageFiles(archive: package)
        let report = ConnectorValidator.validate(files)
        var signature: PackageSignature?
        if let bytes = FileManager.default.contents(atPath: PackageSignature.fileName(forArchive: archive)) {
            signature = try? PackageSignature(json: [UInt8](bytes))
        }
        if json {
            var o: JSONValue = [
                "digest": .string(package.digest), "size": .integer(package.size),
                "files": .array(package.files.map { ["path": .string($0.path), "size": .integer($0.bytes.count)] }),
                "problems": .array(report.problems.map(Output.problem)),
            ]
            if case .object(var m) = o {
                if let man = report.manifest {
                    m["name"] = .string(man.name)
                    m["version"] = .string(man.version)
                }
                if let doc = report.document { m["manifest"] = doc }
                if let signature { m["signature"] = ["key_id": .string(signature.keyID), "digest": .string(signature.digest)] }
                o = .object(m)
            }
            print(Output.json(o))
        } else {
            if let m = report.manifest {
                print("\(m.name) \(m.version) — \(m.title)")
                print("  \(m.summary)")
                print("  auth \(m.auth.type); hosts \(m.hosts.joined(separator: ", "))")
                print("  operations: \(m.operations.keys.sorted().joined(separator: ", "))")
                if let t = m.triggers, !t.isEmpty { print("  triggers: \(t.keys.sorted().joined(separator: ", "))") }
            }
            print("digest \(package.digest) (\(package.size) bytes)")
            print("files:")
            for f in package.files { print("  \(String(f.bytes.count).leftPadded(8))  \(f.path)") }
            if let signature {
                print(
                    "signature: \(signature.keyID) over \(signature.digest)\(signature.digest == package.digest ? "" : " (DOES NOT MATCH this archive)")"
                )
            } else {
                print("signature: none (no \(PackageSignature.fileName(forArchive: archive)))")
            }
            if !report.problems.isEmpty { Output.printProblems(report.problems) }
        }
        if !report.problems.isEmpty { throw CommandFailure(message: "", code: 1) }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
