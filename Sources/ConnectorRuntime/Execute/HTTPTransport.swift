import AsyncHTTPClient
import ConnectorSDK
import NIOCore
import NIOHTTP1

/// Sends one engine request over async-http-client and collects the response, mapping transport
/// failures to the engine's structured errors.
public struct HTTPTransport: Sendable {
    let client: HTTPClient
    /// How long one request may take, connection included.
    public var timeout: TimeAmount
    /// The largest response body read.
    public var maxResponseBytes: Int

    public init(client: HTTPClient, timeout: TimeAmount = .seconds(30), maxResponseBytes: Int = 16 << 20) {
        self.client = client
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
    }

    /// Sends `request`; `step` names the operation step in errors (`request` or `auth`).
    public func send(_ request: OutgoingRequest, step: String = "request") async throws(OperationError) -> IncomingResponse {
        var r = HTTPClientRequest(url: request.url)
        r.method = HTTPMethod(rawValue: request.method)
        for h in request.headers { r.headers.add(name: h.name, value: h.value) }
        if !request.body.isEmpty { r.body = .bytes(ByteBuffer(bytes: request.body)) }
        let response: HTTPClientResponse
        do {
            response = try await client.execute(r, timeout: timeout)
        } catch let e as HTTPClientError where e == .deadlineExceeded || e == .readTimeout || e == .connectTimeout {
            throw OperationError(
                code: "timeout", step: step,
                message: "\(request.method) \(request.host)\(request.path) took longer than \(Self.seconds(timeout))")
        } catch {
            throw OperationError(
                code: "connection_failed", step: step, message: "\(request.method) \(request.host)\(request.path) failed: \(error)")
        }
        let body: ByteBuffer
        do {
            body = try await response.body.collect(upTo: maxResponseBytes)
        } catch is NIOTooManyBytesError {
            throw OperationError(
                code: "response_too_large", step: "response", message: "the response is larger than \(maxResponseBytes) bytes",
                status: Int(response.status.code))
        } catch let e as HTTPClientError where e == .deadlineExceeded || e == .readTimeout {
            throw OperationError(
                code: "timeout", step: step,
                message: "reading the response of \(request.method) \(request.path) took longer than \(Self.seconds(timeout))")
        } catch {
            throw OperationError(code: "connection_failed", step: step, message: "reading the response failed: \(error)")
        }
        return IncomingResponse(
            status: Int(response.status.code), headers: response.headers.map { HTTPHeader($0.name, $0.value) },
            body: Array(body.readableBytesView))
    }

    static func seconds(_ t: TimeAmount) -> String {
        let ms = t.nanoseconds / 1_000_000
        return ms % 1000 == 0 ? "\(ms / 1000) s" : "\(ms) ms"
    }
}
