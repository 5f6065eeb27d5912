import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A process told apart from a later one that reuses its id: the pid plus its start time.
///
/// On Linux the start time is field 22 of `/proc/PID/stat` (clock ticks since boot). Where there is
/// no `/proc` the start time is empty and only the pid is compared.
struct ProcessIdentity: Sendable, Equatable {
    let pid: Int32
    let startTime: String

    /// The identity of a running process, or nil when there is none with that id.
    static func of(_ pid: Int32) -> ProcessIdentity? {
        guard pid > 0 else { return nil }
        guard let fields = statFields(pid) else {
            return isSignalable(pid) ? ProcessIdentity(pid: pid, startTime: "") : nil
        }
        // Fields after the command name: [0] is the state (field 3), [19] the start time (field 22).
        guard fields.count > 19, fields[0] != "Z", fields[0] != "X" else { return nil }
        return ProcessIdentity(pid: pid, startTime: fields[19])
    }

    /// Whether this very process is still running (not gone, not a zombie, not a newer namesake).
    var isRunning: Bool {
        guard let current = Self.of(pid) else { return false }
        return startTime.isEmpty || current.startTime.isEmpty || current.startTime == startTime
    }

    /// The executable name the kernel keeps for a process (`comm`), e.g. `postgres`.
    static func commandName(_ pid: Int32) -> String? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `pid start-time`, as kept in the owner file.
    var recordLine: String { "\(pid) \(startTime)" }

    /// Parses ``recordLine``.
    init?(recordLine: String) {
        let parts = recordLine.split(whereSeparator: \.isWhitespace)
        guard let first = parts.first, let pid = Int32(first), pid > 0 else { return nil }
        self.init(pid: pid, startTime: parts.count > 1 ? String(parts[1]) : "")
    }

    init(pid: Int32, startTime: String) {
        self.pid = pid
        self.startTime = startTime
    }

    /// The fields of `/proc/PID/stat` after `pid (comm)`; the command name may hold spaces and
    /// parentheses, so the split starts after the last `)`.
    private static func statFields(_ pid: Int32) -> [String]? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        return text[text.index(after: close)...].split(separator: " ").map(String.init)
    }

    private static func isSignalable(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
