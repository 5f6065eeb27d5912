import ConnectorSDK
import Foundation

/// Runs an operation for real: drives the SDK's `OperationRun` state machine with HTTP, checking each
/// request's address first and sleeping through retry back-offs.
public struct OperationExecutor: Sendable {
    public var transport: HTTPTransport
    public var addresses: AddressPolicy
    /// Plain http allowed (development and tests).
    public var allowHTTP: Bool
    /// The longest back-off honoured (a larger `Retry-After` fails the operation instead of waiting).
    public var maxRetryDelayMilliseconds: Int

    public init(
        transport: HTTPTransport, addresses: AddressPolicy = AddressPolicy(), allowHTTP: Bool = false,
        maxRetryDelayMilliseconds: Int = 30_000
    ) {
        self.transport = transport
        self.addresses = addresses
        self.allowHTTP = allowHTTP
        self.maxRetryDelayMilliseconds = maxRetryDelayMilliseconds
    }

    /// Runs `operation` with `input`; `connection` holds the connection's fields and `accessToken` the
    /// OAuth2 token when the connector uses one. Returns the output, validated against the schema.
    public func run(
        _ connector: CompiledConnector, operation: String, input: JSONValue, connection: JSONValue, accessToken: String? = nil
    ) async throws(OperationError) -> JSONValue {
        let context = OperationContext(connection: connection, accessToken: accessToken, allowHTTP: allowHTTP)
        var run = try OperationRun(connector: connector, operation: operation, input: input, context: context)
        var request = try run.start()
        while true {
            try await addresses.check(host: request.host)
            let response = try await transport.send(request)
            switch try run.receive(response) {
            case .finished(let output):
                return output
            case .send(let next, let delay):
                if delay > 0 {
                    guard delay <= maxRetryDelayMilliseconds else {
                        throw OperationError(
                            code: "rate_limited", step: "response",
                            message:
                                "the API asked to wait \(delay / 1000) s before retrying, longer than the \(maxRetryDelayMilliseconds / 1000) s allowed",
                            status: response.status)
                    }
                    do {
                        try await Task.sleep(for: .milliseconds(delay))
                    } catch {
                        throw OperationError(code: "cancelled", step: "request", message: "the operation was cancelled")
                    }
                }
                request = next
            }
        }
    }

    /// Sends one token-endpoint request (OAuth2), with the same address checks.
    public func sendTokenRequest(_ request: OutgoingRequest) async throws(OperationError) -> IncomingResponse {
        if request.scheme != "https" && !allowHTTP {
            throw OperationError(code: "insecure_url", step: "auth", message: "refusing plain http to the token endpoint \(request.host)")
        }
        try await addresses.check(host: request.host)
        return try await transport.send(request, step: "auth")
    }
}
