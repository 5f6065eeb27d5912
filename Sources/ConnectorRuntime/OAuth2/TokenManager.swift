import ConnectorSDK
import Foundation

/// The thin I/O shell around `TokenAction`: gives an operation a usable access token, fetching or
/// refreshing it under the connection's lock and saving rotated tokens before they are used.
public struct TokenManager: Sendable {
    public var executor: OperationExecutor
    public var now: @Sendable () -> Date

    public init(executor: OperationExecutor, now: @escaping @Sendable () -> Date = { Date() }) {
        self.executor = executor
        self.now = now
    }

    enum Outcome: Sendable {
        case token(String)
        case reconsent(String)
        case failed(RuntimeError)
    }

    /// The access token to call with, or nil when the connector does not use OAuth2. With
    /// `rejected`, the API just refused that token: it is renewed unless another worker already did.
    public func accessToken<Store: CredentialStore>(_ connector: CompiledConnector, store: Store, rejected: String? = nil)
        async throws(RuntimeError) -> String?
    {
        let auth = connector.manifest.auth
        guard auth.type == "oauth2" else { return nil }
        let grant = auth.grant ?? "authorization_code"
        let buffer = TimeInterval(auth.refreshBuffer ?? 60)
        let snapshot = try await store.read()
        let first = TokenAction.next(
            tokens: snapshot.tokens, grant: grant, needsReconsent: snapshot.needsReconsent, now: now(), buffer: buffer)
        switch first {
        case .use(let token) where token != rejected: return token
        case .reconsent(let why) where snapshot.needsReconsent || grant != "client_credentials" && snapshot.tokens == nil:
            throw RuntimeError.reconsentRequired(why)
        default: break
        }
        let outcome = try await store.update { [executor, now] (secrets: inout ConnectionSecrets) async throws(RuntimeError) -> Outcome in
            var action = TokenAction.next(
                tokens: secrets.tokens, grant: grant, needsReconsent: secrets.needsReconsent, now: now(), buffer: buffer)
            if case .use(let token) = action, token == rejected {
                action =
                    grant == "client_credentials"
                    ? .fetchClientCredentials
                    : secrets.tokens?.refreshToken.map(TokenAction.refresh)
                        ?? .reconsent("the API refused the access token and there is no refresh token; connect the account again")
            }
            switch action {
            case .use(let token): return .token(token)
            case .reconsent(let why): return .reconsent(why)
            case .fetchClientCredentials:
                do throws(OperationError) {
                    let request = try TokenExchange.clientCredentialsRequest(connector, connection: secrets.fields)
                    let response = try await executor.sendTokenRequest(request)
                    let g = try TokenExchange.grant(connector, response: response)
                    secrets.tokens = TokenSet(grant: g, previous: nil, now: now())
                    return .token(g.accessToken)
                } catch {
                    return .failed(RuntimeError.oauthFailed("the client-credentials token request failed: \(error.message)"))
                }
            case .refresh(let refreshToken):
                do throws(OperationError) {
                    let request = try TokenExchange.refreshRequest(connector, connection: secrets.fields, refreshToken: refreshToken)
                    let response = try await executor.sendTokenRequest(request)
                    if TokenExchange.refreshRejected(connector, response: response) {
                        secrets.needsReconsent = true
                        secrets.tokens = nil
                        return .reconsent("the provider refused the refresh token; the account must be connected again")
                    }
                    let g = try TokenExchange.grant(connector, response: response)
                    secrets.tokens = TokenSet(grant: g, previous: secrets.tokens, now: now())
                    return .token(g.accessToken)
                } catch {
                    return .failed(RuntimeError.oauthFailed("refreshing the access token failed: \(error.message)"))
                }
            }
        }
        switch outcome {
        case .token(let t): return t
        case .reconsent(let why): throw RuntimeError.reconsentRequired(why)
        case .failed(let e): throw e
        }
    }

    /// Completes an authorization: checks the callback against the pending authorization, exchanges
    /// the code and stores the tokens (clearing the pending state and any re-consent mark).
    public func completeAuthorization<Store: CredentialStore>(_ connector: CompiledConnector, store: Store, query: [QueryItem])
        async throws(RuntimeError)
    {
        let outcome = try await store.update { [executor, now] (secrets: inout ConnectionSecrets) async throws(RuntimeError) -> Outcome in
            guard let pending = secrets.pending else {
                return .failed(RuntimeError.oauthFailed("this connection has no authorization in progress; start one first"))
            }
            let code: String
            do throws(RuntimeError) {
                code = try AuthorizationFlow.complete(pending, query: query, now: now())
            } catch {
                return .failed(error)
            }
            secrets.pending = nil
            do throws(OperationError) {
                let request = try TokenExchange.authorizationCodeRequest(
                    connector, connection: secrets.fields, code: code, redirectURI: pending.redirectURI, codeVerifier: pending.codeVerifier)
                let response = try await executor.sendTokenRequest(request)
                let g = try TokenExchange.grant(connector, response: response)
                secrets.tokens = TokenSet(grant: g, previous: nil, now: now())
                secrets.needsReconsent = false
                return .token(g.accessToken)
            } catch {
                return .failed(RuntimeError.oauthFailed("exchanging the authorization code failed: \(error.message)"))
            }
        }
        if case .failed(let e) = outcome { throw e }
    }
}
