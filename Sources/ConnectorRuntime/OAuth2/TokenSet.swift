import ConnectorSDK
import Foundation

/// The tokens a connection holds (kept only inside the credential vault).
public struct TokenSet: Sendable, Equatable, Codable {
    public var accessToken: String
    public var refreshToken: String?
    /// When the access token stops working; nil when the provider did not say.
    public var expiresAt: Date?

    public init(accessToken: String, refreshToken: String?, expiresAt: Date?) {
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.expiresAt = expiresAt
    }

    /// The tokens after a grant: a provider that does not rotate refresh tokens sends none, and the
    /// previous one stays.
    public init(grant: TokenGrant, previous: TokenSet?, now: Date) {
        accessToken = grant.accessToken
        refreshToken = grant.refreshToken ?? previous?.refreshToken
        expiresAt = grant.expiresIn.map { now.addingTimeInterval(TimeInterval($0)) }
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case refreshToken = "refresh_token"
        case expiresAt = "expires_at"
    }
}

/// What the connection's credentials need before a call: the pure decision of the token life cycle.
public enum TokenAction: Sendable, Equatable {
    /// The access token is good: use it.
    case use(String)
    /// Trade this refresh token for a new access token.
    case refresh(String)
    /// Get a token with the client-credentials grant.
    case fetchClientCredentials
    /// Only the user can fix this: consent again.
    case reconsent(String)

    /// Decides for a connection with `tokens` (nil before any), the manifest's `grant`, at `now`,
    /// refreshing `buffer` seconds before expiry.
    public static func next(tokens: TokenSet?, grant: String, needsReconsent: Bool, now: Date, buffer: TimeInterval) -> TokenAction {
        if needsReconsent { return .reconsent("the provider refused the refresh token; the account must be connected again") }
        if let t = tokens, t.expiresAt.map({ now.addingTimeInterval(buffer) < $0 }) ?? true { return .use(t.accessToken) }
        if grant == "client_credentials" { return .fetchClientCredentials }
        guard let refresh = tokens?.refreshToken else {
            return tokens == nil
                ? .reconsent("the account is not connected yet; complete the authorization first")
                : .reconsent("the access token expired and the provider gave no refresh token; connect the account again")
        }
        return .refresh(refresh)
    }
}
