import ConnectorSDK
import Foundation
import Hummingbird

/// The tenant API's routes: installations, connections, operations and the OAuth2 callback.
struct TenantAPI: Sendable {
    let service: RuntimeService
    static let maxBodyBytes = 1 << 20

    func register(on router: Router<RuntimeRequestContext>) {
        router.get("/healthz") { _, _ in JSONResponse.make(["status": "ok"]) }
        router.get("/openapi.yaml") { _, _ in
            guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
                let data = FileManager.default.contents(atPath: url.path)
            else { throw RuntimeProblem("internal", .internalServerError, "the OpenAPI document is missing from the build") }
            return Response(
                status: .ok, headers: [.contentType: "application/yaml"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        router.get("/oauth/callback") { request, _ in try await callback(request) }
        router.post("/v1/installations") { request, context in try await install(request, context) }
        router.get("/v1/installations") { _, context in
            let list = try await service.installations.list(tenant: try context.requireTenant())
            return JSONResponse.make(["installations": .array(list.map(\.json))])
        }
        router.get("/v1/installations/{id}") { _, context in
            let tenant = try context.requireTenant()
            let id = try Self.uuid(context, "id")
            guard let i = try await service.installations.get(tenant: tenant, id: id) else { throw Self.missing("installation", id) }
            return JSONResponse.make(i.json)
        }
        router.delete("/v1/installations/{id}") { _, context in
            let id = try Self.uuid(context, "id")
            guard try await service.installations.delete(tenant: try context.requireTenant(), id: id) else {
                throw Self.missing("installation", id)
            }
            return Response(status: .noContent)
        }
        router.post("/v1/installations/{id}/connections") { request, context in try await connect(request, context) }
        router.get("/v1/connections") { request, context in
            let tenant = try context.requireTenant()
            let installation = try request.uri.queryParameters["installation"].map { s throws in
                guard let id = UUID(uuidString: String(s)) else {
                    throw RuntimeProblem("invalid_request", .badRequest, "installation must be an id")
                }
                return id
            }
            let list = try await service.connections.list(tenant: tenant, installation: installation)
            return JSONResponse.make(["connections": .array(list.map(\.json))])
        }
        router.get("/v1/connections/{id}") { _, context in
            let id = try Self.uuid(context, "id")
            guard let c = try await service.connections.get(tenant: try context.requireTenant(), id: id) else {
                throw Self.missing("connection", id)
            }
            return JSONResponse.make(c.json)
        }
        router.post("/v1/connections/{id}/operations/{operation}") { request, context in try await invoke(request, context) }
    }

    static func uuid(_ context: RuntimeRequestContext, _ name: String) throws -> UUID {
        guard let text = context.parameters.get(name), let id = UUID(uuidString: text) else {
            throw RuntimeProblem("invalid_request", .badRequest, "\(name) must be an id like 3f2c…-…")
        }
        return id
    }

    static func missing(_ what: String, _ id: UUID) -> RuntimeProblem {
        RuntimeProblem("not_found", .notFound, "no \(what) \(id.uuidString.lowercased()) in this tenant")
    }

    static func body(_ request: Request) async throws -> JSONValue {
        var req = request
        let buffer: ByteBuffer
        do {
            buffer = try await req.collectBody(upTo: maxBodyBytes)
        } catch {
            throw RuntimeProblem("payload_too_large", .contentTooLarge, "bodies are at most \(maxBodyBytes) bytes")
        }
        if buffer.readableBytes == 0 { return .object([:]) }
        let value: JSONValue
        do throws(JSONTextError) {
            value = try JSONValue.parse(Array(buffer.readableBytesView))
        } catch {
            throw RuntimeProblem("malformed_json", .badRequest, "the body is not valid JSON: \(error.message)")
        }
        guard case .object = value else { throw RuntimeProblem("malformed_json", .badRequest, "the body must be a JSON object") }
        return value
    }

    func install(_ request: Request, _ context: RuntimeRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let body = try await Self.body(request)
        guard var text = body["connector"]?.stringValue, !text.isEmpty else {
            throw RuntimeProblem("invalid_request", .badRequest, "the body needs \"connector\": \"vendor/name\" (and optionally \"range\")")
        }
        if let range = body["range"]?.stringValue, !text.contains("@") { text += "@" + range }
        let installation = try await service.install(tenant: tenant, reference: try ConnectorReference(text))
        return JSONResponse.make(installation.json, status: .created)
    }

    func connect(_ request: Request, _ context: RuntimeRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let installation = try Self.uuid(context, "id")
        let body = try await Self.body(request)
        let fields = body["fields"] ?? .object([:])
        let started = try await service.connect(
            tenant: tenant, installationID: installation, name: body["name"]?.stringValue ?? "", fields: fields)
        var doc = started.connection.json
        if let url = started.authorizeURL { doc = doc.setting([.key("authorize_url")], to: .string(url)) }
        return JSONResponse.make(doc, status: .created)
    }

    func invoke(_ request: Request, _ context: RuntimeRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let id = try Self.uuid(context, "id")
        guard let operation = context.parameters.get("operation") else {
            throw RuntimeProblem("invalid_request", .badRequest, "no operation")
        }
        let body = try await Self.body(request)
        let output = try await service.invoke(tenant: tenant, connectionID: id, operation: operation, input: body["input"] ?? .object([:]))
        return JSONResponse.make(["output": output])
    }

    func callback(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters.map { QueryItem(String($0.key), String($0.value)) }
        let (_, connection) = try await service.completeCallback(query: query)
        let html = """
            <!doctype html><html><head><meta charset="utf-8"><title>Connected</title></head>
            <body><h1>Account connected</h1><p>Connection \(connection.id.uuidString.lowercased()) is \(connection.status). You can close this window.</p></body></html>
            """
        return Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

/// JSON answers.
enum JSONResponse {
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: value.jsonText())))
    }
}
