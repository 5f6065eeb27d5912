import Foundation
import Logging
import PostgresNIO

@testable import EmbeddedPostgres

#if canImport(Glibc)
    import Glibc
#endif

/// Connects with PostgresNIO's `PostgresClient`, runs `sql` and returns the rows' first column.
/// Cast in SQL (`::text`) when the column is not text.
func query(_ server: EmbeddedPostgres, database: String? = nil, _ sql: String) async throws -> [String] {
    let configuration = PostgresClient.Configuration(
        host: server.host, port: server.port, username: server.username, password: server.password,
        database: database ?? server.database, tls: .disable)
    var logger = Logger(label: "test.postgres-client")
    logger.logLevel = .error  // not "run() hasn't been called yet" when the query wins the race
    let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    return try await withThrowingTaskGroup(of: [String]?.self) { group in
        group.addTask {
            await client.run()
            return nil
        }
        defer { group.cancelAll() }
        var values: [String] = []
        let rows = try await client.query(PostgresQuery(unsafeSQL: sql))
        for try await value in rows.decode(String.self) {
            values.append(value)
        }
        return values
    }
}

/// Polls `condition` every 100 ms until it holds or `timeout` passes; returns whether it held.
func eventually(within timeout: Duration = .seconds(15), _ condition: () -> Bool) async -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while clock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(100))
    }
    return condition()
}

/// A process that has already exited, so its pid names nobody (until the kernel reuses it).
func deadPID() async throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    while process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
    return process.processIdentifier
}

/// A long sleep standing in for another program that owns a server. End it with ``kill(_:)``:
/// `Process` hands the test runner's blocked signal mask on, so it would never see SIGTERM; and its
/// output goes to /dev/null so it cannot keep `swift test`'s pipe open.
func startFakeOwner() throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sleep")
    process.arguments = ["120"]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}

/// SIGKILL, which no signal mask can hold back.
func kill(_ process: Process) {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
}

/// A data folder path under the temporary directory that nothing uses yet.
func freshDataDirectory() -> URL {
    FileManager.default.temporaryDirectory
        .appendingPathComponent("junction-postgres-test-" + UUID().uuidString.prefix(12).lowercased())
}
