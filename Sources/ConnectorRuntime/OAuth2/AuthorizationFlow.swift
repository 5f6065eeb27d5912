import ConnectorSDK
import Crypto
import Foundation

/// An authorization started and not yet completed: what the callback is checked against.
public struct PendingAuthorization: Sendable, Equatable, Codable {
    /// The `state` sent to the provider (random, single use).
    public var state: String
    /// The PKCE verifier, when the manifest uses PKCE.
    public var codeVerifier: String?
    /// The exact redirect URI sent, which the code exchange must repeat.
    public var redirectURI: String
    public var startedAt: Date

    public init(state: String, codeVerifier: String?, redirectURI: String, startedAt: Date) {
        self.state = state
        self.codeVerifier = codeVerifier
        self.redirectURI = redirectURI
        self.startedAt = startedAt
    }

    enum CodingKeys: String, CodingKey {
        case state
        case codeVerifier = "code_verifier"
        case redirectURI = "redirect_uri"
        case startedAt = "started_at"
    }
}

/// The authorization-code flow as pure steps: `begin` makes the authorize URL and what to remember,
/// `complete` checks the callback and yields the code to exchange. The caller does the HTTP and storage.
public enum AuthorizationFlow {
    /// How long a started authorization stays valid.
    public static let lifetime: TimeInterval = 600

    /// Starts an authorization for `connector` with the connection's `fields`.
    public static func begin(_ connector: CompiledConnector, fields: JSONValue, redirectURI: String, now: Date) throws(RuntimeError)
        -> (url: String, pending: PendingAuthorization)
    {
        let state = PKCE.randomToken()
        let verifier = TokenExchange.usesPKCE(connector) ? PKCE.randomToken() : nil
        do {
            let url = try TokenExchange.authorizeURL(
                connector, connection: fields, redirectURI: redirectURI, state: state, codeChallenge: verifier.map(PKCE.challenge))
            return (url, PendingAuthorization(state: state, codeVerifier: verifier, redirectURI: redirectURI, startedAt: now))
        } catch {
            throw RuntimeError.oauthFailed("cannot build the authorize URL: \(error.message)")
        }
    }

    /// Checks the provider's callback parameters against `pending` and returns the authorization code.
    public static func complete(_ pending: PendingAuthorization, query: [QueryItem], now: Date) throws(RuntimeError) -> String {
        func param(_ name: String) -> String? { query.first { $0.name == name }?.value }
        guard let state = param("state"), constantTimeEqual(state, pending.state) else {
            throw RuntimeError.oauthFailed("the callback's state does not match the authorization that was started; start again")
        }
        guard now.timeIntervalSince(pending.startedAt) <= lifetime else {
            throw RuntimeError.oauthFailed("the authorization was started more than \(Int(lifetime / 60)) minutes ago; start again")
        }
        if let error = param("error") {
            let detail = param("error_description").map { ": \($0)" } ?? ""
            throw RuntimeError.oauthFailed("the provider refused the authorization (\(error))\(detail)")
        }
        guard let code = param("code"), !code.isEmpty else {
            throw RuntimeError.oauthFailed("the callback has no authorization code")
        }
        return code
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    /// The hash under which a pending `state` is looked up (the state itself is never stored in clear).
    public static func stateHash(_ state: String) -> [UInt8] { Array(SHA256.hash(data: Data(state.utf8))) }
}
