import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SigningKey {
    /// Writes the key file (`fileText`) at `path` with mode 0600.
    ///
    /// The file is created with mode 0600 from the first moment, so the key is never readable by
    /// others, not even briefly. Without `overwrite` an existing file (or link) at `path` is never
    /// replaced (`key_file_exists`). With it, the key is written to a new file beside `path` and
    /// renamed over it, so `path` holds either the old key or the whole new one.
    public func writePrivateKey(to path: String, overwrite: Bool = false) throws(SigningKeyError) {
        let contents = Array(fileText.utf8)
        guard overwrite else {
            try Self.create(path, contents, displayPath: path)
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let suffix = (0..<8).map { _ in String(UInt8.random(in: 0...255), radix: 16) }.joined()
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(suffix).tmp"
        try Self.create(temporary, contents, displayPath: path)
        guard rename(temporary, path) == 0 else {
            let reason = Self.lastError()
            unlink(temporary)
            throw SigningKeyError.keyFileUnwritable(path, reason)
        }
    }

    /// Reads a key file written by `writePrivateKey(to:)`.
    ///
    /// Refuses a file that group or others may read or write (`key_file_insecure`), as `ssh` does.
    public static func readPrivateKey(from path: String) throws(SigningKeyError) -> SigningKey {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SigningKeyError.keyFileUnreadable(path, lastError()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SigningKeyError.keyFileUnreadable(path, lastError()) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw SigningKeyError.keyFileUnreadable(path, "not a regular file")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw SigningKeyError.keyFileInsecure(path, mode: UInt32(info.st_mode & 0o777))
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var count = 0
        while count < buffer.count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress.map { $0 + count }, $0.count - count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw SigningKeyError.keyFileUnreadable(path, lastError()) }
            if n == 0 { break }
            count += n
        }
        guard count < buffer.count else {
            throw SigningKeyError.malformedKey("\(path) is too large to be a Junction private key")
        }
        guard let text = PackageName.decodeUTF8(Array(buffer[..<count])) else {
            throw SigningKeyError.malformedKey("\(path) is not a Junction private key (not UTF-8 text)")
        }
        return try SigningKey(fileText: text)
    }

    /// Creates `path` (which must not exist) with mode 0600, writes `contents` and syncs it.
    private static func create(_ path: String, _ contents: [UInt8], displayPath: String) throws(SigningKeyError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw SigningKeyError.keyFileExists(displayPath) }
            throw SigningKeyError.keyFileUnwritable(displayPath, lastError())
        }
        var failure: String?
        // The umask can only take bits away; make the mode exactly 0600 all the same.
        if fchmod(fd, 0o600) != 0 { failure = lastError() }
        var written = 0
        while failure == nil, written < contents.count {
            let n = contents.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + written }, $0.count - written) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { failure = lastError() } else { written += n }
        }
        if failure == nil, fsync(fd) != 0 { failure = lastError() }
        if close(fd) != 0, failure == nil { failure = lastError() }
        if let failure {
            unlink(path)
            throw SigningKeyError.keyFileUnwritable(displayPath, failure)
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
