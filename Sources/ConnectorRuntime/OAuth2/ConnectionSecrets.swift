import ConnectorSDK
import Foundation

/// Everything secret about one connection: the fields the integrator filled in (keys, client
/// secrets), the OAuth2 tokens, and a started authorization. Stored only encrypted (the vault) or in
/// the user's own connection file (the CLI); never logged, never given to scripts beyond the fields.
public struct ConnectionSecrets: Sendable, Equatable, Codable {
    public var fields: JSONValue
    public var tokens: TokenSet?
    public var pending: PendingAuthorization?
    /// The provider refused the refresh token: only new consent helps.
    public var needsReconsent: Bool

    public init(fields: JSONValue, tokens: TokenSet? = nil, pending: PendingAuthorization? = nil, needsReconsent: Bool = false) {
        self.fields = fields
        self.tokens = tokens
        self.pending = pending
        self.needsReconsent = needsReconsent
    }

    enum CodingKeys: String, CodingKey {
        case fields, tokens, pending
        case needsReconsent = "needs_reconsent"
    }

    /// JSON with ISO 8601 dates, as stored.
    public func encoded() throws(RuntimeError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(self))
        } catch {
            throw RuntimeError.vault("cannot encode the connection's secrets")
        }
    }

    /// Reads what `encoded()` wrote.
    public static func decode(_ bytes: [UInt8]) throws(RuntimeError) -> ConnectionSecrets {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(ConnectionSecrets.self, from: Data(bytes))
        } catch {
            throw RuntimeError.connectionInvalid("the connection's stored secrets cannot be read: \(error)")
        }
    }
}

/// Where a connection's secrets live, with exclusive updates: the token manager refreshes inside
/// `update`, so two workers never spend the same refresh token.
public protocol CredentialStore: Sendable {
    /// The current secrets (no lock).
    func read() async throws(RuntimeError) -> ConnectionSecrets
    /// Runs `body` holding the connection's lock, on freshly read secrets, and saves what it leaves
    /// before returning (the save happens before the caller can use anything `body` obtained).
    func update<T: Sendable>(_ body: @Sendable (inout ConnectionSecrets) async throws(RuntimeError) -> T) async throws(RuntimeError) -> T
}
