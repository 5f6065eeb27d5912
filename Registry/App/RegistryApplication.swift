import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Builds the registry's HTTP application.
public enum RegistryApplication {
    /// The router with every route, and the routes as the OpenAPI document should list them.
    static func router(services: RegistryServices) -> (Router<RegistryRequestContext>, [RouteSpec]) {
        // A first pass only lists the routes, so the problem middleware can answer 405 for a known path.
        let specs = register(services: services, on: nil)
        let router = Router(context: RegistryRequestContext.self)
        router.add(middleware: MetricsAndLimitsMiddleware(metrics: services.metrics, limiter: services.limiter))
        router.add(middleware: ProblemMiddleware(routes: specs))
        _ = register(services: services, on: router)
        return (router, specs)
    }

    static func register(services: RegistryServices, on router: Router<RegistryRequestContext>?) -> [RouteSpec] {
        var routes = RouteTable(router: router)
        OpsController(services: services).register(&routes)
        PackagesController(services: services).register(&routes)
        CatalogController(services: services).register(&routes)
        LifecycleController(services: services).register(&routes)
        AccountsController(services: services).register(&routes)
        if let renderer = services.marketplace { WebController(services: services, renderer: renderer).register(&routes) }
        return routes.specs
    }

    /// The API routes (method and OpenAPI path), for tests that compare them with `/openapi.yaml`.
    public static func apiRoutes(configuration: RegistryConfiguration, database: Database) -> [RouteSpec] {
        router(services: RegistryServices(configuration: configuration, database: database)).1
    }

    /// The application: the HTTP server, the database client and the download-count flusher as
    /// services, shut down gracefully on SIGTERM/SIGINT (in-flight requests finish first).
    /// `beforeServerStarts` runs once the database client runs and before the port opens (migrations).
    public static func make(
        configuration: RegistryConfiguration, database: Database, logger: Logger,
        beforeServerStarts: (@Sendable () async throws -> Void)? = nil,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let services = RegistryServices(configuration: configuration, database: database)
        let (router, _) = router(services: services)
        var app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "junction-registry"),
            services: [database.client, DownloadFlusher(services: services)],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        if let beforeServerStarts { app.beforeServerStarts(perform: beforeServerStarts) }
        return app
    }
}

/// Writes gathered download counts every few seconds and once more at shutdown.
struct DownloadFlusher: Service {
    let services: RegistryServices

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: .seconds(2))
            await services.downloads.flush(services.database)
        }
        await services.downloads.flush(services.database)
    }
}

/// Turns errors that are not problems yet (route misses, body errors) into problem+json.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = RegistryRequestContext
    let routes: [RouteSpec]

    /// The methods served at `path` (OpenAPI templates match any one segment).
    func methods(for path: String) -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return routes.filter { spec in
            let pattern = spec.path.split(separator: "/", omittingEmptySubsequences: false)
            return pattern.count == parts.count
                && zip(pattern, parts).allSatisfy { p, s in (p.hasPrefix("{") && p.hasSuffix("}") && !s.isEmpty) || p == s }
        }.map(\.method)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let p as APIProblem {
            throw p
        } catch let e as HTTPError {
            switch e.status {
            case .notFound:
                let allowed = methods(for: request.uri.path)
                if !allowed.isEmpty && !allowed.contains(request.method.rawValue) {
                    var p = APIProblem(
                        "method_not_allowed", .methodNotAllowed, title: "Method not allowed",
                        detail: "\(request.uri.path) takes \(allowed.joined(separator: ", "))")
                    p.headers[.allow] = allowed.joined(separator: ", ")
                    throw p
                }
                throw APIProblem.notFound("no route \(request.method.rawValue) \(request.uri.path)")
            case .contentTooLarge: throw APIProblem("payload_too_large", .contentTooLarge, title: "Body too large", detail: e.body ?? "")
            default: throw APIProblem(String(e.status.code), e.status, title: e.status.reasonPhrase, detail: e.body ?? "")
            }
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)"])
            throw APIProblem("internal", .internalServerError, title: "Internal error", detail: "the registry failed; the error is logged")
        }
    }
}
