import Foundation

/// Creating databases on the embedded server with `psql` (as the superuser, over TCP).
enum Database {
    /// PostgreSQL silently truncates longer names, which would make "exists?" and "create" disagree.
    static let maximumNameBytes = 63

    static func validate(_ name: String) throws(EmbeddedPostgresError) {
        guard !name.isEmpty, name.utf8.count <= maximumNameBytes, !name.contains("\u{0}") else {
            throw .commandFailed(
                "choosing database name \"\(name)\"",
                output: "a database name must be 1 to \(maximumNameBytes) bytes, without NUL")
        }
    }

    /// Creates `name` unless it exists. A concurrent creation of the same name is not an error.
    static func create(_ name: String, port: Int, binaries: PostgresBinaries) async throws(EmbeddedPostgresError) {
        try validate(name)
        if try await exists(name, port: port, binaries: binaries) { return }
        let created = await psql(["-c", "CREATE DATABASE " + quoteIdentifier(name)], port: port, binaries: binaries)
        if created.succeeded { return }
        // Lost a race with another creator (SQLSTATE 42P04 duplicate_database, or a unique violation
        // when both inserted into pg_database at once): fine if the database is there now.
        if try await exists(name, port: port, binaries: binaries) { return }
        throw .commandFailed("creating database \"\(name)\"", output: created.output)
    }

    static func exists(_ name: String, port: Int, binaries: PostgresBinaries) async throws(EmbeddedPostgresError) -> Bool {
        let query = "SELECT 1 FROM pg_database WHERE datname = " + quoteLiteral(name)
        let result = await psql(["-tA", "-c", query], port: port, binaries: binaries)
        guard result.succeeded else {
            throw .commandFailed("looking up database \"\(name)\"", output: result.output)
        }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// `"name"` with inner double quotes doubled.
    static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `'text'` with inner single quotes doubled (standard_conforming_strings is on by default).
    static func quoteLiteral(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private static func psql(_ arguments: [String], port: Int, binaries: PostgresBinaries) async -> CommandResult {
        await Command.run(
            binaries.psql,
            [
                "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String(port),
                "-U", Cluster.superuser, "-d", "postgres",
            ] + arguments)
    }
}
