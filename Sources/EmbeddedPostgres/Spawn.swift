import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starting and waiting for child processes with `posix_spawn`, every descriptor but the standard
/// three closed in the child.
///
/// Why not `Foundation.Process`: on Linux it learns that a child exited when a socket it leaves open
/// in the child closes. `pg_ctl start` hands that socket on to the postmaster it detaches, so
/// `Process` would report pg_ctl as running (and leave it a zombie) for as long as the server runs.
/// Here the child keeps nothing of ours, and we wait with `waitpid(WNOHANG)` between short sleeps,
/// which never blocks a thread of the cooperative pool.
enum Spawn {
    #if canImport(Darwin)
        private typealias FileActions = posix_spawn_file_actions_t?
        private typealias Attributes = posix_spawnattr_t?
    #else
        private typealias FileActions = posix_spawn_file_actions_t
        private typealias Attributes = posix_spawnattr_t
    #endif

    /// Starts `executable` with `arguments`, standard input from /dev/null and standard output and
    /// error to `outputDescriptor`, in `/`. Returns the pid, or the `errno` of the failure.
    static func start(
        _ executable: String, _ arguments: [String], environment: [String: String], outputDescriptor: Int32
    ) -> Result<pid_t, SpawnFailure> {
        var actions = FileActions()
        var attributes = Attributes()
        guard posix_spawn_file_actions_init(&actions) == 0 else { return .failure(SpawnFailure(errno: errno)) }
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard posix_spawnattr_init(&attributes) == 0 else { return .failure(SpawnFailure(errno: errno)) }
        defer { posix_spawnattr_destroy(&attributes) }

        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputDescriptor, 1)
        posix_spawn_file_actions_adddup2(&actions, outputDescriptor, 2)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if canImport(Darwin)
            posix_spawn_file_actions_addchdir_np(&actions, "/")
            flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #else
            _ = GNUExtensions.addChdir?(&actions, "/")
            if let addClosefrom = GNUExtensions.addClosefrom {
                _ = addClosefrom(&actions, 3)
            } else {
                for descriptor in GNUExtensions.openDescriptors() where descriptor > 2 {
                    posix_spawn_file_actions_addclose(&actions, descriptor)
                }
            }
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGUSR1, SIGUSR2] {
            sigaddset(&defaultSignals, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)

        let argv = cStrings([executable] + arguments)
        let envp = cStrings(environment.map { "\($0.key)=\($0.value)" })
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv + [nil], envp + [nil])
        guard status == 0 else { return .failure(SpawnFailure(errno: status)) }
        return .success(pid)
    }

    /// Waits for `pid` to end and returns its exit status (-1 when a signal ended it).
    ///
    /// Polls every few milliseconds at first, then every 100 ms. Cancellation does not cut the wait
    /// short (the child must be reaped), it only stops the sleeps from being cancellable.
    static func wait(_ pid: pid_t) async -> Int32 {
        var pause = 2
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let signal = status & 0x7F
                return signal == 0 ? (status >> 8) & 0xFF : -1
            }
            if result == -1 && errno != EINTR { return -1 }  // not our child any more
            await sleepIgnoringCancellation(milliseconds: pause)
            pause = min(pause * 2, 100)
        }
    }

    private static func sleepIgnoringCancellation(milliseconds: Int) async {
        if Task.isCancelled {
            await Task.detached { try? await Task.sleep(for: .milliseconds(milliseconds)) }.value
        } else {
            try? await Task.sleep(for: .milliseconds(milliseconds))
        }
    }

    private static func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] {
        strings.map { strdup($0) }
    }
}

#if !canImport(Darwin)
    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29) and `…_addclosefrom_np` (2.34): GNU
    /// extensions that Swift's Glibc module does not declare, so they are looked up at run time.
    private enum GNUExtensions {
        typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        typealias AddClosefrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

        static let addChdir: AddChdir? = symbol("posix_spawn_file_actions_addchdir_np")
        static let addClosefrom: AddClosefrom? = symbol("posix_spawn_file_actions_addclosefrom_np")

        private static func symbol<T>(_ name: String) -> T? {
            guard let handle = dlopen(nil, RTLD_NOW), let address = dlsym(handle, name) else { return nil }
            return unsafeBitCast(address, to: T.self)
        }

        /// Our open descriptors, for older glibc: each is closed in the child one by one.
        static func openDescriptors() -> [Int32] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
            return names.compactMap { Int32($0) }
        }
    }
#endif

/// A `posix_spawn` failure, with its `errno`.
struct SpawnFailure: Error, Sendable {
    let errno: Int32

    var description: String { String(cString: strerror(errno)) }
}
