import Foundation

/// Why the embedded PostgreSQL could not be started, used or stopped.
///
/// `code` is stable and meant for programs and tests; `message` is one actionable line for people.
public struct EmbeddedPostgresError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Kind: String, Sendable {
        case binariesNotFound = "binaries_not_found"
        case serverUserMissing = "server_user_missing"
        case dataDirectoryUnusable = "data_directory_unusable"
        case dataDirectoryInUse = "data_directory_in_use"
        case incompatibleDataDirectory = "incompatible_data_directory"
        case initdbFailed = "initdb_failed"
        case startFailed = "start_failed"
        case notReady = "not_ready"
        case commandFailed = "command_failed"
        case stopFailed = "stop_failed"
    }

    private let kind: Kind
    /// One line saying what went wrong and what to do about it.
    public let message: String

    private init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A stable identifier for the kind of failure, e.g. `binaries_not_found`.
    public var code: String { kind.rawValue }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }

    // MARK: - Factories (internal)

    static func binariesNotFound(lookedIn: String) -> Self {
        Self(
            .binariesNotFound,
            "PostgreSQL server binaries not found (looked in \(lookedIn)); install them with: apt-get install postgresql")
    }

    static func serverUserMissing(_ name: String) -> Self {
        Self(
            .serverUserMissing,
            "running as root, PostgreSQL must run as the '\(name)' user, which does not exist; "
                + "create it with: apt-get install postgresql (or: useradd --system --home-dir /var/lib/postgresql \(name))")
    }

    static func dataDirectoryUnusable(_ path: String, _ reason: String) -> Self {
        Self(.dataDirectoryUnusable, "cannot use PostgreSQL data folder \(path): \(reason)")
    }

    static func dataDirectoryInUse(_ path: String, ownerPID: Int32, port: Int?) -> Self {
        let portText = port.map { " on port \($0)" } ?? ""
        return Self(
            .dataDirectoryInUse,
            "PostgreSQL data folder \(path) is in use by a server\(portText) owned by process \(ownerPID); "
                + "stop that process or choose another data folder")
    }

    static func incompatibleDataDirectory(_ path: String, dataVersion: String, binaryVersion: String) -> Self {
        Self(
            .incompatibleDataDirectory,
            "PostgreSQL data folder \(path) was made by PostgreSQL \(dataVersion) but the binaries are version "
                + "\(binaryVersion); install PostgreSQL \(dataVersion), or move the folder away to start afresh")
    }

    static func initdbFailed(_ path: String, output: String) -> Self {
        Self(.initdbFailed, "initdb failed for \(path): \(oneLine(output))")
    }

    static func startFailed(_ path: String, logTail: String) -> Self {
        Self(.startFailed, "PostgreSQL did not start for \(path); server log ends with: \(oneLine(logTail))")
    }

    static func notReady(port: Int, seconds: Int, logTail: String) -> Self {
        Self(
            .notReady,
            "PostgreSQL on 127.0.0.1:\(port) was not ready after \(seconds) s; server log ends with: \(oneLine(logTail))")
    }

    static func commandFailed(_ what: String, output: String) -> Self {
        Self(.commandFailed, "\(what) failed: \(oneLine(output))")
    }

    static func stopFailed(_ path: String, output: String) -> Self {
        Self(.stopFailed, "could not stop PostgreSQL for \(path): \(oneLine(output))")
    }

    /// Folds multi-line tool output into one line, keeping at most the last 600 characters.
    private static func oneLine(_ text: String) -> String {
        let joined = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " | ")
        if joined.isEmpty { return "(no output)" }
        return joined.count > 600 ? "…" + String(joined.suffix(600)) : joined
    }
}
