import ConnectorSDK
import Foundation
import Testing

/// Packing a source folder: hidden files and signatures left out, links refused, same bytes every time.
@Suite struct ArchiveFolderTests {
    /// A fresh folder under the temporary directory, removed when `body` returns.
    private func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("junction-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    private func write(_ text: String, to path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func makeConnector(in folder: URL) throws {
        try write("junction: 1\nname: acme/crm\n", to: "connector.yaml", in: folder)
        try write("# Acme\n", to: "README.md", in: folder)
        try write("def dw_process(msg):\n    return 1\n", to: "adapters/a.py", in: folder)
        try write("[core]\n", to: ".git/config", in: folder)
        try write("junk", to: ".DS_Store", in: folder)
        try write("junk", to: "adapters/.hidden", in: folder)
        try write("{}", to: "acme-crm-1.0.0.zip.sig", in: folder)
    }

    @Test func packsRegularFilesAndSkipsHiddenOnesAndSignatures() throws {
        try withFolder { folder in
            try makeConnector(in: folder)
            let package = try PackageArchive(bytes: try PackageWriter.pack(folder: folder))
            #expect(package.paths == ["README.md", "adapters/a.py", "connector.yaml"])
            #expect(package.text("adapters/a.py") == "def dw_process(msg):\n    return 1\n")
        }
    }

    @Test func touchingAndChangingModesDoesNotChangeTheBytes() throws {
        try withFolder { folder in
            try makeConnector(in: folder)
            let before = try PackageWriter.pack(folder: folder)
            let manager = FileManager.default
            for path in ["connector.yaml", "adapters/a.py", "adapters"] {
                try manager.setAttributes(
                    [.modificationDate: Date(timeIntervalSince1970: 2_000_000_000), .posixPermissions: 0o700],
                    ofItemAtPath: folder.appendingPathComponent(path).path)
            }
            try write("changed", to: ".git/config", in: folder)
            let after = try PackageWriter.pack(folder: folder)
            #expect(before == after)
            #expect(after == (try PackageWriter.pack(files: try PackageWriter.collectFiles(in: folder))))
        }
    }

    @Test func refusesSymbolicLinks() throws {
        try withFolder { folder in
            try makeConnector(in: folder)
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("adapters/link.py").path, withDestinationPath: "/etc/passwd")
            let error = #expect(throws: PackageError.self) { try PackageWriter.pack(folder: folder) }
            #expect(error?.code == "not_regular_file")
            #expect(error?.message.contains("adapters/link.py") == true)
        }
    }

    @Test func normalizesNamesToNFC() throws {
        try withFolder { folder in
            try write("x", to: "cafe\u{301}.txt", in: folder)
            let package = try PackageArchive(bytes: try PackageWriter.pack(folder: folder))
            #expect(package.paths.map { Array($0.utf8) } == [Array("caf\u{E9}.txt".utf8)])
        }
    }

    @Test func refusesAMissingFolder() {
        let missing = URL(fileURLWithPath: "/nonexistent/junction-\(UUID().uuidString)")
        let error = #expect(throws: PackageError.self) { try PackageWriter.pack(folder: missing) }
        #expect(error?.code == "unreadable_file")
    }
}
