import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PackageWriter {
    /// Packs a connector's source folder: every regular file below it, recursively.
    ///
    /// Hidden files and folders (names starting with `.`, such as `.git` and `.DS_Store`) and
    /// signature files (`*.sig`) and archives (`*.zip`, such as an earlier `pack` output) are left out. Symbolic links, devices and other special files are
    /// refused (`not_regular_file`): a package holds regular files only. Names are normalized to NFC.
    public static func pack(folder: URL, limits: PackageLimits = .default) throws(PackageError) -> [UInt8] {
        try pack(files: collectFiles(in: folder, limits: limits), limits: limits)
    }

    /// The files `pack(folder:)` packs, with their paths relative to `folder`, sorted by path.
    public static func collectFiles(
        in folder: URL, limits: PackageLimits = .default
    ) throws(PackageError) -> [(path: String, bytes: [UInt8])] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw PackageError.unreadableFile(folder.path, "not a folder")
        }
        var files: [(path: String, bytes: [UInt8])] = []
        try collect(folder.path, relative: "", into: &files, limits: limits)
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    private static func collect(
        _ directory: String, relative: String, into files: inout [(path: String, bytes: [UInt8])],
        limits: PackageLimits
    ) throws(PackageError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw PackageError.unreadableFile(relative.isEmpty ? directory : relative, "cannot list the folder")
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let full = directory + "/" + name
            let path = (relative.isEmpty ? name : relative + "/" + name).precomposedStringWithCanonicalMapping
            var info = stat()
            guard lstat(full, &info) == 0 else {
                throw PackageError.unreadableFile(path, String(cString: strerror(errno)))
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                try collect(full, relative: path, into: &files, limits: limits)
            case S_IFREG:
                if name.hasSuffix(".sig") || name.hasSuffix(".zip") { continue }
                guard files.count < limits.maxEntries else {
                    throw PackageError.tooManyEntries(count: files.count + 1, limit: limits.maxEntries)
                }
                guard Int(info.st_size) <= limits.maxFileBytes else {
                    throw PackageError.fileTooLarge(path, limit: limits.maxFileBytes)
                }
                do {
                    files.append((path, [UInt8](try Data(contentsOf: URL(fileURLWithPath: full)))))
                } catch {
                    throw PackageError.unreadableFile(path, "\(error.localizedDescription)")
                }
            case S_IFLNK:
                throw PackageError.notRegularFile(path, kind: "symbolic link")
            default:
                throw PackageError.notRegularFile(path, kind: "special file")
            }
        }
    }
}
