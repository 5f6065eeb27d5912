/// Why a package archive was refused, or could not be packed.
///
/// `code` is stable and meant for programs (API problem types, tests, logs); `message` is one line for
/// people and names the offending entry. Entry names in messages are escaped, so a hostile name cannot
/// reorder or hide the text around it.
public struct PackageError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Kind: String, Sendable {
        case archiveTooLarge = "archive_too_large"
        case tooManyEntries = "too_many_entries"
        case fileTooLarge = "file_too_large"
        case totalTooLarge = "total_too_large"
        case inflationRatio = "inflation_ratio"
        case absolutePath = "absolute_path"
        case pathTraversal = "path_traversal"
        case backslashInName = "backslash_in_name"
        case unsafeCharacter = "unsafe_character"
        case invalidNameEncoding = "invalid_name_encoding"
        case notNFC = "not_nfc"
        case caseConflict = "case_conflict"
        case duplicateEntry = "duplicate_entry"
        case notRegularFile = "not_regular_file"
        case corruptArchive = "corrupt_archive"
        case trailingData = "trailing_data"
        case unsupportedCompression = "unsupported_compression"
        case crcMismatch = "crc_mismatch"
        case unreadableFile = "unreadable_file"
        case packFailed = "pack_failed"
    }

    private let kind: Kind
    /// One line for people: what is wrong, with which entry, and what to do about it.
    public let message: String

    private init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The stable machine-readable code, for example `path_traversal`.
    public var code: String { kind.rawValue }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }

    // MARK: Sizes and counts

    static func archiveTooLarge(size: Int, limit: Int) -> PackageError {
        PackageError(
            .archiveTooLarge,
            "the archive is \(size) bytes; packages are limited to \(bytes(limit)) (remove large files)")
    }
    static func tooManyEntries(count: Int, limit: Int) -> PackageError {
        PackageError(.tooManyEntries, "the archive has \(count) entries; packages may hold at most \(limit)")
    }
    static func fileTooLarge(_ name: String, limit: Int) -> PackageError {
        PackageError(.fileTooLarge, "entry \(quote(name)) is larger than \(bytes(limit)); shrink or remove it")
    }
    static func totalTooLarge(_ name: String, limit: Int) -> PackageError {
        PackageError(
            .totalTooLarge,
            "the files add up to more than \(bytes(limit)) (passed at \(quote(name))); remove some files")
    }
    static func inflationRatio(_ name: String, limit: Int) -> PackageError {
        PackageError(
            .inflationRatio,
            "entry \(quote(name)) inflates more than \(limit) times its compressed size (a zip bomb?)")
    }

    // MARK: Names

    static func absolutePath(_ name: String) -> PackageError {
        PackageError(
            .absolutePath,
            "entry \(quote(name)) is an absolute path (names must be relative to the package root)")
    }
    static func pathTraversal(_ name: String) -> PackageError {
        PackageError(
            .pathTraversal,
            "entry \(quote(name)) escapes the package root (names must be relative without \"..\")")
    }
    static func oddComponent(_ name: String) -> PackageError {
        PackageError(
            .pathTraversal,
            "entry \(quote(name)) has an empty or \".\" path component (write plain relative paths like \"a/b\")")
    }
    static func backslashInName(_ name: String) -> PackageError {
        PackageError(
            .backslashInName,
            "entry \(quote(name)) contains a backslash (use \"/\" to separate folders)")
    }
    static func unsafeCharacter(_ name: String, _ scalar: Unicode.Scalar) -> PackageError {
        PackageError(
            .unsafeCharacter,
            "entry \(quote(name)) contains the control or bidi character \(uPlus(scalar)); rename it")
    }
    static func invalidNameEncoding(_ name: String) -> PackageError {
        PackageError(.invalidNameEncoding, "entry \(quote(name)) is not valid UTF-8; rename it")
    }
    static func unmarkedNameEncoding(_ name: String) -> PackageError {
        PackageError(
            .invalidNameEncoding,
            "entry \(quote(name)) has a non-ASCII name without the zip UTF-8 flag; repack with `junction connector pack`")
    }
    static func notNFC(_ name: String) -> PackageError {
        PackageError(
            .notNFC,
            "entry \(quote(name)) is not in Unicode NFC form (rename it; accented letters must be precomposed)")
    }
    static func caseConflict(_ name: String, _ other: String) -> PackageError {
        PackageError(
            .caseConflict,
            "entries \(quote(other)) and \(quote(name)) differ only in letter case; keep one")
    }
    static func duplicateEntry(_ name: String) -> PackageError {
        PackageError(.duplicateEntry, "entry \(quote(name)) appears more than once")
    }
    static func fileAndFolder(_ name: String) -> PackageError {
        PackageError(.duplicateEntry, "\(quote(name)) is both a file and a folder; rename one")
    }
    static func emptyName() -> PackageError {
        PackageError(.corruptArchive, "an entry has an empty name")
    }

    // MARK: Entry kinds and structure

    static func notRegularFile(_ name: String, kind: String) -> PackageError {
        PackageError(
            .notRegularFile,
            "entry \(quote(name)) is a \(kind); packages hold regular files only (replace it with the file itself)")
    }
    static func corrupt(_ what: String) -> PackageError {
        PackageError(.corruptArchive, "the archive is damaged or truncated: \(what)")
    }
    static func trailingData(count: Int) -> PackageError {
        PackageError(
            .trailingData,
            "\(count) unexpected bytes follow the end of the zip (the upload was altered or concatenated)")
    }
    static func unsupportedCompression(_ name: String, method: UInt16) -> PackageError {
        PackageError(
            .unsupportedCompression,
            "entry \(quote(name)) uses compression method \(method); only stored (0) and deflate (8) are supported")
    }
    static func encrypted(_ name: String) -> PackageError {
        PackageError(.unsupportedCompression, "entry \(quote(name)) is encrypted; packages must not be encrypted")
    }
    static func crcMismatch(_ name: String) -> PackageError {
        PackageError(.crcMismatch, "entry \(quote(name)) does not match its CRC-32 checksum (the data is damaged)")
    }
    static func unreadableFile(_ path: String, _ reason: String) -> PackageError {
        PackageError(.unreadableFile, "cannot read \(quote(path)): \(reason)")
    }

    static func packFailed(_ reason: String) -> PackageError {
        PackageError(.packFailed, "could not build the archive in memory: \(reason)")
    }

    // MARK: Rendering

    private static func bytes(_ n: Int) -> String {
        if n >= 1 << 20, n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
        if n >= 1 << 10, n % (1 << 10) == 0 { return "\(n >> 10) KiB" }
        return "\(n) bytes"
    }

    private static func uPlus(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The name in double quotes, with every unsafe or invisible scalar written as `\u{…}`.
    static func quote(_ name: String) -> String {
        var out = "\""
        for scalar in name.unicodeScalars {
            if PackageName.isUnsafe(scalar) || scalar == "\"" {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
