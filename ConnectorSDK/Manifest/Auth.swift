/// How a connector authenticates its calls.
public struct Auth: Codable, Sendable, Equatable {
    /// `oauth2`, `api_key`, `basic`, `bearer` or `none`.
    public var type: String
    // api_key / bearer
    /// The connection field holding the key or token (`api_key`/`bearer`).
    public var field: String?
    // basic
    public var usernameField: String?
    public var passwordField: String?
    // oauth2
    /// `authorization_code` (PKCE S256 on by default) or `client_credentials`.
    public var grant: String?
    public var authorizeUrl: String?
    public var tokenUrl: String?
    public var refreshUrl: String?
    public var scopes: [String]?
    /// Joins scopes in the authorize and token requests (default a space).
    public var scopeSeparator: String?
    /// `basic` (HTTP Basic with the client id and secret, the default) or `post` (in the form body).
    public var clientAuth: String?
    /// PKCE S256 for the authorization code grant (default true).
    public var pkce: Bool?
    /// Connection fields holding the client id and secret when the integrator brings their own app.
    public var clientIdField: String?
    public var clientSecretField: String?
    /// Extra parameters of the authorize request, as templates over `connection`.
    public var authorizeParams: [String: String]?
    /// Extra parameters of the token request, as templates over `connection`.
    public var tokenParams: [String: String]?
    /// `POST` (a form body, the standard) or `GET` (parameters in the query, as some providers want).
    public var tokenMethod: String?
    /// Where a non-standard token response keeps its fields (paths into the JSON body).
    public var tokenResponse: TokenResponseMapping?
    /// Refresh this many seconds before the access token expires (default 60).
    public var refreshBuffer: Int?
    /// What a failed refresh looks like: the connection then needs the user's consent again.
    public var refreshFailure: RefreshFailure?
    /// Where the credential goes on each request.
    public var apply: AuthApply?

    enum CodingKeys: String, CodingKey {
        case type
        case field
        case usernameField = "username_field"
        case passwordField = "password_field"
        case grant
        case authorizeUrl = "authorize_url"
        case tokenUrl = "token_url"
        case refreshUrl = "refresh_url"
        case scopes
        case scopeSeparator = "scope_separator"
        case clientAuth = "client_auth"
        case pkce
        case clientIdField = "client_id_field"
        case clientSecretField = "client_secret_field"
        case authorizeParams = "authorize_params"
        case tokenParams = "token_params"
        case tokenMethod = "token_method"
        case tokenResponse = "token_response"
        case refreshBuffer = "refresh_buffer"
        case refreshFailure = "refresh_failure"
        case apply
    }
}

/// Paths of the token fields in a provider's token response.
public struct TokenResponseMapping: Codable, Sendable, Equatable {
    public var accessToken: String?
    public var expiresIn: String?
    public var refreshToken: String?
    /// A field that is present and non-zero/non-empty when the provider reports an error in a 200 body.
    public var error: String?

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case expiresIn = "expires_in"
        case refreshToken = "refresh_token"
        case error
    }
}

/// The responses that mean a refresh token is no longer valid.
public struct RefreshFailure: Codable, Sendable, Equatable {
    /// OAuth2 `error` codes (default `invalid_grant`).
    public var errors: [String]?
    /// HTTP statuses.
    public var statuses: [Int]?
}

/// Where the credential goes: a header (`name` with `format`, a template over `credential` and
/// `connection`) or a query parameter.
public struct AuthApply: Codable, Sendable, Equatable {
    /// `header` or `query`.
    public var `in`: String
    public var name: String
    /// Default `Bearer ${credential}` for headers and `${credential}` for query parameters.
    public var format: String?
}
