import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension EmbeddedPostgres {
    /// Where and how to run the private server.
    public struct Configuration: Sendable {
        /// The cluster's data folder. Created (with `initdb`) when it holds no cluster yet, reused
        /// when it does. Every folder above it must be enterable by the server's user.
        public var dataDirectory: URL
        /// The TCP port on 127.0.0.1; nil picks a free one (and retries on a collision).
        public var port: Int?
        /// The database ``EmbeddedPostgres/url`` points at; created when missing.
        public var database: String
        /// The folder holding `initdb`, `pg_ctl`, `postgres`, `pg_isready` and `psql`; nil discovers it.
        public var binDirectory: URL?
        /// Delete ``dataDirectory`` when the server stops (by ``EmbeddedPostgres/stop()`` or by the
        /// watchdog after the owner died).
        public var removeDataDirectoryOnStop: Bool
        /// Whether writes survive a machine crash. `false` turns off `fsync`, `synchronous_commit`
        /// and `full_page_writes` (and initdb's syncing): fast, for throwaway test clusters only.
        public var durable: Bool
        /// The process whose death stops the server (see ``EmbeddedPostgres``); our own by default.
        /// Tests set another to prove the watchdog works.
        public var ownerPID: Int32
        /// How long to wait for the server to accept connections.
        public var startTimeout: Duration

        /// A configuration with the given data folder and the defaults for everything else:
        /// free port, database `junction`, discovered binaries, durable, data kept on stop.
        public init(
            dataDirectory: URL,
            port: Int? = nil,
            database: String = "junction",
            binDirectory: URL? = nil,
            removeDataDirectoryOnStop: Bool = false,
            durable: Bool = true,
            ownerPID: Int32 = getpid(),
            startTimeout: Duration = .seconds(30)
        ) {
            self.dataDirectory = dataDirectory
            self.port = port
            self.database = database
            self.binDirectory = binDirectory
            self.removeDataDirectoryOnStop = removeDataDirectoryOnStop
            self.durable = durable
            self.ownerPID = ownerPID
            self.startTimeout = startTimeout
        }

        /// The long-lived cluster for `junction serve`: `~/.junction/postgres`.
        ///
        /// Exception: when we run as root the server runs as the `postgres` user, which usually
        /// cannot enter root's home (`/root` is mode 0700). Rather than loosen the permissions of a
        /// home folder we did not create, the cluster then lives in ``systemDataDirectory``
        /// (`/var/lib/junction/postgres`), the usual place for a system service's data.
        public static func forServe() -> Configuration {
            let home = FileManager.default.homeDirectoryForCurrentUser
            let inHome = home.appendingPathComponent(".junction").appendingPathComponent("postgres")
            guard geteuid() == 0, let user = try? ServerUser.resolve(), user.switchesUser else {
                return Configuration(dataDirectory: inHome)
            }
            if user.firstBlockedAncestor(of: inHome) == nil {
                return Configuration(dataDirectory: inHome)
            }
            return Configuration(dataDirectory: systemDataDirectory)
        }

        /// Where ``forServe()`` keeps the cluster when root's home is closed to the `postgres` user.
        public static let systemDataDirectory = URL(fileURLWithPath: "/var/lib/junction/postgres")

        /// A throwaway cluster for tests: a fresh folder under the temporary directory, not durable,
        /// deleted when the server stops.
        public static func temporary() -> Configuration {
            let name = "junction-postgres-" + UUID().uuidString.prefix(12).lowercased()
            return Configuration(
                dataDirectory: FileManager.default.temporaryDirectory.appendingPathComponent(name),
                removeDataDirectoryOnStop: true,
                durable: false
            )
        }
    }
}
