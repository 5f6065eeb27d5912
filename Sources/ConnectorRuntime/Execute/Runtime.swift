import ConnectorSDK
import Foundation

/// The runtime's core, shared by the service and `junction invoke`: load connectors and run their
/// operations with a connection's credentials.
public struct Runtime: Sendable {
    public let loader: ConnectorLoader
    public let executor: OperationExecutor
    public let tokens: TokenManager

    public init(loader: ConnectorLoader, executor: OperationExecutor, now: @escaping @Sendable () -> Date = { Date() }) {
        self.loader = loader
        self.executor = executor
        self.tokens = TokenManager(executor: executor, now: now)
    }

    /// Runs `operation` of `connector` with `input` and the connection in `store`. An OAuth2 token
    /// the API refuses with 401 is renewed once and the operation tried again.
    public func invoke<Store: CredentialStore>(_ connector: CompiledConnector, operation: String, input: JSONValue, store: Store)
        async throws(RuntimeError) -> JSONValue
    {
        let secrets = try await store.read()
        let token = try await tokens.accessToken(connector, store: store)
        do {
            return try await executor.run(connector, operation: operation, input: input, connection: secrets.fields, accessToken: token)
        } catch let e where e.code == "http_status" && e.status == 401 && token != nil {
            let renewed = try await tokens.accessToken(connector, store: store, rejected: token)
            do {
                return try await executor.run(
                    connector, operation: operation, input: input, connection: secrets.fields, accessToken: renewed)
            } catch {
                throw RuntimeError.operation(error)
            }
        } catch {
            throw RuntimeError.operation(error)
        }
    }
}
