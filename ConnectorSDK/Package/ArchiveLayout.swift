/// One entry as the central directory and its local header describe it, once the two agree.
struct ZipEntryRecord: Sendable {
    var rawName: [UInt8]
    var flags: UInt16
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var versionMadeBy: UInt16
    var externalAttributes: UInt32
    var localHeaderOffset: Int
    /// Where the compressed bytes start.
    var dataOffset: Int = 0
    /// Just past the data and its data descriptor, if any: where the next entry must begin.
    var recordEnd: Int = 0

    /// General purpose bit 11: the name is UTF-8.
    var usesUTF8: Bool { flags & 0x0800 != 0 }
    /// Bit 3: CRC and sizes follow the data instead of sitting in the local header.
    var usesDataDescriptor: Bool { flags & 0x0008 != 0 }
    /// The name for messages before it has been checked.
    var label: String { String(decoding: rawName, as: UTF8.self) }
}

/// The structure of a zip held in memory, checked more strictly than zip readers usually are.
///
/// ZIPFoundation finds the end record anywhere in the last 64 KiB, reads entries through a `FILE*`
/// and trusts the header sizes; a package must not be ambiguous. So: the end record ends exactly at
/// the last byte; one disk; no ZIP64 (packages are small); the central directory sits right before
/// the end record; every local header repeats its central directory entry; and the entries tile the
/// bytes before the central directory with no gaps and no overlaps (overlapping entries are how
/// "better" zip bombs reuse compressed data).
struct ZipLayout {
    /// Entries in central directory order.
    let entries: [ZipEntryRecord]

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50
    private static let descriptorSignature: UInt32 = 0x0807_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50

    static func parse(_ b: [UInt8], maxEntries: Int) throws(PackageError) -> ZipLayout {
        let end = try findEndRecord(b)
        let total = Int(b.u16(end + 10))
        let centralSize = Int(b.u32(end + 12))
        let centralOffset = Int(b.u32(end + 16))
        if total == 0xFFFF || centralSize == 0xFFFF_FFFF || centralOffset == 0xFFFF_FFFF {
            throw PackageError.corrupt("ZIP64 archives are not supported (packages are small)")
        }
        guard b.u16(end + 4) == 0, b.u16(end + 6) == 0, Int(b.u16(end + 8)) == total else {
            throw PackageError.corrupt("the archive claims to span several disks")
        }
        guard total <= maxEntries else { throw PackageError.tooManyEntries(count: total, limit: maxEntries) }
        guard centralOffset + centralSize == end else {
            if end >= 20, b.u32(end - 20) == zip64LocatorSignature {
                throw PackageError.corrupt("ZIP64 archives are not supported (packages are small)")
            }
            throw PackageError.corrupt("the central directory does not end where the end record begins")
        }

        var entries: [ZipEntryRecord] = []
        entries.reserveCapacity(total)
        var position = centralOffset
        for index in 0..<total {
            let (entry, next) = try centralEntry(b, at: position, limit: end, index: index)
            entries.append(try withLocalHeader(entry, b, dataLimit: centralOffset))
            position = next
        }
        guard position == end else {
            throw PackageError.corrupt("the central directory holds more than its \(total) entries")
        }
        try checkTiling(entries, dataLimit: centralOffset)
        return ZipLayout(entries: entries)
    }

    /// The offset of the end-of-central-directory record that ends exactly at the last byte.
    private static func findEndRecord(_ b: [UInt8]) throws(PackageError) -> Int {
        let n = b.count
        guard n >= 22 else { throw PackageError.corrupt("\(n) bytes is too short for a zip") }
        var p = n - 22
        while p >= max(0, n - 22 - 0xFFFF) {
            if b.u32(p) == endSignature, p + 22 + Int(b.u16(p + 20)) == n { return p }
            p -= 1
        }
        // None ends at the last byte. A consistent one that ends earlier means bytes were appended.
        p = n - 22
        while p >= 0 {
            if b.u32(p) == endSignature {
                let recordEnd = p + 22 + Int(b.u16(p + 20))
                if recordEnd < n, Int(b.u32(p + 16)) + Int(b.u32(p + 12)) == p {
                    throw PackageError.trailingData(count: n - recordEnd)
                }
            }
            p -= 1
        }
        throw PackageError.corrupt("no end-of-central-directory record (not a zip, or cut short)")
    }

    private static func centralEntry(
        _ b: [UInt8], at p: Int, limit: Int, index: Int
    ) throws(PackageError) -> (ZipEntryRecord, next: Int) {
        guard p + 46 <= limit, b.u32(p) == centralSignature else {
            throw PackageError.corrupt("central directory entry \(index + 1) is malformed")
        }
        let nameLength = Int(b.u16(p + 28))
        let extraLength = Int(b.u16(p + 30))
        let next = p + 46 + nameLength + extraLength + Int(b.u16(p + 32))
        guard next <= limit else { throw PackageError.corrupt("central directory entry \(index + 1) is cut short") }
        let entry = ZipEntryRecord(
            rawName: Array(b[(p + 46)..<(p + 46 + nameLength)]),
            flags: b.u16(p + 8), method: b.u16(p + 10), crc32: b.u32(p + 16),
            compressedSize: Int(b.u32(p + 20)), uncompressedSize: Int(b.u32(p + 24)),
            versionMadeBy: b.u16(p + 4), externalAttributes: b.u32(p + 38),
            localHeaderOffset: Int(b.u32(p + 42)))
        guard b.u16(p + 34) == 0 else { throw PackageError.corrupt("entry \(quoted(entry)) is on another disk") }
        if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF
            || entry.localHeaderOffset == 0xFFFF_FFFF
        {
            throw PackageError.corrupt("entry \(quoted(entry)) uses ZIP64, which packages do not")
        }
        let extraStart = p + 46 + nameLength
        try checkExtraFields(b, extraStart..<(extraStart + extraLength), entry)
        return (entry, next)
    }

    /// Reads the local header of `entry` and checks that it says what the central directory says.
    private static func withLocalHeader(
        _ entry: ZipEntryRecord, _ b: [UInt8], dataLimit: Int
    ) throws(PackageError) -> ZipEntryRecord {
        let p = entry.localHeaderOffset
        guard p + 30 <= dataLimit, b.u32(p) == localSignature else {
            throw PackageError.corrupt("entry \(quoted(entry)) has no local header where the directory points")
        }
        let nameLength = Int(b.u16(p + 26))
        let extraStart = p + 30 + nameLength
        var entry = entry
        entry.dataOffset = extraStart + Int(b.u16(p + 28))
        let dataEnd = entry.dataOffset + entry.compressedSize
        guard dataEnd <= dataLimit else { throw PackageError.corrupt("entry \(quoted(entry)) runs past its data") }
        let sameSizes =
            entry.usesDataDescriptor
            || (b.u32(p + 14) == entry.crc32 && Int(b.u32(p + 18)) == entry.compressedSize
                && Int(b.u32(p + 22)) == entry.uncompressedSize)
        guard b.u16(p + 6) == entry.flags, b.u16(p + 8) == entry.method, sameSizes,
            b[(p + 30)..<extraStart].elementsEqual(entry.rawName)
        else {
            throw PackageError.corrupt("entry \(quoted(entry))'s local header disagrees with the central directory")
        }
        try checkExtraFields(b, extraStart..<entry.dataOffset, entry)
        entry.recordEnd = dataEnd
        if entry.usesDataDescriptor {
            var q = dataEnd
            if q + 4 <= dataLimit, b.u32(q) == descriptorSignature { q += 4 }
            guard q + 12 <= dataLimit, b.u32(q) == entry.crc32, Int(b.u32(q + 4)) == entry.compressedSize,
                Int(b.u32(q + 8)) == entry.uncompressedSize
            else {
                throw PackageError.corrupt("entry \(quoted(entry))'s data descriptor disagrees with the central directory")
            }
            entry.recordEnd = q + 12
        }
        return entry
    }

    /// Extra fields must be well formed, and none may be ZIP64 information (id 1).
    private static func checkExtraFields(
        _ b: [UInt8], _ range: Range<Int>, _ entry: ZipEntryRecord
    ) throws(PackageError) {
        var p = range.lowerBound
        while p < range.upperBound {
            guard p + 4 <= range.upperBound, p + 4 + Int(b.u16(p + 2)) <= range.upperBound else {
                throw PackageError.corrupt("entry \(quoted(entry)) has a malformed extra field")
            }
            if b.u16(p) == 0x0001 {
                throw PackageError.corrupt("entry \(quoted(entry)) uses ZIP64, which packages do not")
            }
            p += 4 + Int(b.u16(p + 2))
        }
    }

    /// Entries must follow one another from offset 0 up to the central directory.
    private static func checkTiling(_ entries: [ZipEntryRecord], dataLimit: Int) throws(PackageError) {
        var expected = 0
        for entry in entries.sorted(by: { $0.localHeaderOffset < $1.localHeaderOffset }) {
            if entry.localHeaderOffset < expected {
                throw PackageError.corrupt("entry \(quoted(entry)) overlaps the entry before it")
            }
            if entry.localHeaderOffset > expected {
                throw PackageError.corrupt("there are unexplained bytes before entry \(quoted(entry))")
            }
            expected = entry.recordEnd
        }
        guard expected == dataLimit else {
            throw PackageError.corrupt("there are unexplained bytes before the central directory")
        }
    }

    private static func quoted(_ entry: ZipEntryRecord) -> String { PackageError.quote(entry.label) }
}

extension Array where Element == UInt8 {
    /// Little-endian 16-bit value at `i`; the caller has checked the bounds.
    func u16(_ i: Int) -> UInt16 { UInt16(self[i]) | UInt16(self[i + 1]) << 8 }
    /// Little-endian 32-bit value at `i`; the caller has checked the bounds.
    func u32(_ i: Int) -> UInt32 {
        UInt32(self[i]) | UInt32(self[i + 1]) << 8 | UInt32(self[i + 2]) << 16 | UInt32(self[i + 3]) << 24
    }
}
