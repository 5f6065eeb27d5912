import ConnectorSDK
import Hummingbird

/// Yank, unyank, deprecate and undeprecate.
struct LifecycleController {
    let services: RegistryServices

    func register(_ routes: inout RouteTable) {
        routes.add(.post, "/v1/connectors/{vendor}/{name}/{version}/yank") { request, context in
            try await yank(request, context, yanked: true)
        }
        routes.add(.delete, "/v1/connectors/{vendor}/{name}/{version}/yank") { request, context in
            try await yank(request, context, yanked: false)
        }
        routes.add(.post, "/v1/connectors/{vendor}/{name}/deprecate") { request, context in
            try await deprecate(request, context, deprecated: true)
        }
        routes.add(.delete, "/v1/connectors/{vendor}/{name}/deprecate") { request, context in
            try await deprecate(request, context, deprecated: false)
        }
    }

    func yank(_ request: Request, _ context: RegistryRequestContext, yanked: Bool) async throws -> Response {
        let principal = try await services.auth.require(request)
        let vendor = try context.parameters.require("vendor")
        let name = try context.parameters.require("name")
        let version = try context.parameters.require("version")
        try principal.require(.yank, vendor: vendor)
        let body = try await JSONBody.object(request)
        let reason = body["reason"]?.stringValue
        if yanked && (reason ?? "").isEmpty {
            throw APIProblem.badRequest("invalid_request", "say why in \"reason\"; integrators see it")
        }
        let c = try await services.connector(vendor, name)
        try await services.lifecycle.setYanked(connector: c, version: version, yanked: yanked, reason: reason, actor: principal.tokenID)
        await services.resolveCache.invalidate(c.listing.name)
        return JSONBody.response([
            "name": .string(c.listing.name), "version": .string(version), "yanked": .bool(yanked),
            "reason": reason.map(JSONValue.string) ?? .null,
        ])
    }

    func deprecate(_ request: Request, _ context: RegistryRequestContext, deprecated: Bool) async throws -> Response {
        let principal = try await services.auth.require(request)
        let vendor = try context.parameters.require("vendor")
        let name = try context.parameters.require("name")
        try principal.require(.yank, vendor: vendor)
        let body = try await JSONBody.object(request)
        let c = try await services.connector(vendor, name)
        var message: String?
        var replacement: String?
        if deprecated {
            message = try body.requiredString("message")
            replacement = body["replacement"]?.stringValue
            if let r = replacement, try await services.catalog.connector(r) == nil {
                throw APIProblem.badRequest("invalid_request", "replacement \(r) is not a connector in this registry")
            }
        }
        try await services.lifecycle.setDeprecated(connector: c, message: message, replacement: replacement, actor: principal.tokenID)
        return JSONBody.response([
            "name": .string(c.listing.name), "deprecated": .bool(deprecated), "message": message.map(JSONValue.string) ?? .null,
            "replacement": replacement.map(JSONValue.string) ?? .null,
        ])
    }
}
