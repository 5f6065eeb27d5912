import Foundation
import Hummingbird

/// The tenant API's request context: the core context and the tenant the caller's token belongs to.
public struct RuntimeRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `TenantAuthMiddleware` for `/v1` routes.
    public var tenant: UUID?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The caller's tenant; routes behind the middleware always have one.
    func requireTenant() throws -> UUID {
        guard let tenant else {
            throw RuntimeProblem("unauthorized", .unauthorized, "this needs a tenant token (Authorization: Bearer jrt_...)")
        }
        return tenant
    }
}

/// Authenticates `Authorization: Bearer jrt_…` tenant tokens; every `/v1` call is scoped to that tenant.
struct TenantAuthMiddleware: RouterMiddleware {
    typealias Context = RuntimeRequestContext
    let tenants: TenantStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/v1/") || request.uri.path == "/v1" else { return try await next(request, context) }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw RuntimeProblem("unauthorized", .unauthorized, "this needs a tenant token (Authorization: Bearer jrt_...)")
        }
        let text = header.dropFirst(7).trimmingCharacters(in: .whitespaces)
        guard let tenant = try await tenants.authenticate(text) else {
            throw RuntimeProblem("unauthorized", .unauthorized, "the token is not a live tenant token of this runtime")
        }
        var context = context
        context.tenant = tenant
        return try await next(request, context)
    }
}

/// Turns every error into problem+json: runtime errors by their code, anything else as a logged 500.
struct RuntimeProblemMiddleware: RouterMiddleware {
    typealias Context = RuntimeRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let p as RuntimeProblem {
            throw p
        } catch let e as RuntimeError {
            if e.code == "vault_error" { context.logger.error("vault failure", metadata: ["error": "\(e.message)"]) }
            throw RuntimeProblem(e)
        } catch let e as HTTPError {
            switch e.status {
            case .notFound: throw RuntimeProblem("not_found", .notFound, "no route \(request.method.rawValue) \(request.uri.path)")
            default: throw RuntimeProblem(String(e.status.code), e.status, e.body ?? e.status.reasonPhrase)
            }
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error).prefix(500))"])
            throw RuntimeProblem("internal", .internalServerError, "the runtime failed; the error is logged")
        }
    }
}
