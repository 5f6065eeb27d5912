import ConnectorSDK
import Foundation
import Testing

/// The writer is deterministic, refuses what the reader refuses, and the reader takes all it writes.
@Suite struct ArchiveWriterTests {
    let files: [(path: String, bytes: [UInt8])] = [
        ("connector.yaml", Array("junction: 1\nname: acme/crm\nversion: 1.0.0\n".utf8)),
        ("README.md", Array(String(repeating: "# Acme CRM\nSync contacts.\n", count: 40).utf8)),
        ("adapters/contacts.py", Array("def dw_process(msg):\n    return msg.payload\n".utf8)),
        ("tests/list.yaml", Array("operation: list\n".utf8)),
        ("caf\u{E9}/empty.txt", []),
    ]

    @Test func sameFilesInAnyOrderGiveTheSameBytes() throws {
        let first = try PackageWriter.pack(files: files)
        let second = try PackageWriter.pack(files: files.reversed())
        let third = try PackageWriter.pack(files: files.shuffled())
        #expect(first == second)
        #expect(first == third)
        #expect(PackageArchive.digest(of: first) == PackageArchive.digest(of: third))
    }

    @Test func storedEntriesGiveAFixedDigest() throws {
        // Too small to deflate, so no compressor is involved: this pins the layout, the order, the
        // timestamps and the permissions, on any machine and any day. (The digest was computed
        // independently, from a zip built field by field with Python's struct module.)
        let bytes = try PackageWriter.pack(files: [("b.txt", Array("hi".utf8)), ("a.txt", Array("yo".utf8))])
        #expect(bytes.count == 2 * (30 + 5 + 2) + 2 * (46 + 5) + 22)
        #expect(
            PackageArchive.digest(of: bytes)
                == "sha256:cf64118ccf77929a98b61165d338bbe666c92bba3bf8400b56ea64871526c3f4")
    }

    @Test func headersCarryFixedTimesPermissionsAndTheUTF8Flag() throws {
        let bytes = try PackageWriter.pack(files: files)
        let central = Int(u32(bytes, bytes.count - 6))
        var p = central
        for _ in files {
            #expect(u32(bytes, p) == 0x0201_4B50)
            #expect(u16(bytes, p + 8) == 0x0800)  // flags: UTF-8 names, nothing else
            #expect(u16(bytes, p + 12) == 0)  // 00:00:00
            #expect(u16(bytes, p + 14) == 0x21)  // 1980-01-01
            #expect(u16(bytes, p + 30) == 0)  // no extra fields
            #expect(u32(bytes, p + 38) == 0o100644 << 16)  // regular file, rw-r--r--
            p += 46 + Int(u16(bytes, p + 28))
        }
    }

    @Test func packThenReadGivesTheFilesBack() throws {
        let zeros = [UInt8](repeating: 0, count: 300_000)  // deflates past the ratio limit: stored
        let binary = noise(count: 70_000, alphabet: 256, base: 0)  // does not deflate: stored
        let input = files + [("zeros.bin", zeros), ("binary.bin", binary)]
        let package = try PackageArchive(bytes: try PackageWriter.pack(files: input))
        #expect(package.paths == input.map(\.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        for file in input {
            #expect(package[file.path] == file.bytes, "\(file.path)")
        }
    }

    @Test func anEmptyPackageRoundTrips() throws {
        #expect(try PackageArchive(bytes: try PackageWriter.pack(files: [])).files.isEmpty)
    }

    @Test func theReaderTakesTheLargestPackageTheWriterMakes() throws {
        let many = (0..<256).map { ("adapters/a\($0).py", noise(count: 300, seed: UInt32($0))) }
        #expect(try PackageArchive(bytes: try PackageWriter.pack(files: many)).files.count == 256)
        let big = [("big.txt", noise(count: 1 << 20))]
        #expect(try PackageArchive(bytes: try PackageWriter.pack(files: big))["big.txt"]?.count == 1 << 20)
    }

    @Test(arguments: [
        ("../x", "path_traversal"), ("/abs", "absolute_path"), ("..\\x", "backslash_in_name"),
        ("a\u{7}", "unsafe_character"), ("a\u{202E}", "unsafe_character"), ("cafe\u{301}", "not_nfc"),
        ("a/", "path_traversal"), ("", "corrupt_archive"),
    ])
    func refusesWhatTheReaderRefuses(name: String, code: String) {
        #expect(packCode([(name, [1])]) == code)
        #expect(readCode(TestZip([.stored(name, [1])]).bytes) == (name == "a/" ? "not_regular_file" : code))
    }

    @Test func refusesConflictsAndSizes() {
        #expect(packCode([("manifest.yaml", [1]), ("manifest.yaml", [2])]) == "duplicate_entry")
        #expect(packCode([("Manifest.yaml", [1]), ("manifest.yaml", [2])]) == "case_conflict")
        #expect(packCode([("a", [1]), ("a/b", [2])]) == "duplicate_entry")
        #expect(packCode([("big", Array(repeating: 0, count: (1 << 20) + 1))]) == "file_too_large")
        #expect(packCode((0...256).map { ("f\($0)", []) }) == "too_many_entries")
        let mib = [UInt8](repeating: 0, count: 1 << 20)
        #expect(packCode((0...20).map { ("f\($0)", mib) }) == "total_too_large")
        #expect(
            packCode([("x", noise(count: 2000, alphabet: 256, base: 0))], limits: PackageLimits(maxArchiveBytes: 1000))
                == "archive_too_large")
    }

    private func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }
}
