import Foundation

@testable import ConnectorSDK

/// A raw zip writer for tests: it writes exactly what it is told, including what no honest tool
/// would (lying sizes, links, duplicate names, bad CRCs), so the reader's refusals can be tested.
struct TestZip {
    struct Entry {
        var name: [UInt8]
        /// The bytes as they sit in the archive (deflated already when `method` is 8).
        var stored: [UInt8]
        var method: UInt16 = 0
        var crc: UInt32
        var uncompressedSize: UInt32
        var flags: UInt16 = 0x0800
        /// Upper byte: host system (3 = Unix, 0 = MS-DOS).
        var versionMadeBy: UInt16 = 0x0314
        var externalAttributes: UInt32 = 0o100644 << 16

        /// A stored (uncompressed) entry with a Unix mode.
        static func stored(_ name: String, _ bytes: [UInt8], mode: UInt32 = 0o100644) -> Entry {
            Entry(
                name: Array(name.utf8), stored: bytes, crc: crc32(bytes),
                uncompressedSize: UInt32(bytes.count), externalAttributes: mode << 16)
        }

        /// A deflated entry, compressed by the same code the writer uses.
        static func deflated(_ name: String, _ bytes: [UInt8]) throws -> Entry {
            let compressed = try PackageWriter.deflate(Data(bytes))
            return Entry(
                name: Array(name.utf8), stored: [UInt8](compressed), method: 8, crc: crc32(bytes),
                uncompressedSize: UInt32(bytes.count))
        }
    }

    var entries: [Entry]
    var comment: [UInt8] = []

    init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// CRC-32 (IEEE), bit by bit: slow, simple, and independent of the code under test.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// Local headers and data, then the central directory, then the end record.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt32(out.count)
            let descriptor = entry.flags & 0x0008 != 0  // CRC and sizes follow the data
            out.le32(0x0403_4B50)
            out.le16(20)
            out.le16(entry.flags)
            out.le16(entry.method)
            out.le16(0)  // time
            out.le16(0x21)  // date: 1980-01-01
            out.le32(descriptor ? 0 : entry.crc)
            out.le32(descriptor ? 0 : UInt32(entry.stored.count))
            out.le32(descriptor ? 0 : entry.uncompressedSize)
            out.le16(UInt16(entry.name.count))
            out.le16(0)
            out += entry.name
            out += entry.stored
            if descriptor {
                out.le32(0x0807_4B50)
                out.le32(entry.crc)
                out.le32(UInt32(entry.stored.count))
                out.le32(entry.uncompressedSize)
            }

            central.le32(0x0201_4B50)
            central.le16(entry.versionMadeBy)
            central.le16(20)
            central.le16(entry.flags)
            central.le16(entry.method)
            central.le16(0)
            central.le16(0x21)
            central.le32(entry.crc)
            central.le32(UInt32(entry.stored.count))
            central.le32(entry.uncompressedSize)
            central.le16(UInt16(entry.name.count))
            central.le16(0)  // extra
            central.le16(0)  // comment
            central.le16(0)  // disk
            central.le16(0)  // internal attributes
            central.le32(entry.externalAttributes)
            central.le32(offset)
            central += entry.name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out.le32(0x0605_4B50)
        out.le16(0)
        out.le16(0)
        out.le16(UInt16(entries.count))
        out.le16(UInt16(entries.count))
        out.le32(UInt32(central.count))
        out.le32(centralOffset)
        out.le16(UInt16(comment.count))
        out += comment
        return out
    }
}

extension Array where Element == UInt8 {
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }
    mutating func le32(_ value: UInt32) {
        le16(UInt16(value & 0xFFFF))
        le16(UInt16(value >> 16))
    }
}

/// The code of the `PackageError` that reading `bytes` throws, or `nil` if it reads.
func readCode(_ bytes: [UInt8], limits: PackageLimits = .default) -> String? {
    do {
        _ = try PackageArchive(bytes: bytes, limits: limits)
        return nil
    } catch {
        return error.code
    }
}

/// The code of the `PackageError` that packing `files` throws, or `nil` if it packs.
func packCode(_ files: [(path: String, bytes: [UInt8])], limits: PackageLimits = .default) -> String? {
    do {
        _ = try PackageWriter.pack(files: files, limits: limits)
        return nil
    } catch {
        return error.code
    }
}

/// Deterministic pseudo-random bytes drawn from the first `alphabet` values after `base`: text-like
/// data that deflates, but not by much.
func noise(count: Int, alphabet: UInt32 = 16, base: UInt8 = UInt8(ascii: "a"), seed: UInt32 = 1) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 1_664_525 &+ 1_013_904_223
        return base &+ UInt8((state >> 24) % alphabet)
    }
}
