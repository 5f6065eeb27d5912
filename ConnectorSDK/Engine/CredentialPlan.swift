/// How each request gets its credential, read once from the manifest's `auth`, so the engine applies it
/// without going back to the manifest on every request.
struct CredentialPlan: Sendable {
    enum Source: Sendable {
        case none
        /// HTTP Basic from two connection fields.
        case basic(usernameField: String, passwordField: String)
        /// The connection's OAuth2 access token.
        case accessToken
        /// A key or token from one connection field.
        case field(String)
    }

    let source: Source
    /// Whether the credential goes in a query parameter (else a header) named `name`.
    let inQuery: Bool
    let name: String

    init(_ auth: Auth) {
        switch auth.type {
        case "none": source = .none
        case "basic": source = .basic(usernameField: auth.usernameField ?? "username", passwordField: auth.passwordField ?? "password")
        case "oauth2": source = .accessToken
        default: source = .field(auth.field ?? "api_key")
        }
        let apply = auth.apply ?? AuthApply(in: "header", name: "Authorization", format: nil)
        inQuery = apply.in == "query"
        name = apply.name
    }
}
