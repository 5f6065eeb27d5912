import ConnectorSDK
import Foundation
import Testing

/// Ed25519 signatures over package digests, key text forms and the private key file.
@Suite struct SigningTests {
    let digest = PackageArchive.digest(of: Array("package one".utf8))
    let otherDigest = PackageArchive.digest(of: Array("package two".utf8))

    private func signatureCode(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as SignatureError {
            return error.code
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func signThenVerify() throws {
        let key = SigningKey()
        let signature = try PackageSignature.sign(digest: digest, with: key)
        #expect(signature.algorithm == "ed25519")
        #expect(signature.keyID == key.keyID)
        #expect(signature.digest == digest)
        try PackageSignature.verify(signature, digest: digest, key: key.verifyingKey)

        let reread = try PackageSignature(json: try signature.json())
        #expect(reread == signature)
        try PackageSignature.verify(reread, digest: digest, key: key.verifyingKey)
        let object = try JSONSerialization.jsonObject(with: Data(try signature.json())) as? [String: String]
        #expect(object.map { Set($0.keys) } == ["algorithm", "key_id", "digest", "signature"])
        #expect(PackageSignature.fileName(forArchive: "acme-crm-1.0.0.zip") == "acme-crm-1.0.0.zip.sig")
    }

    @Test func refusesASignatureForAnotherPackage() throws {
        let key = SigningKey()
        let signature = try PackageSignature.sign(digest: digest, with: key)
        #expect(
            signatureCode { try PackageSignature.verify(signature, digest: otherDigest, key: key.verifyingKey) }
                == "digest_mismatch")
        // Rewriting the digest inside the signature does not help: the bytes no longer verify.
        var edited = signature
        edited.digest = otherDigest
        #expect(
            signatureCode { try PackageSignature.verify(edited, digest: otherDigest, key: key.verifyingKey) }
                == "bad_signature")
    }

    @Test func refusesAnotherKey() throws {
        let vendor = SigningKey(), attacker = SigningKey()
        let signature = try PackageSignature.sign(digest: digest, with: attacker)
        #expect(
            signatureCode { try PackageSignature.verify(signature, digest: digest, key: vendor.verifyingKey) }
                == "key_mismatch")
        // Claiming the vendor's key id does not help either.
        var claimed = signature
        claimed.keyID = vendor.keyID
        #expect(
            signatureCode { try PackageSignature.verify(claimed, digest: digest, key: vendor.verifyingKey) }
                == "bad_signature")
    }

    @Test func refusesGarbage() throws {
        let key = SigningKey()
        let good = try PackageSignature.sign(digest: digest, with: key)
        func code(_ edit: (inout PackageSignature) -> Void) -> String? {
            var signature = good
            edit(&signature)
            return signatureCode { try PackageSignature.verify(signature, digest: digest, key: key.verifyingKey) }
        }
        let random = Data((0..<64).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        #expect(code { $0.signature = random } == "bad_signature")
        #expect(code { $0.signature = "not base64!" } == "malformed_signature")
        #expect(code { $0.signature = Data([1, 2, 3]).base64EncodedString() } == "malformed_signature")
        #expect(code { $0.algorithm = "rsa" } == "malformed_signature")
        #expect(code { $0.digest = "md5:abc" } == "malformed_signature")
        #expect(throws: SignatureError.self) { try PackageSignature(json: Array("{\"algorithm\": 1}".utf8)) }
        #expect(throws: SignatureError.self) { try PackageSignature.sign(digest: "sha256:nothex", with: key) }
    }

    @Test func keyIDsAndTextFormsFollowRFC8032() throws {
        // RFC 8032, section 7.1, test 1.
        let secret = try SigningKey(fileText: "junction-ed25519-private-key:nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=\n")
        #expect(secret.verifyingKey.text == "ed25519:11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
        #expect(secret.keyID == "ed25519:21fe31dfa154a261")
        #expect(secret.fileText == "junction-ed25519-private-key:nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=\n")
        let parsed = try VerifyingKey(text: " ed25519:11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n")
        #expect(parsed == secret.verifyingKey)
        #expect(!"\(secret)".contains("nWGxne"))
        #expect(!String(reflecting: secret).contains("nWGxne"))
    }

    @Test(arguments: [
        "", "nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=", "junction-ed25519-private-key:",
        "junction-ed25519-private-key:not base64", "junction-ed25519-private-key:AQID",
        "junction-ed25519-private-key:nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=\n\n",
        "junction-ed25519-private-key: nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=",
    ])
    func refusesMalformedPrivateKeys(text: String) {
        let error = #expect(throws: SigningKeyError.self) { _ = try SigningKey(fileText: text) }
        #expect(error?.code == "malformed_key")
    }

    @Test func refusesMalformedPublicKeys() {
        for text in ["", "ed25519:", "ed25519:AQID", "rsa:11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="] {
            #expect(throws: SigningKeyError.self, "\(text)") { _ = try VerifyingKey(text: text) }
        }
    }

    @Test func theKeyFileIsOwnerOnlyAndNotOverwritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("junction-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("vendor.key").path
        let key = SigningKey()

        try key.writePrivateKey(to: path)
        #expect(try mode(path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == key.fileText)
        #expect(try SigningKey.readPrivateKey(from: path).keyID == key.keyID)

        let other = SigningKey()
        let exists = #expect(throws: SigningKeyError.self) { try other.writePrivateKey(to: path) }
        #expect(exists?.code == "key_file_exists")
        #expect(try SigningKey.readPrivateKey(from: path).keyID == key.keyID)

        try other.writePrivateKey(to: path, overwrite: true)
        #expect(try mode(path) == 0o600)
        #expect(try SigningKey.readPrivateKey(from: path).keyID == other.keyID)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["vendor.key"])

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let insecure = #expect(throws: SigningKeyError.self) { try SigningKey.readPrivateKey(from: path) }
        #expect(insecure?.code == "key_file_insecure")
    }

    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int) & 0o777
    }
}
