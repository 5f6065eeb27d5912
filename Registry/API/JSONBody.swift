import ConnectorSDK
import Hummingbird

/// Reading JSON request bodies and writing JSON responses.
enum JSONBody {
    static let maxBodyBytes = 64 * 1024

    /// The request's JSON object; a malformed body is a `malformed_json` problem.
    static func object(_ request: Request) async throws -> JSONValue {
        var req = request
        let buffer: ByteBuffer
        do {
            buffer = try await req.collectBody(upTo: maxBodyBytes)
        } catch {
            throw APIProblem(
                "payload_too_large", .contentTooLarge, title: "Body too large", detail: "JSON bodies are at most \(maxBodyBytes) bytes")
        }
        let bytes = Array(buffer.readableBytesView)
        if bytes.isEmpty { return .object([:]) }
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            throw APIProblem.malformedJSON("the body is not valid JSON: \(error.message)")
        }
        guard case .object = value else { throw APIProblem.malformedJSON("the body must be a JSON object") }
        return value
    }

    /// A JSON response.
    static func response(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var h = headers
        h[.contentType] = "application/json"
        return Response(status: status, headers: h, body: ResponseBody(byteBuffer: ByteBuffer(string: value.jsonText())))
    }
}

extension JSONValue {
    /// A required string member of a request body.
    func requiredString(_ key: String) throws -> String {
        guard let s = self[key]?.stringValue, !s.isEmpty else {
            throw APIProblem.badRequest("invalid_request", "the body needs a non-empty string \"\(key)\"")
        }
        return s
    }
}
