import Foundation
import Testing

/// The vendor commands through the real binary: exit codes, files written, output.
@Suite("junction connector CLI")
struct ConnectorCLITests {
    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("junction-cli-sdk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func initValidateTestPackSignVerifyInspect() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("crm").path
        var r = try CLI.run(["connector", "init", "acme/crm", "--dir", folder])
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["connector", "validate", folder])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("acme/crm 0.1.0: valid"))
        r = try CLI.run(["connector", "test", folder])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("3 passed, 0 failed"))
        let archive = dir.appendingPathComponent("crm.zip").path
        r = try CLI.run(["connector", "pack", folder, "-o", archive])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let digest = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("digest sha256:") })
        // Pack again after touching every file: the same bytes.
        let later = Date().addingTimeInterval(86_400 * 400)
        for f in ["connector.yaml", "README.md", "adapters/list_items.py"] {
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: folder + "/" + f)
        }
        let again = dir.appendingPathComponent("again.zip").path
        r = try CLI.run(["connector", "pack", folder, "-o", again])
        #expect(r.stdout.contains(String(digest)))
        #expect(FileManager.default.contents(atPath: archive) == FileManager.default.contents(atPath: again))

        let keyFile = dir.appendingPathComponent("dev.key").path
        r = try CLI.run(["keys", "generate", "-o", keyFile, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let attrs = try FileManager.default.attributesOfItem(atPath: keyFile)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let keyInfo = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: String])
        let publicKey = try #require(keyInfo["public_key"])
        let keyID = try #require(keyInfo["key_id"])

        r = try CLI.run(["connector", "sign", archive, "--key", keyFile])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: archive + ".sig"))
        r = try CLI.run(["connector", "verify", archive, "--public-key", publicKey])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(keyID))

        // Another key does not verify it.
        let otherKey = dir.appendingPathComponent("other.key").path
        r = try CLI.run(["keys", "generate", "-o", otherKey, "--json"])
        let other = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: String])
        r = try CLI.run(["connector", "verify", archive, "--public-key", other["public_key"] ?? ""])
        #expect(r.status == 1)
        #expect(r.stderr.contains("key_mismatch"))

        r = try CLI.run(["connector", "inspect", archive])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("acme/crm 0.1.0"))
        #expect(r.stdout.contains("adapters/list_items.py"))
        #expect(r.stdout.contains("signature: \(keyID)"))
        r = try CLI.run(["connector", "inspect", archive, "--json"])
        let inspected = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(inspected["name"] as? String == "acme/crm")
        #expect("digest " + (inspected["digest"] as? String ?? "") == String(digest))
    }

    @Test func problemsExitOneWithLocations() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("x").path
        _ = try CLI.run(["connector", "init", "acme/x", "--dir", folder])
        let manifest = folder + "/connector.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8).replacingOccurrences(of: "summary:", with: "sumary:")
        try text.write(toFile: manifest, atomically: true, encoding: .utf8)
        var r = try CLI.run(["connector", "validate", folder])
        #expect(r.status == 1)
        #expect(r.stdout.contains("connector.yaml:6:1: sumary: unknown key \"sumary\" (did you mean \"summary\"?)"), "\(r.stdout)")
        r = try CLI.run(["connector", "validate", folder, "--json"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        r = try CLI.run(["connector", "pack", folder, "-o", dir.appendingPathComponent("x.zip").path])
        #expect(r.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.zip").path))
    }

    @Test func failingTestsExitOneWithADiff() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("y").path
        _ = try CLI.run(["connector", "init", "acme/y", "--dir", folder])
        let test = folder + "/tests/get_item.yaml"
        let text = try String(contentsOfFile: test, encoding: .utf8).replacingOccurrences(
            of: "output: { id: \"42\", name: Answer }", with: "output: { id: \"42\", name: Question }")
        try text.write(toFile: test, atomically: true, encoding: .utf8)
        let r = try CLI.run(["connector", "test", folder])
        #expect(r.status == 1)
        #expect(r.stdout.contains("FAIL  reads one item"))
        #expect(r.stdout.contains("-   \"name\": \"Question\""))
        #expect(r.stdout.contains("+   \"name\": \"Answer\""))
        #expect(r.stdout.contains("2 passed, 1 failed"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["connector", "init", "Bad Name"]).status == 2)
        #expect(try CLI.run(["connector", "frobnicate"]).status == 2)
        #expect(try CLI.run(["connector", "sign", "/nonexistent.zip", "--key", "/nonexistent.key"]).status == 2)
    }

    @Test func aHostileArchiveIsRefusedByInspect() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("junk.zip").path
        try Data("PK\u{03}\u{04}not really a zip".utf8).write(to: URL(fileURLWithPath: path))
        let r = try CLI.run(["connector", "inspect", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("corrupt_archive"))
    }

    @Test func schemaPrintsTheManifestSchema() throws {
        let r = try CLI.run(["connector", "schema"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((json["required"] as? [String])?.contains("operations") == true)
    }
}
