import Foundation

/// A tiny shell process that stops the server once its owner is gone, however the owner died
/// (including SIGKILL, where no code of ours runs).
///
/// `setsid --fork` detaches it: it is not our child and lives in a session of its own, so signals
/// sent to our process group or session (Ctrl-C, a closing terminal) do not take it down with us. It runs as we do (root when
/// we are root, so it can always see the owner and remove a temporary folder) and stops the server
/// with the same `pg_ctl` command, switched to the server's user, that ``ServerProcess`` uses.
///
/// Each second it checks, through `/proc/PID/stat`, that the owner is alive: same start time (a
/// newer process reusing the pid does not count) and not a zombie. Without `/proc` it falls back
/// to `kill -0`. It exits by itself when the server stops first, so a normal
/// ``EmbeddedPostgres/stop()`` leaves nothing behind.
enum Watchdog {
    /// The script; its arguments are `owner owner-start server server-start data remove stop-command…`.
    static let script = #"""
        exec </dev/null >/dev/null 2>&1
        set -f
        owner=$1 owner_start=$2 server=$3 server_start=$4 data=$5 remove=$6
        shift 6
        alive() {
            if [ ! -d /proc/self ]; then kill -0 "$1" 2>/dev/null; return; fi
            { read -r line < "/proc/$1/stat"; } 2>/dev/null || return 1
            want=$2
            set -- ${line##*)}
            case $1 in Z|X) return 1 ;; esac
            [ -z "$want" ] || [ "${20}" = "$want" ]
        }
        while alive "$owner" "$owner_start"; do
            alive "$server" "$server_start" || exit 0
            sleep 1
        done
        if alive "$server" "$server_start"; then "$@"; fi
        if [ "$remove" = 1 ]; then rm -rf -- "$data"; fi
        """#

    /// Starts the watchdog for `server`, owned by `owner`. `setsid --fork` detaches it, so it is
    /// never our child (nothing of ours has to reap it) and lives in a session of its own.
    static func start(
        owner: ProcessIdentity,
        server: ProcessIdentity,
        cluster: Cluster,
        removeDataDirectory: Bool
    ) async throws(EmbeddedPostgresError) {
        let (stopProgram, stopArguments) = cluster.user.wrap(
            cluster.binaries.pgCtl,
            [
                "stop", "-D", cluster.directory.path, "-m", "fast", "-w", "-t", "60",
            ])
        let arguments =
            [
                "--fork", "/bin/sh", "-c", script, "junction-postgres-watchdog",
                String(owner.pid), owner.startTime, String(server.pid), server.startTime,
                cluster.directory.path, removeDataDirectory ? "1" : "0",
                stopProgram.path,
            ] + stopArguments
        guard let setsid = locateSetsid() else {
            throw .commandFailed(
                "starting the PostgreSQL watchdog",
                output: "setsid is not installed; install it with: apt-get install util-linux")
        }
        let result = await Command.run(setsid, arguments)
        guard result.succeeded else {
            throw .commandFailed("starting the PostgreSQL watchdog", output: result.output)
        }
    }

    private static func locateSetsid() -> URL? {
        ["/usr/bin/setsid", "/bin/setsid"]
            .map { URL(fileURLWithPath: $0) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? BinaryLocator.findOnPath("setsid")
    }
}
