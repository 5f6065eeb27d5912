import Foundation

/// What `postmaster.pid` says: line 1 the postmaster's pid, line 2 the data folder, line 4 the port.
struct PostmasterPidFile: Sendable, Equatable {
    let pid: Int32
    let port: Int?

    static func read(_ url: URL) -> PostmasterPidFile? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, let pid = Int32(first.trimmingCharacters(in: .whitespaces)), pid > 0 else {
            return nil
        }
        let port = lines.count > 3 ? Int(lines[3].trimmingCharacters(in: .whitespaces)) : nil
        return PostmasterPidFile(pid: pid, port: port)
    }
}

/// Starting, checking and stopping the postmaster of one cluster with `pg_ctl` and `pg_isready`.
struct ServerProcess: Sendable {
    enum StartOutcome: Sendable {
        case started
        /// Someone took the port between picking and binding it.
        case portInUse
        case failed(logTail: String)
    }

    let cluster: Cluster

    /// `pg_ctl start -w`: returns once the postmaster reports ready, or has exited.
    ///
    /// pg_ctl detaches the postmaster into its own session with output in `server.log`, so our
    /// process group's signals (Ctrl-C) never reach it; the watchdog takes care of our death.
    func start(timeout: Duration) async -> StartOutcome {
        let logOffset = cluster.logSize()
        let seconds = max(1, Int(timeout.components.seconds))
        let result = await cluster.user.run(
            cluster.binaries.pgCtl,
            [
                "start", "-D", cluster.directory.path, "-l", cluster.logFile.path, "-w", "-t", String(seconds), "-s",
            ])
        if result.succeeded { return .started }
        let tail = cluster.logTail(since: logOffset)
        if tail.contains("Address already in use") || tail.contains("could not create any TCP/IP sockets") {
            return .portInUse
        }
        return .failed(logTail: tail.isEmpty ? result.output : tail + "\n" + result.output)
    }

    /// Polls `pg_isready` over TCP until the server accepts connections or `timeout` passes.
    func waitUntilReady(port: Int, timeout: Duration) async throws(EmbeddedPostgresError) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let result = await Command.run(
                cluster.binaries.pgIsReady,
                [
                    "-h", "127.0.0.1", "-p", String(port), "-U", Cluster.superuser, "-d", "postgres", "-t", "2", "-q",
                ])
            if result.succeeded { return }
            let postmasterGone = PostmasterPidFile.read(cluster.pidFile).flatMap { ProcessIdentity.of($0.pid) } == nil
            if postmasterGone || clock.now >= deadline {
                throw .notReady(
                    port: port, seconds: Int(timeout.components.seconds),
                    logTail: cluster.logTail(since: 0))
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
    }

    /// `pg_ctl stop -m fast`, waiting until the postmaster is gone; `-m immediate` if that times out.
    /// Succeeds when no server was running.
    func stop(timeout: Duration = .seconds(60)) async throws(EmbeddedPostgresError) {
        guard let pidFile = PostmasterPidFile.read(cluster.pidFile) else { return }
        let seconds = String(max(1, Int(timeout.components.seconds)))
        let fast = await cluster.user.run(
            cluster.binaries.pgCtl,
            [
                "stop", "-D", cluster.directory.path, "-m", "fast", "-w", "-t", seconds, "-s",
            ])
        if fast.succeeded || !isRunning(pidFile.pid) { return }
        let immediate = await cluster.user.run(
            cluster.binaries.pgCtl,
            [
                "stop", "-D", cluster.directory.path, "-m", "immediate", "-w", "-t", seconds, "-s",
            ])
        if immediate.succeeded || !isRunning(pidFile.pid) { return }
        throw .stopFailed(cluster.directory.path, output: fast.output + "\n" + immediate.output)
    }

    /// The postmaster recorded in `postmaster.pid`, if that process is alive and is a PostgreSQL
    /// server. A file naming a dead process, or a process that is not postgres (its pid reused),
    /// is stale: it is removed and nil returned.
    func runningPostmaster() -> PostmasterPidFile? {
        guard let pidFile = PostmasterPidFile.read(cluster.pidFile) else {
            if FileManager.default.fileExists(atPath: cluster.pidFile.path) {
                try? FileManager.default.removeItem(at: cluster.pidFile)  // empty or garbled
            }
            return nil
        }
        if isRunning(pidFile.pid) { return pidFile }
        try? FileManager.default.removeItem(at: cluster.pidFile)
        return nil
    }

    /// Whether `pid` is a live PostgreSQL server process. Without `/proc` a live process is
    /// assumed to be one, so that we never remove the lock of a server that may be running.
    private func isRunning(_ pid: Int32) -> Bool {
        guard ProcessIdentity.of(pid) != nil else { return false }
        guard let name = ProcessIdentity.commandName(pid) else { return true }
        return name == "postgres" || name == "postmaster"
    }
}
