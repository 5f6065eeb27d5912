/// One file of a package: its path inside the package and its bytes.
public struct PackageFile: Sendable, Hashable {
    /// Relative path with `/` between folders, UTF-8 NFC, as the archive names it.
    public let path: String
    /// The file's contents.
    public let bytes: [UInt8]

    /// A file at `path` holding `bytes`.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// A connector package read from its archive bytes, entirely in memory, with every package rule held.
///
/// Nothing is written to disk. Reading refuses, each with its own `PackageError.code`: archives over
/// the size limit, too many entries, files or totals too large once inflated, entries that inflate
/// too far, unsafe or ambiguous names, anything but regular files, and damaged, padded or
/// unsupported zips. Folder entries are allowed and ignored.
public struct PackageArchive: Sendable {
    /// `sha256:` and the lowercase hex SHA-256 of the archive bytes: the package's identity.
    public let digest: String
    /// Size of the archive in bytes.
    public let size: Int
    /// The package's files, sorted by the UTF-8 bytes of their paths.
    public let files: [PackageFile]
    private let index: [String: Int]

    /// Reads and checks an archive.
    /// - Parameters:
    ///   - bytes: the whole archive.
    ///   - limits: the size limits; readers of published packages use the default.
    public init(bytes: [UInt8], limits: PackageLimits = .default) throws(PackageError) {
        guard bytes.count <= limits.maxArchiveBytes else {
            throw PackageError.archiveTooLarge(size: bytes.count, limit: limits.maxArchiveBytes)
        }
        let layout = try ZipLayout.parse(bytes, maxEntries: limits.maxEntries)

        // Every name, kind and declared size first: cheap, and refuses most bad archives before
        // anything is inflated.
        var names = PackageNameSet()
        var toRead: [(path: String, entry: ZipEntryRecord)] = []
        var declaredTotal = 0
        for entry in layout.entries {
            let (path, slash) = try PackageName.check(entry.rawName, utf8Flag: entry.usesUTF8)
            let isFolder = try Self.isFolder(entry, path: path, nameEndsWithSlash: slash)
            try names.insert(path, isFolder: isFolder)
            if isFolder { continue }
            try Self.checkMethod(entry, path: path)
            declaredTotal += entry.uncompressedSize
            try Self.checkDeclaredSizes(entry, path: path, declaredTotal: declaredTotal, limits: limits)
            toRead.append((path, entry))
        }

        var total = 0
        var files: [PackageFile] = []
        files.reserveCapacity(toRead.count)
        for (path, entry) in toRead {
            let contents = try EntryContents.read(entry, path: path, from: bytes, limits: limits, total: &total)
            files.append(PackageFile(path: path, bytes: contents))
        }
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }

        self.digest = Self.digest(of: bytes)
        self.size = bytes.count
        self.files = files
        self.index = Dictionary(files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The paths of the package's files, in the order of `files`.
    public var paths: [String] { files.map(\.path) }

    /// The bytes of the file at `path`, or `nil` if the package has no such file.
    public subscript(path: String) -> [UInt8]? {
        index[path].map { files[$0].bytes }
    }

    /// The file at `path` as UTF-8 text; `nil` if there is no such file or it is not valid UTF-8.
    public func text(_ path: String) -> String? {
        self[path].flatMap(PackageName.decodeUTF8)
    }

    // MARK: Checks on one entry

    /// Whether the entry is a folder (to be ignored); refuses links, devices and other special files,
    /// as the Unix mode in the upper half of the external attributes tells.
    private static func isFolder(
        _ entry: ZipEntryRecord, path: String, nameEndsWithSlash: Bool
    ) throws(PackageError) -> Bool {
        let mode = (entry.externalAttributes >> 16) & 0o170000
        let msdosFolder = entry.versionMadeBy >> 8 == 0 && entry.externalAttributes & 0x10 != 0
        let isFolder: Bool
        switch mode {
        case 0: isFolder = nameEndsWithSlash || msdosFolder
        case 0o100000: isFolder = nameEndsWithSlash
        case 0o040000: isFolder = true
        case 0o120000: throw PackageError.notRegularFile(path, kind: "symbolic link")
        case 0o020000: throw PackageError.notRegularFile(path, kind: "character device")
        case 0o060000: throw PackageError.notRegularFile(path, kind: "block device")
        case 0o010000: throw PackageError.notRegularFile(path, kind: "named pipe")
        case 0o140000: throw PackageError.notRegularFile(path, kind: "socket")
        default: throw PackageError.notRegularFile(path, kind: "special file")
        }
        if isFolder, entry.compressedSize != 0 || entry.uncompressedSize != 0 {
            throw PackageError.notRegularFile(path, kind: "folder that carries data")
        }
        return isFolder
    }

    private static func checkMethod(_ entry: ZipEntryRecord, path: String) throws(PackageError) {
        // Bit 0: encrypted; bit 6: strong encryption; bit 13: encrypted central directory.
        guard entry.flags & 0x2041 == 0 else { throw PackageError.encrypted(path) }
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw PackageError.corrupt("entry \(PackageError.quote(path)) is stored but its two sizes differ")
            }
        case 8: break
        default: throw PackageError.unsupportedCompression(path, method: entry.method)
        }
    }

    /// The sizes the headers claim. They are checked again against what inflating really gives.
    private static func checkDeclaredSizes(
        _ entry: ZipEntryRecord, path: String, declaredTotal: Int, limits: PackageLimits
    ) throws(PackageError) {
        if entry.method == 8, !limits.allowsInflation(to: entry.uncompressedSize, from: entry.compressedSize) {
            throw PackageError.inflationRatio(path, limit: limits.maxInflationRatio)
        }
        if entry.uncompressedSize > limits.maxFileBytes {
            throw PackageError.fileTooLarge(path, limit: limits.maxFileBytes)
        }
        if declaredTotal > limits.maxTotalBytes {
            throw PackageError.totalTooLarge(path, limit: limits.maxTotalBytes)
        }
    }
}
