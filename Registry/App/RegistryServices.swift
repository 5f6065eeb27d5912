import ConnectorSDK
import Foundation
import Logging

/// Everything a request handler needs, built once per registry.
struct RegistryServices: Sendable {
    let configuration: RegistryConfiguration
    let database: Database
    let auth: TokenAuthenticator
    let accounts: AccountStore
    let catalog: CatalogStore
    let search: SearchStore
    let lifecycle: LifecycleStore
    let publisher: PublishStore
    let pipeline: PublishPipeline
    let packages = PackageCache()
    let downloads = DownloadCounter()
    let resolveCache = ResolveCache()
    let metrics: RegistryMetrics
    let limiter: RateLimiter
    let openAPI: String
    let marketplace: MarketplaceRenderer?

    init(configuration: RegistryConfiguration, database: Database) {
        self.configuration = configuration
        self.database = database
        auth = TokenAuthenticator(database: database)
        accounts = AccountStore(database: database)
        catalog = CatalogStore(database: database)
        search = SearchStore(database: database)
        lifecycle = LifecycleStore(database: database)
        publisher = PublishStore(database: database)
        pipeline = PublishPipeline(allowUnsigned: configuration.allowUnsigned, allowLocalHTTP: configuration.allowLocalHTTP)
        metrics = RegistryMetrics()
        limiter = RateLimiter(perMinute: configuration.requestsPerMinute)
        openAPI = OpenAPIDocument.text
        marketplace = try? MarketplaceRenderer()
    }

    /// The connector `vendor/name`; names outside the allowed alphabet are simply not found.
    func connector(_ vendor: String, _ name: String) async throws -> CatalogStore.Details {
        try await catalog.requireConnector("\(vendor)/\(name)")
    }
}

/// The OpenAPI document, shipped as a resource.
enum OpenAPIDocument {
    static let text: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let data = FileManager.default.contents(atPath: url.path)
        else { return "" }
        return String(decoding: data, as: UTF8.self)
    }()
}
