import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a finished helper command left behind.
struct CommandResult: Sendable {
    /// The exit status, or -1 when the command could not be launched or was killed by a signal.
    var status: Int32
    /// Standard output and standard error, interleaved as the command wrote them.
    var output: String

    var succeeded: Bool { status == 0 }
}

/// Runs the PostgreSQL helper programs (`initdb`, `pg_ctl`, `pg_isready`, `psql`, …) with
/// ``Spawn``.
///
/// Output goes to an temporary file (deleted on return) rather than a pipe: a daemon started by the
/// command (pg_ctl's postmaster, the watchdog) can never keep our end open, and a chatty command
/// can never fill a pipe and stall.
enum Command {
    /// The environment every helper gets: ours, minus libpq's `PG*` variables (a stray `PGHOST`,
    /// `PGDATA` or `PGSERVICE` must not redirect our tools) and with a fixed message language.
    static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        environment["LC_MESSAGES"] = "C"
        environment["PGCONNECT_TIMEOUT"] = "5"
        return environment
    }()

    /// Runs a command to completion and returns its status and output.
    static func run(_ executable: URL, _ arguments: [String]) async -> CommandResult {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("junction-pg-\(UUID().uuidString).out").path
        let descriptor = open(outputPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            return CommandResult(status: -1, output: "could not create \(outputPath): \(String(cString: strerror(errno)))")
        }
        defer { unlink(outputPath) }

        let started = Spawn.start(executable.path, arguments, environment: environment, outputDescriptor: descriptor)
        close(descriptor)
        switch started {
        case .failure(let failure):
            return CommandResult(status: -1, output: "could not run \(executable.path): \(failure.description)")
        case .success(let pid):
            let status = await Spawn.wait(pid)
            let data = FileManager.default.contents(atPath: outputPath) ?? Data()
            return CommandResult(status: status, output: String(decoding: data, as: UTF8.self))
        }
    }
}
