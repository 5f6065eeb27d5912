import ConnectorSDK
import Hummingbird

/// An RFC 9457 problem answer of the tenant API (`application/problem+json`).
struct RuntimeProblem: Error, HTTPResponseError, Sendable {
    let code: String
    let status: HTTPResponse.Status
    let detail: String
    /// For failed operations: which step, which status, which part of the schema.
    var operation: OperationError?

    init(_ code: String, _ status: HTTPResponse.Status, _ detail: String, operation: OperationError? = nil) {
        self.code = code
        self.status = status
        self.detail = detail
        self.operation = operation
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var doc: JSONValue = [
            "type": .string("https://junction.dev/problems/\(code)"), "title": .string(status.reasonPhrase),
            "status": .integer(status.code), "detail": .string(detail),
        ]
        if let op = operation {
            doc = doc.setting(
                [.key("operation")],
                to: [
                    "code": .string(op.code), "step": .string(op.step), "status": op.status.map { .integer($0) } ?? .null,
                    "path": op.path.map(JSONValue.string) ?? .null,
                ])
        }
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"junction-runtime\"" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: doc.jsonText())))
    }

    /// The answer for a runtime error.
    init(_ e: RuntimeError) {
        switch e.code {
        case "invalid_reference", "connection_invalid", "lock_invalid": self.init(e.code, .badRequest, e.message)
        case "not_found", "no_matching_version": self.init(e.code, .notFound, e.message)
        case "reconsent_required": self.init(e.code, .conflict, e.message)
        case "oauth_failed": self.init(e.code, .badRequest, e.message)
        case "vault_error": self.init(e.code, .internalServerError, "the credential vault failed; the error is logged")
        case "operation_failed":
            let op = e.operation
            let status: HTTPResponse.Status
            switch op?.code {
            case "input_invalid": status = .unprocessableContent
            case "unknown_operation": status = .notFound
            case "timeout": status = .gatewayTimeout
            default: status = .badGateway
            }
            self.init(op?.code ?? e.code, status, op?.description ?? e.message, operation: op)
        default: self.init(e.code, .badGateway, e.message)
        }
    }
}
