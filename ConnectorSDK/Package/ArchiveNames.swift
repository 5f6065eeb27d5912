import Foundation

/// The rules for one entry name, shared by the reader and the writer so that the writer never
/// produces a name the reader refuses.
enum PackageName {
    /// Checks an entry name given as its raw bytes and returns it as a string, without the trailing
    /// `/` that marks a folder entry.
    ///
    /// - Parameter utf8Flag: whether the zip marks the name as UTF-8 (general purpose bit 11); a
    ///   non-ASCII name without it is refused, since other tools would read it as code page 437.
    static func check(_ raw: [UInt8], utf8Flag: Bool = true) throws(PackageError) -> (path: String, isFolder: Bool) {
        guard !raw.isEmpty else { throw PackageError.emptyName() }
        guard let name = decodeUTF8(raw) else { throw PackageError.invalidNameEncoding(display(raw)) }
        if !utf8Flag, raw.contains(where: { $0 >= 0x80 }) { throw PackageError.unmarkedNameEncoding(name) }
        if let bad = name.unicodeScalars.first(where: isUnsafe) { throw PackageError.unsafeCharacter(name, bad) }
        if raw.contains(UInt8(ascii: "\\")) { throw PackageError.backslashInName(name) }
        if raw[0] == UInt8(ascii: "/") || hasDriveLetter(raw) { throw PackageError.absolutePath(name) }

        let isFolder = raw.last == UInt8(ascii: "/")
        let path = isFolder ? String(name.dropLast()) : name
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") { throw PackageError.pathTraversal(name) }
        if parts.contains(where: { $0.isEmpty || $0 == "." }) { throw PackageError.oddComponent(name) }

        let nfc = name.precomposedStringWithCanonicalMapping
        guard nfc.unicodeScalars.elementsEqual(name.unicodeScalars) else { throw PackageError.notNFC(name) }
        return (path, isFolder)
    }

    /// C0 and C1 controls, DEL, bidi embeddings, overrides, isolates and marks, and the Unicode line
    /// and paragraph separators: characters that can make a name display as something it is not.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Strict UTF-8 decoding: `nil` for overlong forms, surrogates, truncated sequences and the like.
    static func decodeUTF8(_ bytes: [UInt8]) -> String? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var result = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.append(scalar)
            case .emptyInput: return String(result)
            case .error: return nil
            }
        }
    }

    /// `C:` or `c:` at the start: a Windows drive, absolute on extraction there.
    private static func hasDriveLetter(_ raw: [UInt8]) -> Bool {
        guard raw.count >= 2, raw[1] == UInt8(ascii: ":") else { return false }
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(raw[0] | 0x20)
    }

    /// A name that is not UTF-8, printable: ASCII as is, other bytes as `\xNN`.
    private static func display(_ raw: [UInt8]) -> String {
        var out = ""
        for byte in raw {
            if byte < 0x80 {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "\\x" + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}

/// The names seen so far in one package: refuses exact duplicates, names that differ only in case,
/// and a name used both as a file and as a folder (`a` beside `a/b`).
struct PackageNameSet {
    private enum Kind { case file, folder, impliedFolder }
    private var seen: [String: (name: String, kind: Kind)] = [:]

    /// Records a checked path (as returned by `PackageName.check`) and every folder above it.
    mutating func insert(_ path: String, isFolder: Bool) throws(PackageError) {
        var prefix = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: false).dropLast() {
            prefix += prefix.isEmpty ? String(part) : "/" + part
            try add(prefix, .impliedFolder)
        }
        try add(path, isFolder ? .folder : .file)
    }

    private mutating func add(_ name: String, _ kind: Kind) throws(PackageError) {
        let key = Self.fold(name)
        guard let existing = seen[key] else {
            seen[key] = (name, kind)
            return
        }
        guard existing.name.utf8.elementsEqual(name.utf8) else {
            throw PackageError.caseConflict(name, existing.name)
        }
        switch (existing.kind, kind) {
        case (.file, .file): throw PackageError.duplicateEntry(name)
        case (.file, _), (_, .file): throw PackageError.fileAndFolder(name)
        case (.folder, .folder): throw PackageError.duplicateEntry(name + "/")
        case (.impliedFolder, .folder): seen[key] = (name, .folder)
        default: break
        }
    }

    /// Full case folding, near enough for file systems: `ß` and `SS` fold alike, as do `K` and the
    /// Kelvin sign. The dictionary key compares canonically, so NFC and NFD spellings meet too.
    private static func fold(_ name: String) -> String {
        name.uppercased().lowercased()
    }
}
