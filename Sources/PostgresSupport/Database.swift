import Foundation
import Logging
import PostgresNIO

/// A PostgreSQL database: one `PostgresClient` (a connection pool) and the logger queries use.
/// The client's `run()` must be running (the owner's service group runs it).
public struct Database: Sendable {
    public let client: PostgresClient
    public let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// A client for `url` (`postgres://user:password@host:port/database`).
    public static func client(url: String, maxConnections: Int = 20) throws(DatabaseError) -> PostgresClient {
        guard let parsed = DatabaseURL(url) else {
            throw DatabaseError.configuration(
                "DATABASE_URL \"\(DatabaseURL.redacted(url))\" is not a postgres://user@host:port/database URL")
        }
        var config = PostgresClient.Configuration(
            host: parsed.host, port: parsed.port, username: parsed.user, password: parsed.password, database: parsed.database,
            tls: .disable)
        config.options.maximumConnections = maxConnections
        return PostgresClient(configuration: config)
    }
}

/// A parsed `postgres://` URL.
public struct DatabaseURL: Sendable {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String

    /// Parses `postgres://user:password@host:port/database`; nil when it is not such a URL.
    public init?(_ text: String) {
        guard let scheme = text.range(of: "://") else { return nil }
        let s = text[..<scheme.lowerBound]
        guard s == "postgres" || s == "postgresql" else { return nil }
        var rest = text[scheme.upperBound...]
        var user = "postgres"
        var password: String?
        if let at = rest.lastIndex(of: "@") {
            let creds = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = creds.firstIndex(of: ":") {
                user = String(creds[..<colon]).removingPercentEncoding ?? String(creds[..<colon])
                let p = creds[creds.index(after: colon)...]
                password = String(p).removingPercentEncoding ?? String(p)
            } else {
                user = String(creds).removingPercentEncoding ?? String(creds)
            }
        }
        if let q = rest.firstIndex(of: "?") { rest = rest[..<q] }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let hostPort = rest[..<slash]
        let db = slash < rest.endIndex ? String(rest[rest.index(after: slash)...]) : user
        var host = String(hostPort)
        var port = 5432
        if let colon = hostPort.lastIndex(of: ":") {
            guard let p = Int(hostPort[hostPort.index(after: colon)...]) else { return nil }
            port = p
            host = String(hostPort[..<colon])
        }
        guard !host.isEmpty else { return nil }
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = db.isEmpty ? user : db
    }

    /// The URL with its password replaced by `***`, for messages.
    public static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url.lastIndex(of: "@"), at > scheme.upperBound else { return url }
        let creds = url[scheme.upperBound..<at]
        guard let colon = creds.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}

extension Database {
    /// Runs `body` in a transaction. An error thrown by `body` comes out as itself (a problem stays a
    /// problem), not wrapped in postgres-nio's transaction error.
    public func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> sending T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger, body)
        } catch let e as PostgresTransactionError {
            if let inner = e.closureError { throw inner }
            throw e
        }
    }
}
