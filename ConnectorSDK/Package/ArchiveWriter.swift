import Foundation
import ZIPFoundation

/// Packs files into a package archive, deterministically: the same files give the same bytes on any
/// day, in any order, from any folder.
///
/// Entries are sorted by the UTF-8 bytes of their paths; every entry has the DOS time 1980-01-01
/// 00:00, Unix permissions 0644, the UTF-8 name flag and no extra fields. The writer refuses whatever
/// `PackageArchive` would refuse, so what it writes always reads back.
///
/// Entries are stored, not deflated: deflate output differs between zlib versions, zlib-ng and Apple's
/// Compression framework, so a deflated archive would get a different digest on another machine.
/// Stored entries make the bytes a function of the files alone. (Downloads are compressed by HTTP.)
public enum PackageWriter {
    /// 1980-01-01 00:00:00 UTC, the earliest DOS timestamp. ZIPFoundation converts dates in UTC.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)
    /// Permissions of every entry: `rw-r--r--`.
    static let fixedPermissions: UInt16 = 0o644
    private static let chunkSize = 64 * 1024

    /// Packs `files` into an archive.
    /// - Parameters:
    ///   - files: paths relative to the package root with `/` between folders, and contents. Folders
    ///     are implied by the paths; there are no folder entries.
    ///   - limits: the size limits; the default is the package rules.
    /// - Returns: the archive bytes.
    public static func pack(
        files: [(path: String, bytes: [UInt8])], limits: PackageLimits = .default
    ) throws(PackageError) -> [UInt8] {
        guard files.count <= limits.maxEntries else {
            throw PackageError.tooManyEntries(count: files.count, limit: limits.maxEntries)
        }
        var names = PackageNameSet()
        var total = 0
        var entries: [(name: [UInt8], path: String, bytes: [UInt8])] = []
        for file in files {
            let name = Array(file.path.utf8)
            let (path, isFolder) = try PackageName.check(name)
            if isFolder { throw PackageError.oddComponent(file.path) }
            try names.insert(path, isFolder: false)
            if file.bytes.count > limits.maxFileBytes {
                throw PackageError.fileTooLarge(path, limit: limits.maxFileBytes)
            }
            total += file.bytes.count
            if total > limits.maxTotalBytes { throw PackageError.totalTooLarge(path, limit: limits.maxTotalBytes) }
            entries.append((name, path, file.bytes))
        }
        entries.sort { $0.name.lexicographicallyPrecedes($1.name) }

        let archive: Archive
        do {
            archive = try Archive(accessMode: .create)
            for entry in entries {
                let data = Data(entry.bytes)
                let method = try compressionMethod(for: data, limits: limits)
                try archive.addEntry(
                    with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: fixedDate, permissions: fixedPermissions,
                    compressionMethod: method, bufferSize: chunkSize,
                    provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) })
            }
        } catch {
            throw PackageError.packFailed(String(describing: error))
        }
        guard let data = archive.data else { throw PackageError.packFailed("ZIPFoundation returned no data") }
        guard data.count <= limits.maxArchiveBytes else {
            throw PackageError.archiveTooLarge(size: data.count, limit: limits.maxArchiveBytes)
        }
        return [UInt8](data)
    }

    /// Always stored: see the type's documentation for why packages are not deflated.
    private static func compressionMethod(for data: Data, limits: PackageLimits) throws -> CompressionMethod {
        .none
    }

    /// Raw deflate, as `Archive.addEntry` would compress (tests build deflated archives with it).
    static func deflate(_ data: Data) throws -> Data {
        var deflated = Data()
        _ = try Data.compress(
            size: Int64(data.count), bufferSize: chunkSize,
            provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) },
            consumer: { deflated.append($0) })
        return deflated
    }
}
