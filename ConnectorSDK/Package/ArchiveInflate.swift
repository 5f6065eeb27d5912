import Foundation
import ZIPFoundation

/// Reads one entry's bytes out of the archive in memory, holding the limits while it inflates: the
/// header sizes are only a claim, so a bomb is stopped by counting what actually comes out.
enum EntryContents {
    /// The entry's contents, CRC-checked. `total` is what earlier entries inflated to; it grows.
    static func read(
        _ entry: ZipEntryRecord, path: String, from archive: [UInt8], limits: PackageLimits, total: inout Int
    ) throws(PackageError) -> [UInt8] {
        let range = entry.dataOffset..<(entry.dataOffset + entry.compressedSize)
        let contents: [UInt8]
        let crc: UInt32
        if entry.method == 0 {
            contents = Array(archive[range])
            try check(count: contents.count, path: path, compressed: contents.count, limits: limits, total: total)
            crc = Data(contents).crc32(checksum: 0)
        } else {
            (contents, crc) = try inflate(Data(archive[range]), path: path, limits: limits, total: total)
        }
        guard contents.count == entry.uncompressedSize else {
            throw PackageError.corrupt("entry \(PackageError.quote(path)) is not the size its header gives")
        }
        guard crc == entry.crc32 else { throw PackageError.crcMismatch(path) }
        total += contents.count
        return contents
    }

    /// Inflates raw deflate data with ZIPFoundation, checking the limits after every chunk.
    ///
    /// The whole compressed entry is handed over as one chunk and the buffer is that size: zlib is
    /// never told about bytes it was not given (ZIPFoundation's zlib loop declares a full buffer of
    /// input whatever the chunk holds), and output comes in chunks no larger than the input, so the
    /// ratio limit stops a bomb within about one chunk. A stream that wants more input than the entry
    /// holds gets one empty chunk and then an error; ZIPFoundation's loop would spin on empty input.
    ///
    /// Known gap: bytes after the end of a complete deflate stream, inside the entry's compressed
    /// size, are not detected (ZIPFoundation does not report unused input).
    private static func inflate(
        _ compressed: Data, path: String, limits: PackageLimits, total: Int
    ) throws(PackageError) -> ([UInt8], UInt32) {
        guard !compressed.isEmpty else {
            throw PackageError.corrupt("entry \(PackageError.quote(path)) has no deflate data")
        }
        var output: [UInt8] = []
        var pastEnd = 0
        do {
            let crc = try Data.decompress(
                size: Int64(compressed.count), bufferSize: compressed.count, skipCRC32: false,
                provider: { position, _ in
                    if position == 0 { return compressed }
                    pastEnd += 1
                    guard pastEnd == 1 else { throw DeflateEndedEarly() }
                    return Data()
                },
                consumer: { chunk in
                    try check(
                        count: output.count + chunk.count, path: path, compressed: compressed.count,
                        limits: limits, total: total)
                    output.append(contentsOf: chunk)
                })
            return (output, crc)
        } catch let error as PackageError {
            throw error
        } catch {
            throw PackageError.corrupt("entry \(PackageError.quote(path))'s deflate data is damaged or cut short")
        }
    }

    /// Refuses `count` inflated bytes from `compressed` bytes when they pass a limit.
    private static func check(
        count: Int, path: String, compressed: Int, limits: PackageLimits, total: Int
    ) throws(PackageError) {
        if !limits.allowsInflation(to: count, from: compressed) {
            throw PackageError.inflationRatio(path, limit: limits.maxInflationRatio)
        }
        if count > limits.maxFileBytes { throw PackageError.fileTooLarge(path, limit: limits.maxFileBytes) }
        if total + count > limits.maxTotalBytes { throw PackageError.totalTooLarge(path, limit: limits.maxTotalBytes) }
    }

    private struct DeflateEndedEarly: Error {}
}
