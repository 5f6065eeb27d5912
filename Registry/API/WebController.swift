import ConnectorSDK
import Foundation
import Hummingbird

/// The server-rendered marketplace: home, search and connector pages.
struct WebController {
    let services: RegistryServices
    let renderer: MarketplaceRenderer

    static let categories: [String] =
        ManifestSchema.value["properties"]?["categories"]?["items"]?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? []
    static let authTypes = ["oauth2", "api_key", "basic", "bearer", "none"]
    static let securityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func register(_ routes: inout RouteTable) {
        routes.add(.get, "/") { _, _ in try await home() }
        routes.add(.get, "/search") { request, _ in try await search(request) }
        routes.add(.get, "/connectors/{vendor}/{name}") { request, context in try await connector(request, context) }
    }

    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: MarketplaceRenderer.contentType, .contentSecurityPolicy: securityPolicy],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func summary(_ l: CatalogStore.Listing) -> ConnectorSummaryView {
        ConnectorSummaryView(
            name: l.name, title: l.title, summary: l.summary, latestVersion: l.latestVersion, authType: l.authType,
            categories: l.categories,
            downloads: Int(l.downloads), deprecated: l.deprecated, updatedAt: l.updatedAt)
    }

    func home() async throws -> Response {
        let counts = try await services.search.counts()
        let view = HomePageView(
            recent: try await services.search.recent(limit: 6).map(Self.summary),
            popular: try await services.search.popular(limit: 6).map(Self.summary),
            categories: Self.categories, connectorCount: counts.connectors, vendorCount: counts.vendors)
        return Self.html(renderer.home(view))
    }

    func search(_ request: Request) async throws -> Response {
        let query: SearchStore.Query
        do {
            query = try CatalogController.query(request)
        } catch let p as APIProblem {
            return Self.html(renderer.error(status: Int(p.status.code), message: p.detail), status: p.status)
        }
        let (total, results) = try await services.search.search(query)
        let view = SearchPageView(
            query: query.text, category: query.category, auth: query.auth, page: query.page, perPage: query.perPage, total: total,
            results: results.map(Self.summary), categories: Self.categories, authTypes: Self.authTypes)
        return Self.html(renderer.search(view))
    }

    func connector(_ request: Request, _ context: RegistryRequestContext) async throws -> Response {
        let vendor = try context.parameters.require("vendor")
        let name = try context.parameters.require("name")
        guard let c = try await services.catalog.connector("\(vendor)/\(name)") else {
            return Self.html(renderer.notFound(path: request.uri.path), status: .notFound)
        }
        let versions = try await services.catalog.versions(connectorID: c.id)
        var operations: [OperationRowView] = []
        var triggers: [OperationRowView] = []
        if let latest = c.listing.latestVersion,
            let (_, manifest, _) = try await services.catalog.version(connectorID: c.id, version: latest)
        {
            operations = Self.rows(manifest["operations"])
            triggers = Self.rows(manifest["triggers"])
        }
        let view = ConnectorPageView(
            name: c.listing.name, title: c.listing.title, summary: c.listing.summary, readmeMarkdown: c.readme,
            authType: c.listing.authType,
            categories: c.listing.categories, license: c.license, homepage: c.homepage, latestVersion: c.listing.latestVersion,
            deprecationMessage: c.deprecatedMessage, replacement: c.replacement, downloads: Int(c.listing.downloads),
            versions: versions.map {
                VersionRowView(
                    version: $0.version, publishedAt: $0.publishedAt, size: $0.size, digest: $0.digest, yanked: $0.yanked,
                    yankReason: $0.yankReason)
            }, operations: operations, triggers: triggers)
        return Self.html(renderer.connector(view))
    }

    static func rows(_ map: JSONValue?) -> [OperationRowView] {
        (map?.objectValue ?? [:]).sorted { $0.key < $1.key }.map {
            OperationRowView(
                key: $0.key, title: $0.value["title"]?.stringValue ?? $0.key, description: $0.value["description"]?.stringValue)
        }
    }
}
