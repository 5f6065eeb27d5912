import Dataway
import OrderedCollections

/// What the caller of an operation provides besides the input.
public struct OperationContext: Sendable {
    /// The connection's fields (`subdomain`, `api_key`, …).
    public var connection: JSONValue
    /// The current OAuth2 access token, for `auth.type: oauth2`.
    public var accessToken: String?
    /// Extra values templates see as `vars`.
    public var vars: JSONValue
    /// Allows plain http (local servers in development and tests).
    public var allowHTTP: Bool
    /// Sandbox limits for adapter scripts.
    public var limits: Limits

    public init(
        connection: JSONValue = .object([:]), accessToken: String? = nil, vars: JSONValue = .object([:]), allowHTTP: Bool = false,
        limits: Limits = .default
    ) {
        self.connection = connection
        self.accessToken = accessToken
        self.vars = vars
        self.allowHTTP = allowHTTP
        self.limits = limits
    }
}

/// What to do next in an operation.
public enum OperationStep: Sendable, Equatable {
    /// Send this request, after waiting the given milliseconds (a retry's backoff).
    case send(OutgoingRequest, delayMilliseconds: Int)
    /// The operation is done.
    case finished(JSONValue)
}

/// One run of an operation as a state machine: it says which request to send and is told each
/// response. The SDK's test harness feeds it recorded exchanges; the runtime feeds it real HTTP.
public struct OperationRun: Sendable {
    let connector: CompiledConnector
    let op: CompiledOperation
    let context: OperationContext
    let input: JSONValue
    var current: OutgoingRequest?
    var attempt = 1
    var pages = 0
    var items: [JSONValue] = []
    var offset = 0
    var page = 1

    /// Prepares operation `key` with `input`; fails when the operation is unknown or the input
    /// does not match its schema.
    public init(connector: CompiledConnector, operation key: String, input: JSONValue, context: OperationContext) throws(OperationError) {
        guard let op = connector.operation(key) else {
            throw OperationError(
                code: "unknown_operation", step: "input",
                message: "the connector has no operation \"\(key)\" (it has: \(connector.operationKeys.joined(separator: ", ")))")
        }
        if let schema = op.inputSchema, !schema.isValid(input), let first = schema.validate(input).first {
            throw OperationError(
                code: "input_invalid", step: "input", message: "the input does not match the operation's schema: \(first.message)",
                path: first.instancePath.dottedPath)
        }
        self.connector = connector
        self.op = op
        self.context = context
        self.input = input
        if op.isPaged {
            offset = op.spec.paginate?.start ?? 0
            page = op.spec.paginate?.start ?? 1
        }
    }

    /// The operation's paging; nil without reading the manifest when it has none (the common case).
    var pagination: Pagination? { op.isPaged ? op.spec.paginate : nil }
    var maxPages: Int { pagination?.maxPages ?? 10 }

    /// The first request.
    public mutating func start() throws(OperationError) -> OutgoingRequest {
        var request = try buildRequest()
        if let p = pagination {
            switch p.style {
            case "offset":
                if let param = p.param { request.setQuery(param, String(offset)) }
            case "page":
                if let param = p.param { request.setQuery(param, String(page)) }
            default: break
            }
            if let lp = p.limitParam, let limit = p.limit { request.setQuery(lp, String(limit)) }
        }
        current = request
        return request
    }

    /// Takes the response to the last request and says what comes next.
    public mutating func receive(_ response: IncomingResponse) throws(OperationError) -> OperationStep {
        guard let request = current else {
            throw OperationError(code: "internal", step: "response", message: "a response arrived before start()")
        }
        if let delay = try retryDelay(for: response) {
            attempt += 1
            return .send(request, delayMilliseconds: delay)
        }
        guard (200..<300).contains(response.status) else {
            throw OperationError(
                code: "http_status", step: "response",
                message: "\(request.method) \(request.path) returned \(response.status)\(Self.bodySnippet(response.body))",
                status: response.status)
        }
        let body = try parseBody(response)
        guard let p = pagination else {
            let output = try mapResponse(body, response: response)
            return .finished(try checkOutput(output))
        }
        let pageItems = try mapPage(body, response: response)
        items += pageItems
        pages += 1
        attempt = 1
        if pages < maxPages, let next = try nextRequest(after: request, style: p, body: body, pageItems: pageItems, response: response) {
            current = next
            return .send(next, delayMilliseconds: 0)
        }
        return .finished(try checkOutput(.array(items)))
    }

    static func bodySnippet(_ body: [UInt8]) -> String {
        guard !body.isEmpty else { return "" }
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return ": " + text + (body.count > 200 ? "…" : "")
    }

    func checkOutput(_ output: JSONValue) throws(OperationError) -> JSONValue {
        if let schema = op.outputSchema, !schema.isValid(output), let first = schema.validate(output).first {
            let path = first.instancePath.dottedPath
            throw OperationError(
                code: "output_invalid", step: "output",
                message: "the output does not match the operation's schema at \(path.isEmpty ? "the top level" : path): \(first.message)",
                path: path)
        }
        return output
    }
}
