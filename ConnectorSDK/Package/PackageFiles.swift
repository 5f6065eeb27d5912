import Foundation

/// The files of a connector package, in memory: read from a source folder or from an archive.
public struct PackageFiles: Sendable {
    /// File contents by package-relative path (`connector.yaml`, `adapters/list.py`).
    public var files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) { self.files = files }

    /// The files of a checked archive.
    public init(archive: PackageArchive) {
        var files: [String: [UInt8]] = [:]
        for f in archive.files { files[f.path] = f.bytes }
        self.files = files
    }

    /// The file at `path`, if present.
    public subscript(path: String) -> [UInt8]? { files[path] }

    /// The file at `path` as UTF-8 text; nil when missing or not UTF-8.
    public func text(_ path: String) -> String? {
        guard let bytes = files[path] else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Paths in byte order (the order of the archive's entries).
    public var paths: [String] { files.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }

    /// Path and bytes of every file, in path order: what `PackageWriter.pack(files:)` takes.
    public var entries: [(path: String, bytes: [UInt8])] { paths.compactMap { p in files[p].map { (path: p, bytes: $0) } } }

    /// The manifest's file name.
    public static let manifestPath = "connector.yaml"

    /// Reads a source folder as `junction connector pack` would pack it: every regular file, leaving
    /// out hidden files and folders and `*.sig`; links and names the archive rules refuse are problems.
    public static func read(folder: URL) throws(ProblemList) -> PackageFiles {
        do {
            var files: [String: [UInt8]] = [:]
            for f in try PackageWriter.collectFiles(in: folder) { files[f.path] = f.bytes }
            return PackageFiles(files: files)
        } catch {
            throw ProblemList([Problem(code: error.code, file: folder.path, message: error.message)])
        }
    }
}
