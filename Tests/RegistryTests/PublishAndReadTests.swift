import ConnectorSDK
import Foundation
import Registry
import Testing

@Suite("Registry: publish, read, download, resolve", .serialized)
struct PublishAndReadTests {
    @Test func theWholeReadSide() async throws {
        let registry = try await TestRegistry.start("read")
        defer { Task { await registry.stop() } }
        let (token, key) = try await registry.vendor("acme")

        // Publish three versions; the same bytes again is a no-op; other bytes for a version are refused.
        let v1 = try TestPackages.archive(name: "acme/crm", version: "1.0.0", keywords: ["contacts"])
        var r = try await registry.publish(v1, token: token, key: key)
        #expect(r.status == 201, "\(String(decoding: r.body, as: UTF8.self))")
        #expect(r.json["digest"]?.stringValue == PackageArchive.digest(of: v1))
        r = try await registry.publish(v1, token: token, key: key)
        #expect(r.status == 200)
        #expect(r.json["status"] == "unchanged")
        let other = try TestPackages.archive(name: "acme/crm", version: "1.0.0", summary: "Changed")
        r = try await registry.publish(other, token: token, key: key)
        #expect(r.status == 409)
        #expect(r.problem == "version_exists")
        #expect(r.headers.first(name: "Content-Type") == "application/problem+json")
        r = try await registry.publish(
            try TestPackages.archive(name: "acme/by-admin", version: "1.0.0"), token: registry.adminToken, key: key)
        #expect(r.status == 201, "an admin publishes for a vendor with the vendor's key")
        for v in ["1.1.0", "2.0.0-beta.1"] {
            r = try await registry.publish(try TestPackages.archive(name: "acme/crm", version: v), token: token, key: key)
            #expect(r.status == 201)
        }

        // Details list every version, newest first; the latest is the highest release.
        r = try await registry.request(.GET, "/v1/connectors/acme/crm")
        #expect(r.status == 200)
        #expect(r.json["latest_version"] == "1.1.0")
        #expect(r.json["versions"]?.arrayValue?.compactMap { $0["version"]?.stringValue } == ["2.0.0-beta.1", "1.1.0", "1.0.0"])
        #expect(r.json["readme"]?.stringValue?.contains("# Crm") == true)

        r = try await registry.request(.GET, "/v1/connectors/acme/crm/1.0.0")
        #expect(r.json["manifest"]?["name"] == "acme/crm")
        #expect(r.json["signature"]?["key_id"]?.stringValue == key.keyID)

        // Download: ETag is the digest, 304 on a match, immutable caching, Repr-Digest.
        r = try await registry.request(.GET, "/v1/connectors/acme/crm/1.0.0/package")
        #expect(r.status == 200)
        #expect(r.body == v1)
        let digest = PackageArchive.digest(of: v1)
        #expect(r.headers.first(name: "ETag") == "\"\(digest)\"")
        #expect(r.headers.first(name: "Cache-Control") == "public, max-age=31536000, immutable")
        let sha = Data(hexBytes(String(digest.dropFirst(7)))).base64EncodedString()
        #expect(r.headers.first(name: "Repr-Digest") == "sha-256=:\(sha):")
        let sigHeader = try #require(r.headers.first(name: "Junction-Signature"))
        let sig = try PackageSignature(json: [UInt8](try #require(Data(base64Encoded: sigHeader))))
        try PackageSignature.verify(sig, digest: digest, key: key.verifyingKey)
        r = try await registry.request(.GET, "/v1/connectors/acme/crm/1.0.0/package", headers: [("If-None-Match", "\"\(digest)\"")])
        #expect(r.status == 304)
        #expect(r.body.isEmpty)
        r = try await registry.request(
            .GET, "/v1/connectors/acme/crm/1.0.0/package", headers: [("If-None-Match", "W/\"\(digest)\", \"other\"")])
        #expect(r.status == 304, "a weak validator matches")
        r = try await registry.request(.HEAD, "/v1/connectors/acme/crm/1.0.0/package")
        #expect(r.status == 200)
        #expect(r.body.isEmpty)
        #expect(r.headers.first(name: "Content-Length") == String(v1.count))
        #expect(r.headers.first(name: "ETag") == "\"\(digest)\"")

        // Downloads are counted (in memory, written in batches).
        var counted = 0
        for _ in 0..<50 where counted < 1 {
            try await Task.sleep(for: .milliseconds(200))
            r = try await registry.request(.GET, "/v1/connectors/acme/crm/1.0.0")
            if case .integer(let n)? = r.json["downloads"] { counted = n }
        }
        #expect(counted == 1, "the 200 counts; the 304 sends no bytes and does not")

        // Resolve.
        for (range, expected) in [
            ("^1.0", "1.1.0"), ("~1.0.0", "1.0.0"), ("*", "1.1.0"), (">=2.0.0-beta.0", "2.0.0-beta.1"), ("1.0.0 || 1.1.0", "1.1.0"),
        ] {
            r = try await registry.request(.GET, "/v1/resolve/acme/crm?range=\(URLEncoding.encode(range))")
            #expect(r.json["version"]?.stringValue == expected, "range \(range)")
        }
        r = try await registry.request(.GET, "/v1/resolve/acme/crm?range=%5E2&prerelease=true")
        #expect(r.json["version"] == "2.0.0-beta.1")
        r = try await registry.request(.GET, "/v1/resolve/acme/crm?range=%5E3")
        #expect(r.status == 404)
        #expect(r.problem == "no_matching_version")
        r = try await registry.request(.GET, "/v1/resolve/acme/crm?range=%5E%5E1")
        #expect(r.problem == "invalid_range")

        // Yank: ranges skip it, exact download still works; unyank brings it back.
        r = try await registry.request(.POST, "/v1/connectors/acme/crm/1.1.0/yank", token: token, json: ["reason": "broke pagination"])
        #expect(r.status == 200)
        r = try await registry.request(.GET, "/v1/resolve/acme/crm?range=%5E1")
        #expect(r.json["version"] == "1.0.0")
        r = try await registry.request(.GET, "/v1/connectors/acme/crm/1.1.0/package")
        #expect(r.status == 200)
        r = try await registry.request(.GET, "/v1/connectors/acme/crm")
        #expect(r.json["latest_version"] == "1.0.0")
        r = try await registry.request(.DELETE, "/v1/connectors/acme/crm/1.1.0/yank", token: token)
        #expect(r.status == 200)
        r = try await registry.request(.GET, "/v1/resolve/acme/crm?range=%5E1")
        #expect(r.json["version"] == "1.1.0")

        // Deprecate with a replacement.
        _ = try await registry.publish(try TestPackages.archive(name: "acme/crm-next", version: "1.0.0"), token: token, key: key)
        r = try await registry.request(
            .POST, "/v1/connectors/acme/crm/deprecate", token: token, json: ["message": "use crm-next", "replacement": "acme/crm-next"])
        #expect(r.status == 200)
        r = try await registry.request(.GET, "/v1/connectors/acme/crm")
        #expect(r.json["deprecated"]?["replacement"] == "acme/crm-next")

        // The audit log has a row for every change of state.
        r = try await registry.request(.GET, "/v1/vendors/acme/audit", token: token)
        let actions = r.json["entries"]?.arrayValue?.compactMap { $0["action"]?.stringValue } ?? []
        for a in ["vendor.create", "token.create", "key.add", "version.publish", "version.yank", "version.unyank", "connector.deprecate"] {
            #expect(actions.contains(a), "audit lacks \(a)")
        }
        #expect(actions.filter { $0 == "version.publish" }.count == 5, "the no-op and the refused publish leave no row")
    }

    @Test func searchRanksFiltersAndPages() async throws {
        let registry = try await TestRegistry.start("search")
        defer { Task { await registry.stop() } }
        let (token, key) = try await registry.vendor("globex")
        _ = try await registry.publish(
            try TestPackages.archive(name: "globex/invoices", version: "1.0.0", summary: "Invoices and billing", keywords: ["billing"]),
            token: token, key: key)
        _ = try await registry.publish(
            try TestPackages.archive(name: "globex/tickets", version: "1.0.0", summary: "Support tickets", keywords: ["helpdesk"]),
            token: token, key: key)
        _ = try await registry.publish(
            try TestPackages.archive(name: "globex/invoice-sync", version: "1.0.0", summary: "Sync documents", keywords: ["erp"]),
            token: token, key: key)

        var r = try await registry.request(.GET, "/v1/connectors?q=billing")
        #expect(r.json["results"]?.arrayValue?.first?["name"] == "globex/invoices")
        r = try await registry.request(.GET, "/v1/connectors?q=invo")
        let names = Set(r.json["results"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? [])
        #expect(names == ["globex/invoices", "globex/invoice-sync"], "prefix matching on names")
        r = try await registry.request(.GET, "/v1/connectors?q=helpdesk")
        #expect(r.json["total"] == 1)
        r = try await registry.request(.GET, "/v1/connectors?per_page=2&page=2")
        #expect(r.json["total"] == 3)
        #expect(r.json["results"]?.arrayValue?.count == 1)
        r = try await registry.request(.GET, "/v1/connectors?auth=oauth2")
        #expect(r.json["total"] == 0)
        r = try await registry.request(.GET, "/v1/connectors?auth=api_key&category=other")
        #expect(r.json["total"] == 3)
        r = try await registry.request(.GET, "/v1/connectors?q=%27%29%3B%20drop%20table%20connectors%3B--")
        #expect(r.status == 200)
        r = try await registry.request(.GET, "/v1/connectors?page=0")
        #expect(r.problem == "invalid_request")
    }

    @Test func healthReadinessMetricsAndOpenAPI() async throws {
        let registry = try await TestRegistry.start("ops")
        defer { Task { await registry.stop() } }
        #expect(try await registry.request(.GET, "/healthz").status == 200)
        #expect(try await registry.request(.GET, "/readyz").json["database"] == "ok")
        _ = try await registry.request(.GET, "/v1/connectors")
        let metrics = String(decoding: try await registry.request(.GET, "/metrics").body, as: UTF8.self)
        #expect(
            metrics.contains("junction_http_requests_total{method=\"GET\",route=\"/v1/connectors\",status=\"200\"}"),
            "\(metrics.prefix(2000))")
        #expect(metrics.contains("junction_http_request_duration_seconds_bucket"))
        let doc = try await registry.request(.GET, "/openapi.yaml")
        #expect(String(decoding: doc.body, as: UTF8.self).hasPrefix("openapi: 3.1.0"))
    }
}
