import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import PostgresSupport
import ServiceLifecycle

/// Builds the runtime's HTTP application (the tenant API).
public enum RuntimeApplication {
    /// The router: problem answers, tenant authentication, then the routes.
    public static func router(service: RuntimeService) -> Router<RuntimeRequestContext> {
        let router = Router(context: RuntimeRequestContext.self)
        router.add(middleware: RuntimeProblemMiddleware())
        router.add(middleware: TenantAuthMiddleware(tenants: service.tenants))
        TenantAPI(service: service).register(on: router)
        return router
    }

    /// The service's parts, wired from a configuration: the database as the service role, the HTTP
    /// client, the loader with its cache and pins, the range tracker.
    public static func service(configuration c: RuntimeConfiguration, database: Database, http: HTTPClient, boundPort: Int? = nil)
        throws(RuntimeError) -> RuntimeService
    {
        let source = RegistrySource(baseURL: c.registryURL, client: http)
        let loader = ConnectorLoader(
            source: source, cache: try PackageCache(root: c.cacheRoot), pins: try KeyPins(root: c.cacheRoot), allowHTTP: c.allowLocal)
        let executor = OperationExecutor(
            transport: HTTPTransport(client: http, timeout: .seconds(c.requestTimeout)),
            addresses: AddressPolicy(allowPrivate: c.allowLocal),
            allowHTTP: c.allowLocal)
        let tenants = TenantStore(db: RuntimeDatabase(service: database), vault: CredentialVault(ring: c.masterKeys))
        return RuntimeService(
            runtime: Runtime(loader: loader, executor: executor), tracker: RangeTracker(source: source), tenants: tenants,
            redirectURI: c.redirectURI(boundPort: boundPort ?? c.port))
    }

    /// The application: the tenant API server, the service-role database client and the range
    /// poller, shut down gracefully on SIGTERM/SIGINT. `admin` (the database owner) applies the
    /// runtime's migrations before the port opens.
    public static func make(
        configuration c: RuntimeConfiguration, admin: Database, service database: Database, http: HTTPClient, logger: Logger,
        afterMigrations: (@Sendable (RuntimeService) async throws -> Void)? = nil,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws(RuntimeError) -> some ApplicationProtocol {
        let service = try service(configuration: c, database: database, http: http)
        var app = Application(
            router: router(service: service),
            configuration: .init(address: .hostname(c.host, port: c.port), serverName: "junction-runtime"),
            services: [admin.client, database.client, RangePoller(tracker: service.tracker, interval: c.pollInterval)],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? c.port) },
            logger: logger)
        app.beforeServerStarts {
            try await RuntimeDatabase.migrate(admin: admin, servicePassword: c.servicePassword)
            try await afterMigrations?(service)
        }
        return app
    }
}

/// Polls the registry for the ranges in use until shutdown.
struct RangePoller: Service {
    let tracker: RangeTracker
    let interval: Duration

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await tracker.run(every: interval)
        }
    }
}
