import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The account that owns the data folder and runs `initdb`, `pg_ctl` and the server.
///
/// PostgreSQL refuses to run as root. When we are root the server runs as the `postgres` system
/// user, reached through `runuser -u postgres --`; otherwise everything runs as ourselves.
struct ServerUser: Sendable {
    /// The system account used when we run as root.
    static let systemAccount = "postgres"

    let name: String
    let uid: uid_t
    let gid: gid_t
    /// `runuser`, when commands must switch to this user; nil when they run as we do.
    let runuser: URL?

    /// Whether commands run as another user than ours.
    var switchesUser: Bool { runuser != nil }

    static func resolve() throws(EmbeddedPostgresError) -> ServerUser {
        if geteuid() != 0 {
            let name = accountName(uid: geteuid()) ?? String(geteuid())
            return ServerUser(name: name, uid: geteuid(), gid: getegid(), runuser: nil)
        }
        guard let (uid, gid) = lookUpAccount(systemAccount) else {
            throw .serverUserMissing(systemAccount)
        }
        let runuser =
            ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
            .map { URL(fileURLWithPath: $0) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? BinaryLocator.findOnPath("runuser")
        guard let runuser else {
            throw .commandFailed(
                "switching to the \(systemAccount) user",
                output: "runuser is not installed; install it with: apt-get install util-linux")
        }
        return ServerUser(name: systemAccount, uid: uid, gid: gid, runuser: runuser)
    }

    /// The executable and arguments that run `executable arguments…` as this user.
    func wrap(_ executable: URL, _ arguments: [String]) -> (URL, [String]) {
        guard let runuser else { return (executable, arguments) }
        return (runuser, ["-u", name, "--", executable.path] + arguments)
    }

    /// Runs a command as this user.
    func run(_ executable: URL, _ arguments: [String]) async -> CommandResult {
        let (program, fullArguments) = wrap(executable, arguments)
        return await Command.run(program, fullArguments)
    }

    /// Makes `url` belong to this user with mode 0700, as PostgreSQL requires of its data folder.
    func takeOwnership(of url: URL) throws(EmbeddedPostgresError) {
        if switchesUser, chown(url.path, uid, gid) != 0 {
            throw .dataDirectoryUnusable(url.path, "chown to \(name) failed: \(String(cString: strerror(errno)))")
        }
        if chmod(url.path, 0o700) != 0 {
            throw .dataDirectoryUnusable(url.path, "chmod 0700 failed: \(String(cString: strerror(errno)))")
        }
    }

    /// The first folder above `url` that this user may not enter, or nil when the whole path is open.
    func firstBlockedAncestor(of url: URL) -> String? {
        var ancestors: [String] = []
        var current = url.standardizedFileURL.deletingLastPathComponent()
        while true {
            ancestors.append(current.path)
            if current.path == "/" || current.path.isEmpty { break }
            current = current.deletingLastPathComponent()
        }
        let groups = switchesUser ? Self.groups(of: name, primary: gid) : []
        for path in ancestors.reversed() {
            if !mayEnter(path, groups: groups) { return path }
        }
        return nil
    }

    private func mayEnter(_ path: String, groups: Set<gid_t>) -> Bool {
        guard switchesUser else { return access(path, X_OK) == 0 }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let mode = info.st_mode
        if info.st_uid == uid { return mode & S_IXUSR != 0 }
        if groups.contains(info.st_gid) { return mode & S_IXGRP != 0 }
        return mode & S_IXOTH != 0
    }

    private static func groups(of name: String, primary: gid_t) -> Set<gid_t> {
        #if os(Linux)
            var count: Int32 = 64
            var list = [gid_t](repeating: 0, count: Int(count))
            if getgrouplist(name, primary, &list, &count) == -1 {
                list = [gid_t](repeating: 0, count: Int(count))
                _ = getgrouplist(name, primary, &list, &count)
            }
            return Set(list.prefix(Int(max(count, 0)))).union([primary])
        #else
            return [primary]
        #endif
    }

    /// The uid and gid of an account (`getpwnam_r`: the plain call shares one buffer across threads).
    private static func lookUpAccount(_ name: String) -> (uid_t, gid_t)? {
        withPasswordEntry({ getpwnam_r(name, &$0, $1, $2, &$3) }) { ($0.pw_uid, $0.pw_gid) }
    }

    private static func accountName(uid: uid_t) -> String? {
        withPasswordEntry({ getpwuid_r(uid, &$0, $1, $2, &$3) }) { entry in
            entry.pw_name.map { String(cString: $0) }
        } ?? nil
    }

    /// Calls a `getpw*_r` function with a scratch buffer and reads the entry while the buffer lives.
    private static func withPasswordEntry<T>(
        _ lookUp: (inout passwd, UnsafeMutablePointer<CChar>, Int, inout UnsafeMutablePointer<passwd>?) -> Int32,
        _ read: (passwd) -> T
    ) -> T? {
        var buffer = [CChar](repeating: 0, count: 16_384)
        return buffer.withUnsafeMutableBufferPointer { scratch -> T? in
            guard let base = scratch.baseAddress else { return nil }
            var entry = passwd()
            var found: UnsafeMutablePointer<passwd>?
            guard lookUp(&entry, base, scratch.count, &found) == 0, found != nil else { return nil }
            return read(entry)
        }
    }
}
