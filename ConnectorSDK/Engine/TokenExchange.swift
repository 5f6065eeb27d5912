import Dataway
import Foundation

/// The access token an OAuth2 token endpoint gave.
public struct TokenGrant: Sendable, Equatable {
    public var accessToken: String
    /// Seconds until it expires, when the provider says.
    public var expiresIn: Int?
    public var refreshToken: String?

    public init(accessToken: String, expiresIn: Int?, refreshToken: String?) {
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.refreshToken = refreshToken
    }
}

/// The client-credentials token request and its response, as pure functions over the manifest:
/// the test harness checks them against recorded exchanges and the runtime sends them.
///
/// A `POST` token request is the standard form (`grant_type=client_credentials`, `scope`, and the client's
/// id and secret as `client_auth` says, plus `token_params`). A `GET` token request, which some
/// providers use (WeCom's `gettoken`), carries only `token_params`, in the query.
public enum TokenExchange {
    public static func clientCredentialsRequest(_ connector: CompiledConnector, connection: JSONValue) throws(OperationError)
        -> OutgoingRequest
    {
        let auth = connector.manifest.auth
        let scope: [String: DatawayValue] = ["connection": connection.dataway]
        let urlText = try render(connector.auth.tokenURL, scope, "auth.token_url")
        guard let url = URLParts(urlText) else {
            throw OperationError(
                code: "invalid_url", step: "auth", message: "auth.token_url rendered to \"\(urlText)\", which is not an absolute URL")
        }
        var params: [QueryItem] = []
        for (k, t) in connector.auth.tokenParams { params.append(QueryItem(k, try render(t, scope, "auth.token_params.\(k)"))) }
        var request = OutgoingRequest(
            method: auth.tokenMethod ?? "POST", scheme: url.scheme, host: url.host, port: url.port, path: url.path, query: url.query)
        if request.method == "GET" {
            request.query += params
            return request
        }
        var form = [QueryItem("grant_type", "client_credentials")]
        if let scopes = auth.scopes, !scopes.isEmpty {
            form.append(QueryItem("scope", scopes.joined(separator: auth.scopeSeparator ?? " ")))
        }
        form += params
        formRequest(&request, connector, connection: connection, form: form)
        return request
    }

    /// Fills a standard token request: the form body and the client's id and secret as `client_auth` says
    /// (HTTP Basic by default, or in the form with `post`).
    static func formRequest(_ request: inout OutgoingRequest, _ connector: CompiledConnector, connection: JSONValue, form: [QueryItem]) {
        let auth = connector.manifest.auth
        let (id, secret) = clientCredentials(connector, connection: connection)
        var form = form
        if auth.clientAuth == "post" {
            form += [QueryItem("client_id", id), QueryItem("client_secret", secret)]
        } else {
            let encode = { (s: String) in URLEncoding.encode(s) }
            request.headers.set("Authorization", "Basic " + Data("\(encode(id)):\(encode(secret))".utf8).base64EncodedString())
        }
        request.headers.set("Content-Type", "application/x-www-form-urlencoded")
        request.headers.set("Accept", "application/json")
        request.body = Array(URLEncoding.encodeQuery(form).utf8)
    }

    /// The client id and secret from the connection's fields (`client_id_field` / `client_secret_field`).
    static func clientCredentials(_ connector: CompiledConnector, connection: JSONValue) -> (id: String, secret: String) {
        let auth = connector.manifest.auth
        let id = connection[auth.clientIdField ?? "client_id"].flatMap(OperationRun.text) ?? ""
        let secret = connection[auth.clientSecretField ?? "client_secret"].flatMap(OperationRun.text) ?? ""
        return (id, secret)
    }

    /// Reads the token response with the manifest's `token_response` paths (standard names by default).
    public static func grant(_ connector: CompiledConnector, response: IncomingResponse) throws(OperationError) -> TokenGrant {
        let mapping = connector.manifest.auth.tokenResponse
        let body = (try? JSONValue.parse(response.body)) ?? .null
        func at(_ path: String?, _ fallback: String) -> JSONValue? { ValuePath(path ?? fallback)?.select(body) }
        if !(200..<300).contains(response.status) || body["error"] != nil && mapping?.error == nil {
            let detail = body["error_description"]?.stringValue ?? body["error"]?.stringValue ?? "HTTP \(response.status)"
            throw OperationError(
                code: "token_failed", step: "auth", message: "the token endpoint refused: \(detail)", status: response.status)
        }
        if let errorPath = mapping?.error, let e = at(errorPath, ""), e != .integer(0), e != .string(""), e != .null, e != .bool(false) {
            let message = body["errmsg"]?.stringValue ?? body["error_description"]?.stringValue ?? OperationRun.text(e) ?? ""
            throw OperationError(
                code: "token_failed", step: "auth", message: "the token endpoint reported \(OperationRun.text(e) ?? ""): \(message)",
                status: response.status)
        }
        guard let token = at(mapping?.accessToken, "access_token").flatMap(OperationRun.text), !token.isEmpty else {
            throw OperationError(
                code: "token_failed", step: "auth", message: "the token response has no access token", status: response.status)
        }
        var expires: Int?
        switch at(mapping?.expiresIn, "expires_in") {
        case .integer(let n)?: expires = n
        case .string(let s)?: expires = Int(s)
        default: expires = nil
        }
        return TokenGrant(
            accessToken: token, expiresIn: expires, refreshToken: at(mapping?.refreshToken, "refresh_token").flatMap(OperationRun.text))
    }
}
