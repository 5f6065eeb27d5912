import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file writes that readers never see half done: the bytes go to a unique temporary file in
/// the same folder, are flushed to disk, then renamed over the target (atomic on POSIX). Two
/// processes writing the same path at once each rename a complete file; the last one wins.
enum AtomicFile {
    /// Writes `bytes` to `path` atomically with `mode` permissions.
    static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws(RuntimeError) {
        let dir = (path as NSString).deletingLastPathComponent
        let temp = "\(dir)/.tmp-\(UUID().uuidString)"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw RuntimeError.cacheUnwritable("cannot create a file in \(dir): \(errnoText())") }
        var ok = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temp, path) == 0 else {
            let reason = errnoText()
            unlink(temp)
            throw RuntimeError.cacheUnwritable("cannot write \(path): \(reason)")
        }
    }

    /// Creates `path` with `bytes` only when it does not exist yet (atomic: `link` refuses an
    /// existing name). Returns false when another writer got there first.
    static func create(_ bytes: [UInt8], at path: String, mode: mode_t = 0o644) throws(RuntimeError) -> Bool {
        let dir = (path as NSString).deletingLastPathComponent
        let temp = "\(dir)/.tmp-\(UUID().uuidString)"
        try write(bytes, to: temp, mode: mode)
        defer { unlink(temp) }
        if link(temp, path) == 0 { return true }
        if errno == EEXIST { return false }
        throw RuntimeError.cacheUnwritable("cannot create \(path): \(errnoText())")
    }

    /// The file's bytes, or nil when it does not exist.
    static func read(_ path: String) throws(RuntimeError) -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuntimeError.cacheCorrupt("\(path) exists but cannot be read")
        }
        return [UInt8](data)
    }

    /// Creates `path` and its parents with owner-only permissions.
    static func makeDirectory(_ path: String) throws(RuntimeError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw RuntimeError.cacheUnwritable("cannot create the folder \(path): \(error.localizedDescription)")
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
