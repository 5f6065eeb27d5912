import ConnectorSDK
import Foundation
import Hummingbird

/// Search, details, versions and resolution.
struct CatalogController {
    let services: RegistryServices

    func register(_ routes: inout RouteTable) {
        routes.add(.get, "/v1/connectors") { request, _ in try await search(request) }
        routes.add(.get, "/v1/connectors/{vendor}/{name}") { _, context in try await details(context) }
        routes.add(.get, "/v1/connectors/{vendor}/{name}/{version}") { _, context in try await version(context) }
        routes.add(.get, "/v1/resolve/{vendor}/{name}") { request, context in try await resolve(request, context) }
    }

    static func query(_ request: Request) throws -> SearchStore.Query {
        let q = request.uri.queryParameters
        var query = SearchStore.Query()
        query.text = q["q"].map(String.init) ?? ""
        query.category = q["category"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        query.auth = q["auth"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        if let p = q["page"] {
            guard let n = Int(p), n >= 1, n <= 10_000 else {
                throw APIProblem.badRequest("invalid_request", "page must be a number from 1")
            }
            query.page = n
        }
        if let p = q["per_page"] {
            guard let n = Int(p), n >= 1, n <= 100 else { throw APIProblem.badRequest("invalid_request", "per_page must be 1 to 100") }
            query.perPage = n
        }
        return query
    }

    func search(_ request: Request) async throws -> Response {
        let query = try Self.query(request)
        let (total, results) = try await services.search.search(query)
        return JSONBody.response([
            "total": .integer(total), "page": .integer(query.page), "per_page": .integer(query.perPage),
            "results": .array(results.map(\.json)),
        ])
    }

    func details(_ context: RegistryRequestContext) async throws -> Response {
        let c = try await services.connector(try context.parameters.require("vendor"), try context.parameters.require("name"))
        let versions = try await services.catalog.versions(connectorID: c.id)
        var doc = c.listing.json
        if case .object(var o) = doc {
            o["readme"] = .string(c.readme)
            o["homepage"] = c.homepage.map(JSONValue.string) ?? .null
            o["license"] = c.license.map(JSONValue.string) ?? .null
            o["deprecated"] =
                c.deprecatedMessage.map { ["message": .string($0), "replacement": c.replacement.map(JSONValue.string) ?? .null] } ?? .null
            o["versions"] = .array(versions.map(Self.versionSummary))
            doc = .object(o)
        }
        return JSONBody.response(doc)
    }

    static func versionSummary(_ v: CatalogStore.VersionRow) -> JSONValue {
        [
            "version": .string(v.version), "digest": .string(v.digest), "size": .integer(v.size),
            "key_id": v.keyID.map(JSONValue.string) ?? .null, "yanked": .bool(v.yanked),
            "yank_reason": v.yankReason.map(JSONValue.string) ?? .null, "published_at": .string(ISO8601.format(v.publishedAt)),
            "downloads": .integer(Int(v.downloads)),
        ]
    }

    func version(_ context: RegistryRequestContext) async throws -> Response {
        let vendor = try context.parameters.require("vendor")
        let name = try context.parameters.require("name")
        let versionText = try context.parameters.require("version")
        let c = try await services.connector(vendor, name)
        guard let (row, manifest, readme) = try await services.catalog.version(connectorID: c.id, version: versionText) else {
            throw APIProblem.notFound("\(vendor)/\(name) has no version \(versionText)")
        }
        var doc = Self.versionSummary(row)
        if case .object(var o) = doc {
            o["name"] = .string(c.listing.name)
            o["manifest"] = manifest
            o["readme"] = .string(readme)
            o["signature"] = row.signature.flatMap { try? JSONValue.parse($0) } ?? .null
            o["package_url"] = .string("/v1/connectors/\(c.listing.name)/\(row.version)/package")
            doc = .object(o)
        }
        return JSONBody.response(doc)
    }

    func resolve(_ request: Request, _ context: RegistryRequestContext) async throws -> Response {
        let vendor = try context.parameters.require("vendor")
        let name = try context.parameters.require("name")
        let full = "\(vendor)/\(name)"
        let rangeText = request.uri.queryParameters["range"].map(String.init) ?? "*"
        let range: VersionRange
        do {
            range = try VersionRange(rangeText)
        } catch {
            throw APIProblem.badRequest("invalid_range", error.message)
        }
        let pre = request.uri.queryParameters["prerelease"].map { $0 == "true" || $0 == "1" } ?? false
        let entry = try await candidates(full)
        let live = entry.candidates.filter { !$0.yanked }
        guard let best = range.best(of: live.map(\.version), includePrerelease: pre),
            let chosen = live.first(where: { $0.version == best })
        else {
            let yankedMatch = entry.candidates.contains { $0.yanked && range.contains($0.version, includePrerelease: pre) }
            throw APIProblem(
                "no_matching_version", .notFound, title: "No matching version",
                detail: "no version of \(full) matches \(rangeText)" + (yankedMatch ? " (only yanked versions do)" : ""))
        }
        // The ETag names the choice, so a runtime polling a range gets 304 until a new version wins.
        let etag = "\"\(chosen.version.description)+\(chosen.digest.dropFirst("sha256:".count).prefix(32))\""
        let headers: HTTPFields = [.eTag: etag, .cacheControl: "no-cache"]
        if ConditionalRequest.notModified(request, etag: etag) { return Response(status: .notModified, headers: headers) }
        return JSONBody.response(
            [
                "name": .string(full), "version": .string(chosen.version.description), "digest": .string(chosen.digest),
                "key_id": chosen.keyID.map(JSONValue.string) ?? .null,
                "signature": chosen.signature.flatMap { try? JSONValue.parse($0) } ?? .null,
                "package_url": .string("/v1/connectors/\(full)/\(chosen.version.description)/package"),
            ], headers: headers)
    }

    func candidates(_ full: String) async throws -> ResolveCache.Entry {
        if let e = await services.resolveCache.get(full) { return e }
        let c = try await services.catalog.requireConnector(full)
        let rows = try await services.catalog.versions(connectorID: c.id)
        let entry = ResolveCache.Entry(
            candidates: rows.compactMap { r in
                (try? SemanticVersion(r.version)).map {
                    ResolveCache.Candidate(version: $0, digest: r.digest, keyID: r.keyID, signature: r.signature, yanked: r.yanked)
                }
            }, fetched: .now)
        await services.resolveCache.put(full, entry)
        return entry
    }
}
