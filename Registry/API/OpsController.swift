import ConnectorSDK
import Hummingbird

/// Health, readiness, metrics and the API description.
struct OpsController {
    let services: RegistryServices

    func register(_ routes: inout RouteTable) {
        routes.add(.get, "/healthz") { _, _ in JSONBody.response(["status": "ok"]) }
        routes.add(.get, "/readyz") { _, _ in try await ready() }
        routes.add(.get, "/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: services.metrics.text)))
        }
        routes.add(.get, "/openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: services.openAPI)))
        }
    }

    func ready() async throws -> Response {
        do {
            try await services.database.client.query("SELECT 1", logger: services.database.logger)
            return JSONBody.response(["status": "ready", "database": "ok"])
        } catch {
            return JSONBody.response(["status": "not ready", "database": .string("unreachable")], status: .serviceUnavailable)
        }
    }
}
