import ConnectorSDK
import Foundation
import Testing

/// Each hostile archive is refused with its own code; honest ones read.
@Suite struct ArchiveReaderTests {
    let manifest = Array("junction: 1\nname: acme/crm\n".utf8)

    @Test func readsAnHonestArchive() throws {
        let zip = TestZip([
            .stored("connector.yaml", manifest),
            try .deflated("README.md", noise(count: 2000)),
        ])
        let package = try PackageArchive(bytes: zip.bytes)
        #expect(package.paths == ["README.md", "connector.yaml"])
        #expect(package["connector.yaml"] == manifest)
        #expect(package["README.md"] == noise(count: 2000))
        #expect(package.text("connector.yaml") == "junction: 1\nname: acme/crm\n")
        #expect(package["missing"] == nil)
        #expect(package.size == zip.bytes.count)
        #expect(package.digest == PackageArchive.digest(of: zip.bytes))
        #expect(PackageArchive.isWellFormedDigest(package.digest))
    }

    @Test func readsDataDescriptorsAndEmptyArchives() throws {
        var entry = try TestZip.Entry.deflated("connector.yaml", manifest)
        entry.flags |= 0x0008
        #expect(try PackageArchive(bytes: TestZip([entry]).bytes)["connector.yaml"] == manifest)
        var bytes = TestZip([entry]).bytes
        bytes[30 + 14 + entry.stored.count + 4] ^= 1  // the descriptor's CRC disagrees with the directory's
        #expect(readCode(bytes) == "corrupt_archive")
        #expect(try PackageArchive(bytes: TestZip([]).bytes).files.isEmpty)
    }

    @Test func theDigestIsSHA256OfTheBytes() {
        // SHA-256 of "abc" (FIPS 180-2 example).
        #expect(
            PackageArchive.digest(of: Array("abc".utf8))
                == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test(arguments: [
        ("../x", "path_traversal"), ("a/../../x", "path_traversal"), ("a/..", "path_traversal"),
        ("/abs", "absolute_path"), ("C:/windows/x", "absolute_path"), ("c:x", "absolute_path"),
        ("..\\x", "backslash_in_name"), ("a\\b", "backslash_in_name"),
        ("a//b", "path_traversal"), ("./a", "path_traversal"),
        ("bell\u{7}.py", "unsafe_character"), ("esc\u{1B}[31m.py", "unsafe_character"),
        ("nul\u{0}.py", "unsafe_character"), ("c1\u{85}.py", "unsafe_character"),
        ("evil\u{202E}yp.txt", "unsafe_character"), ("iso\u{2066}x", "unsafe_character"),
        ("mark\u{200F}x", "unsafe_character"), ("cafe\u{301}.yaml", "not_nfc"),
    ])
    func refusesABadName(name: String, code: String) {
        #expect(readCode(TestZip([.stored(name, [1, 2, 3])]).bytes) == code, "\(name.debugDescription)")
    }

    @Test func namesTheEntryInTheMessage() throws {
        let error = #expect(throws: PackageError.self) {
            try PackageArchive(bytes: TestZip([.stored("../x", [])]).bytes)
        }
        #expect(error?.message == #"entry "../x" escapes the package root (names must be relative without "..")"#)
    }

    @Test func escapesHostileCharactersInMessages() throws {
        let error = #expect(throws: PackageError.self) {
            try PackageArchive(bytes: TestZip([.stored("evil\u{202E}yp.txt", [])]).bytes)
        }
        let message = try #require(error?.message)
        #expect(!message.unicodeScalars.contains("\u{202E}"))
        #expect(message.contains(#"evil\u{202E}yp.txt"#))
        #expect(message.contains("U+202E"))
    }

    @Test func refusesNamesThatAreNotUTF8() {
        var entry = TestZip.Entry.stored("x", [])
        entry.name = [0x61, 0xFF, 0x62]
        #expect(readCode(TestZip([entry]).bytes) == "invalid_name_encoding")
        entry.name = [0xC0, 0xAF, 0x78]  // an overlong "/"
        #expect(readCode(TestZip([entry]).bytes) == "invalid_name_encoding")
        entry = .stored("café", [])
        entry.flags = 0  // UTF-8 bytes, but not marked UTF-8: others would read code page 437
        #expect(readCode(TestZip([entry]).bytes) == "invalid_name_encoding")
    }

    @Test func nfcAndNFDSpellingsAreOneNameAndNFDIsRefused() {
        let composed = "caf\u{E9}.yaml", decomposed = "cafe\u{301}.yaml"
        #expect(readCode(TestZip([.stored(composed, [1])]).bytes) == nil)
        #expect(readCode(TestZip([.stored(composed, [1]), .stored(decomposed, [2])]).bytes) == "not_nfc")
    }

    @Test func refusesDuplicatesAndCaseConflicts() {
        #expect(
            readCode(TestZip([.stored("manifest.yaml", [1]), .stored("manifest.yaml", [2])]).bytes)
                == "duplicate_entry")
        #expect(
            readCode(TestZip([.stored("Manifest.yaml", [1]), .stored("manifest.yaml", [2])]).bytes)
                == "case_conflict")
        #expect(
            readCode(TestZip([.stored("Adapters/a.py", [1]), .stored("adapters/b.py", [2])]).bytes)
                == "case_conflict")
        #expect(readCode(TestZip([.stored("STRASSE", [1]), .stored("straße", [2])]).bytes) == "case_conflict")
        #expect(readCode(TestZip([.stored("a", [1]), .stored("a/b", [2])]).bytes) == "duplicate_entry")
    }

    @Test(arguments: [
        (UInt32(0o120777), "symbolic link"), (0o020644, "character device"), (0o060644, "block device"),
        (0o010644, "named pipe"), (0o140644, "socket"),
    ])
    func refusesSpecialFiles(mode: UInt32, kind: String) throws {
        let zip = TestZip([.stored("link", Array("/etc/passwd".utf8), mode: mode)])
        let error = #expect(throws: PackageError.self) { try PackageArchive(bytes: zip.bytes) }
        #expect(error?.code == "not_regular_file")
        #expect(error?.message.contains(kind) == true)
    }

    @Test func ignoresFolderEntries() throws {
        let zip = TestZip([
            .stored("adapters/", [], mode: 0o040755), .stored("adapters/x.py", [1]),
            .stored("tests", [], mode: 0o040755),
        ])
        #expect(try PackageArchive(bytes: zip.bytes).paths == ["adapters/x.py"])
        #expect(readCode(TestZip([.stored("adapters/", [1], mode: 0o040755)]).bytes) == "not_regular_file")
        #expect(
            readCode(TestZip([.stored("a/", [], mode: 0o040755), .stored("a/", [], mode: 0o040755)]).bytes)
                == "duplicate_entry")
    }

    @Test func refusesADeflateBomb() throws {
        let bomb = try TestZip.Entry.deflated("bomb.json", Array(repeating: 0, count: 1 << 20))
        #expect(readCode(TestZip([bomb]).bytes) == "inflation_ratio")
    }

    @Test func refusesABombWhoseHeaderLiesAboutItsSize() throws {
        var bomb = try TestZip.Entry.deflated("bomb.json", Array(repeating: 0, count: 1 << 20))
        bomb.uncompressedSize = 10
        #expect(readCode(TestZip([bomb]).bytes) == "inflation_ratio")

        // Under the ratio, a lying header still cannot pass the size limits.
        var text = try TestZip.Entry.deflated("big.txt", noise(count: 50_000))
        text.uncompressedSize = 10
        #expect(readCode(TestZip([text]).bytes, limits: PackageLimits(maxFileBytes: 20_000)) == "file_too_large")
        #expect(readCode(TestZip([text]).bytes, limits: PackageLimits(maxTotalBytes: 20_000)) == "total_too_large")
    }

    @Test func refusesTooManyEntries() {
        let entries = (0...256).map { TestZip.Entry.stored("f\($0)", []) }
        #expect(readCode(TestZip(Array(entries.prefix(256))).bytes) == nil)
        #expect(readCode(TestZip(entries).bytes) == "too_many_entries")
    }

    @Test func refusesAnOversizedFile() {
        #expect(readCode(TestZip([.stored("big", Array(repeating: 7, count: 1 << 20))]).bytes) == nil)
        #expect(
            readCode(TestZip([.stored("big", Array(repeating: 7, count: (1 << 20) + 1))]).bytes)
                == "file_too_large")
    }

    @Test func refusesAnOversizedTotal() throws {
        // 21 files of 1 MiB, each deflating well within the ratio limit: one random byte in 64.
        let random = noise(count: 1 << 14, alphabet: 256, base: 0)
        let one = try TestZip.Entry.deflated("f", (0..<(1 << 20)).map { $0 % 64 == 0 ? random[$0 / 64] : 0 })
        let entries = (0..<21).map { index -> TestZip.Entry in
            var entry = one
            entry.name = Array("f\(index)".utf8)
            return entry
        }
        #expect(readCode(TestZip(Array(entries.prefix(20))).bytes) == nil)
        #expect(readCode(TestZip(entries).bytes) == "total_too_large")
    }

    @Test func refusesAnOversizedArchive() {
        #expect(readCode(Array(repeating: 0, count: (5 << 20) + 1)) == "archive_too_large")
    }

    @Test func refusesATruncatedArchive() throws {
        let bytes = TestZip([.stored("connector.yaml", manifest), try .deflated("b", Array(repeating: 1, count: 999))]).bytes
        for cut in [1, 10, 22, bytes.count / 2, bytes.count - 1] {
            #expect(readCode(Array(bytes.prefix(cut))) == "corrupt_archive", "cut at \(cut)")
        }
        #expect(readCode([]) == "corrupt_archive")
    }

    @Test func refusesTrailingData() {
        let bytes = TestZip([.stored("connector.yaml", manifest)]).bytes
        #expect(readCode(bytes + [0]) == "trailing_data")
        #expect(readCode(bytes + Array("garbage".utf8)) == "trailing_data")
        #expect(readCode(bytes + Array(repeating: 0x41, count: 70_000)) == "trailing_data")
        // A comment is part of the end record, not trailing data.
        var commented = TestZip([.stored("connector.yaml", manifest)])
        commented.comment = Array("made by hand".utf8)
        #expect(readCode(commented.bytes) == nil)
    }

    @Test func refusesACRCMismatch() throws {
        var stored = TestZip.Entry.stored("connector.yaml", manifest)
        stored.crc ^= 1
        #expect(readCode(TestZip([stored]).bytes) == "crc_mismatch")
        var deflated = try TestZip.Entry.deflated("README.md", Array(repeating: 9, count: 500))
        deflated.crc &+= 1
        #expect(readCode(TestZip([deflated]).bytes) == "crc_mismatch")
    }

    @Test func refusesUnsupportedCompressionAndEncryption() {
        var bzip2 = TestZip.Entry.stored("a", [1, 2, 3])
        bzip2.method = 12
        #expect(readCode(TestZip([bzip2]).bytes) == "unsupported_compression")
        var encrypted = TestZip.Entry.stored("a", [1, 2, 3])
        encrypted.flags |= 1
        #expect(readCode(TestZip([encrypted]).bytes) == "unsupported_compression")
    }

    @Test func refusesDamagedDeflateDataWithoutHanging() throws {
        var entry = try TestZip.Entry.deflated("a.txt", noise(count: 5000))
        entry.stored = Array(entry.stored.prefix(entry.stored.count / 2))
        #expect(readCode(TestZip([entry]).bytes) == "corrupt_archive")
        entry.stored = [0xFF, 0xFF, 0xFF, 0xFF]  // final block of the reserved type 3
        entry.uncompressedSize = 10
        #expect(readCode(TestZip([entry]).bytes) == "corrupt_archive")
        // A stored block that promises 65535 bytes and holds 10: inflate takes them and asks for
        // more. ZIPFoundation's own `extract` spins forever on this entry (0.9.20, Linux).
        entry.stored = [0x01, 0xFF, 0xFF, 0x00, 0x00] + Array(repeating: UInt8(ascii: "x"), count: 10)
        entry.crc = TestZip.crc32(Array(repeating: UInt8(ascii: "x"), count: 10))
        #expect(readCode(TestZip([entry]).bytes) == "corrupt_archive")
    }

    @Test func refusesStructuralTricks() throws {
        let bytes = TestZip([.stored("a", [1]), .stored("b", [2])]).bytes
        // Junk before the first entry (a self-extracting prefix, or a polyglot file).
        #expect(readCode(Array("MZ".utf8) + bytes) == "corrupt_archive")
        // Two directory entries pointing at one local header: overlapping entries.
        var overlapping = bytes
        let central = bytes.count - 22 - 2 * 47
        overlapping[central + 47 + 42] = 0  // b's local header offset -> a's
        overlapping[central + 47 + 46] = UInt8(ascii: "a")
        #expect(readCode(overlapping) == "corrupt_archive")
        // The local header names another file than the central directory.
        var renamed = bytes
        renamed[30] = UInt8(ascii: "z")
        #expect(readCode(renamed) == "corrupt_archive")
    }
}
