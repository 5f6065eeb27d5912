import Dataway
import Foundation

/// The authorization-code and refresh requests of OAuth2 (RFC 6749 §4.1 and §6, PKCE per RFC 7636),
/// as pure functions over the manifest. The runtime sends them and keeps the resulting tokens.
extension TokenExchange {
    /// The provider's authorize URL the user is sent to: `response_type=code`, the client id, the exact
    /// redirect URI, the scopes, `state`, the PKCE S256 challenge (when given) and `authorize_params`.
    public static func authorizeURL(
        _ connector: CompiledConnector, connection: JSONValue, redirectURI: String, state: String, codeChallenge: String?
    ) throws(OperationError) -> String {
        let auth = connector.manifest.auth
        let scope: [String: DatawayValue] = ["connection": connection.dataway]
        let urlText = try render(connector.auth.authorizeURL, scope, "auth.authorize_url")
        guard var url = URLParts(urlText) else {
            throw OperationError(
                code: "invalid_url", step: "auth", message: "auth.authorize_url rendered to \"\(urlText)\", which is not an absolute URL")
        }
        let (clientID, _) = clientCredentials(connector, connection: connection)
        guard !clientID.isEmpty else {
            throw OperationError(
                code: "missing_credential", step: "auth",
                message: "the connection has no \(auth.clientIdField ?? "client_id"); the OAuth2 app's client id is needed")
        }
        url.query += [
            QueryItem("response_type", "code"), QueryItem("client_id", clientID), QueryItem("redirect_uri", redirectURI),
        ]
        if let scopes = auth.scopes, !scopes.isEmpty {
            url.query.append(QueryItem("scope", scopes.joined(separator: auth.scopeSeparator ?? " ")))
        }
        url.query.append(QueryItem("state", state))
        if let codeChallenge {
            url.query += [QueryItem("code_challenge", codeChallenge), QueryItem("code_challenge_method", "S256")]
        }
        for (k, t) in connector.auth.authorizeParams { url.query.append(QueryItem(k, try render(t, scope, "auth.authorize_params.\(k)"))) }
        let request = OutgoingRequest(
            method: "GET", scheme: url.scheme, host: url.host, port: url.port, path: url.path, query: url.query)
        return request.url
    }

    /// Whether the manifest asks for PKCE (the default for the authorization-code grant).
    public static func usesPKCE(_ connector: CompiledConnector) -> Bool { connector.manifest.auth.pkce ?? true }

    /// Exchanges an authorization code for tokens.
    public static func authorizationCodeRequest(
        _ connector: CompiledConnector, connection: JSONValue, code: String, redirectURI: String, codeVerifier: String?
    ) throws(OperationError) -> OutgoingRequest {
        var form = [QueryItem("grant_type", "authorization_code"), QueryItem("code", code), QueryItem("redirect_uri", redirectURI)]
        if let codeVerifier { form.append(QueryItem("code_verifier", codeVerifier)) }
        return try tokenEndpointRequest(connector, connection: connection, urlTemplate: connector.auth.tokenURL, form: form)
    }

    /// Trades a refresh token for a new access token (at `refresh_url`, or `token_url` when there is none).
    public static func refreshRequest(_ connector: CompiledConnector, connection: JSONValue, refreshToken: String) throws(OperationError)
        -> OutgoingRequest
    {
        let form = [QueryItem("grant_type", "refresh_token"), QueryItem("refresh_token", refreshToken)]
        return try tokenEndpointRequest(
            connector, connection: connection, urlTemplate: connector.auth.refreshURL ?? connector.auth.tokenURL, form: form)
    }

    /// Whether a refresh response means the refresh token is dead (`invalid_grant` by default, or the
    /// manifest's `refresh_failure` errors and statuses): the user has to consent again, and retrying is useless.
    public static func refreshRejected(_ connector: CompiledConnector, response: IncomingResponse) -> Bool {
        guard !(200..<300).contains(response.status) || response.status == 200 && connector.manifest.auth.tokenResponse?.error != nil
        else { return false }
        let failure = connector.manifest.auth.refreshFailure
        if let statuses = failure?.statuses, statuses.contains(response.status) { return true }
        let body = (try? JSONValue.parse(response.body)) ?? .null
        let errors = failure?.errors ?? ["invalid_grant"]
        if let code = body["error"].flatMap(OperationRun.text), errors.contains(code) { return true }
        if let path = connector.manifest.auth.tokenResponse?.error, let v = ValuePath(path)?.select(body),
            let code = OperationRun.text(v), errors.contains(code)
        {
            return true
        }
        return false
    }

    static func tokenEndpointRequest(_ connector: CompiledConnector, connection: JSONValue, urlTemplate: Template?, form: [QueryItem])
        throws(OperationError) -> OutgoingRequest
    {
        let urlText = try render(urlTemplate, ["connection": connection.dataway], "auth.token_url")
        guard let url = URLParts(urlText) else {
            throw OperationError(
                code: "invalid_url", step: "auth", message: "auth.token_url rendered to \"\(urlText)\", which is not an absolute URL")
        }
        var params: [QueryItem] = []
        for (k, t) in connector.auth.tokenParams {
            params.append(QueryItem(k, try render(t, ["connection": connection.dataway], "auth.token_params.\(k)")))
        }
        var request = OutgoingRequest(method: "POST", scheme: url.scheme, host: url.host, port: url.port, path: url.path, query: url.query)
        formRequest(&request, connector, connection: connection, form: form + params)
        return request
    }

    static func render(_ t: Template?, _ scope: [String: DatawayValue], _ what: String) throws(OperationError) -> String {
        do {
            return try t?.render(scope) ?? ""
        } catch {
            throw OperationError(code: "template_failed", step: "auth", message: "\(what): \(error.message)")
        }
    }
}
