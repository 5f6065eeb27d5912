import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import Foundation
import JunctionTestSupport
import Testing

/// Resolve, fetch, verify, cache and load against a real registry (and a tampering proxy in front of it).
@Suite("Loading connectors", .serialized)
struct LoaderTests {
    static let ping = """
          ping:
            title: Ping
            output: { type: object }
            request:
              path: /ping
        """

    func publishPing(_ h: RuntimeHarness, _ name: String, _ version: String, key: SigningKey? = nil) async throws {
        try await h.publish(
            try Fixture.archive(
                Fixture.manifest(name: "\(h.vendor)/\(name)", version: version, base: "http://127.0.0.1:9", operations: Self.ping)),
            key: key)
    }

    func files(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("first load verifies, caches and pins the vendor key; later loads come from the cache")
    func loadAndCache() async throws {
        let h = try await RuntimeHarness.start("rt_load")
        defer { Task { await h.stop() } }
        try await publishPing(h, "ping", "1.0.0")
        let cache = RuntimeHarness.cacheFolder()
        let loader = try h.loader(cache: cache)
        let ref = try ConnectorReference("\(h.vendor)/ping@^1")
        guard case .resolved(let r, let etag) = try await loader.source.resolve(ref) else { Issue.record("no resolution"); return }
        #expect(r.version == "1.0.0")
        #expect(etag != nil)
        let loaded = try await loader.load(r)
        #expect(loaded.connector.operationKeys == ["ping"])
        #expect(loaded.keyID == h.key.keyID)
        #expect(files(cache + "/packages") == [String(r.digest.dropFirst(7)) + ".zip", String(r.digest.dropFirst(7)) + ".zip.sig"])
        #expect(try KeyPins(root: cache).pinned(h.vendor).keys.sorted() == [h.key.keyID])
        // A conditional resolve with the ETag is a 304 until something new is published.
        #expect(try await loader.source.resolve(ref, etag: etag) == .notModified)
        // Pins kept elsewhere (the pin file is gone): a cached package is verified after pinning again.
        try FileManager.default.removeItem(atPath: cache + "/trust/\(h.vendor).json")
        #expect(try await h.loader(cache: cache).load(r).keyID == h.key.keyID)
        #expect(try KeyPins(root: cache).pinned(h.vendor).keys.sorted() == [h.key.keyID])
        // A second loader (another process) reads the cache without downloading: stop the registry first.
        await h.registry.stop()
        let again = try await h.loader(cache: cache).load(r)
        #expect(again.digest == r.digest)
    }

    @Test("a corrupted cache file is refused and left as it was")
    func corruptedCache() async throws {
        let h = try await RuntimeHarness.start("rt_corrupt")
        defer { Task { await h.stop() } }
        try await publishPing(h, "ping", "1.0.0")
        let cache = RuntimeHarness.cacheFolder()
        let loader = try h.loader(cache: cache)
        guard case .resolved(let r, _) = try await loader.source.resolve(try ConnectorReference("\(h.vendor)/ping")) else { return }
        _ = try await loader.load(r)
        let path = try PackageCache(root: cache).archivePath(r.digest)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = await #expect(throws: RuntimeError.self) { _ = try await h.loader(cache: cache).load(r) }
        #expect(error?.code == "cache_corrupt")
        #expect(error?.message.contains(r.digest) == true)
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }

    @Test("a registry that switches the vendor's key is refused; trusting the new key accepts it")
    func keySwitch() async throws {
        let h = try await RuntimeHarness.start("rt_keyswitch")
        defer { Task { await h.stop() } }
        try await publishPing(h, "ping", "1.0.0")
        let cache = RuntimeHarness.cacheFolder()
        let loader = try h.loader(cache: cache)
        let ref = try ConnectorReference("\(h.vendor)/ping@^1")
        guard case .resolved(let first, _) = try await loader.source.resolve(ref) else { return }
        _ = try await loader.load(first)
        // The registry now holds a second key for the vendor and a version signed with it.
        let other = SigningKey()
        let k = try await h.registry.request(
            .POST, "/v1/vendors/\(h.vendor)/keys", token: h.registry.adminToken, json: ["public_key": .string(other.verifyingKey.text)])
        #expect(k.status == 201)
        try await publishPing(h, "ping", "1.1.0", key: other)
        guard case .resolved(let second, _) = try await loader.source.resolve(ref) else { return }
        #expect(second.version == "1.1.0")
        let before = files(cache + "/packages")
        let error = await #expect(throws: RuntimeError.self) { _ = try await loader.load(second) }
        #expect(error?.code == "key_changed")
        #expect(error?.message.contains(other.keyID) == true)
        #expect(files(cache + "/packages") == before)
        try KeyPins(root: cache).trust(other.verifyingKey, vendor: h.vendor)
        #expect(try await loader.load(second).version == "1.1.0")
    }

    /// A proxy in front of the registry that can change what it passes on.
    func proxy(_ h: RuntimeHarness, alter: @escaping @Sendable (MockRequest, inout MockResponse) -> Void) async throws -> MockAPI {
        let base = h.registry.baseURL
        return try await MockAPI.start { req in
            var q = req.query.map { "\($0.key)=\(URLEncoding.encode($0.value))" }.joined(separator: "&")
            if !q.isEmpty { q = "?" + q }
            var r = HTTPClientRequest(url: base + req.path + q)
            for (k, v) in req.headers where k.lowercased() == "if-none-match" { r.headers.add(name: k, value: v) }
            guard let res = try? await HTTPClient.shared.execute(r, timeout: .seconds(10)),
                let body = try? await res.body.collect(upTo: 8 << 20)
            else { return MockResponse(status: 502) }
            var out = MockResponse(
                status: Int(res.status.code), headers: res.headers.map { ($0.name, $0.value) }, body: Array(body.readableBytesView))
            alter(req, &out)
            return out
        }
    }

    /// A loader that reaches the registry through `proxy`.
    static func loader(through proxy: MockAPI, cache: String) throws -> ConnectorLoader {
        ConnectorLoader(
            source: RegistrySource(baseURL: proxy.url, client: HTTPClient.shared), cache: try PackageCache(root: cache),
            pins: try KeyPins(root: cache), allowHTTP: true)
    }

    @Test("bytes that do not match the digest are refused and nothing is cached")
    func tamperedBytes() async throws {
        let h = try await RuntimeHarness.start("rt_tamper")
        defer { Task { await h.stop() } }
        try await publishPing(h, "ping", "1.0.0")
        let p = try await proxy(h) { req, res in
            if req.path.hasSuffix("/package"), res.status == 200 {
                res.body[res.body.count / 2] ^= 0x01
                res.headers = res.headers.filter { $0.0.lowercased() != "content-length" }
            }
        }
        defer { Task { await p.stop() } }
        let cache = RuntimeHarness.cacheFolder()
        let loader = try Self.loader(through: p, cache: cache)
        guard case .resolved(let r, _) = try await loader.source.resolve(try ConnectorReference("\(h.vendor)/ping")) else { return }
        let error = await #expect(throws: RuntimeError.self) { _ = try await loader.load(r) }
        #expect(error?.code == "digest_mismatch")
        #expect(error?.message.contains(r.digest) == true)
        #expect(files(cache + "/packages").isEmpty)
    }

    @Test("a signature that does not verify is refused and nothing is cached")
    func tamperedSignature() async throws {
        let h = try await RuntimeHarness.start("rt_tamper_sig")
        defer { Task { await h.stop() } }
        try await publishPing(h, "ping", "1.0.0")
        let p = try await proxy(h) { req, res in
            guard req.path.hasPrefix("/v1/resolve/"), res.status == 200, var doc = try? JSONValue.parse(res.body),
                let sig = doc["signature"]?["signature"]?.stringValue, var raw = Data(base64Encoded: sig)
            else { return }
            raw[0] ^= 0x01
            doc = doc.setting([.key("signature"), .key("signature")], to: .string(raw.base64EncodedString()))
            res.body = Array(doc.jsonText().utf8)
            res.headers = res.headers.filter { $0.0.lowercased() != "content-length" }
        }
        defer { Task { await p.stop() } }
        let cache = RuntimeHarness.cacheFolder()
        let loader = try Self.loader(through: p, cache: cache)
        guard case .resolved(let r, _) = try await loader.source.resolve(try ConnectorReference("\(h.vendor)/ping")) else { return }
        let error = await #expect(throws: RuntimeError.self) { _ = try await loader.load(r) }
        #expect(error?.code == "signature_invalid")
        #expect(files(cache + "/packages").isEmpty)
    }

    @Test("two loaders filling one cache at once both succeed and leave whole files")
    func concurrentFill() async throws {
        let h = try await RuntimeHarness.start("rt_fill")
        defer { Task { await h.stop() } }
        try await publishPing(h, "ping", "1.0.0")
        let cache = RuntimeHarness.cacheFolder()
        let a = try h.loader(cache: cache)
        let b = try h.loader(cache: cache)
        guard case .resolved(let r, _) = try await a.source.resolve(try ConnectorReference("\(h.vendor)/ping")) else { return }
        async let x = a.load(r)
        async let y = b.load(r)
        let (lx, ly) = try await (x, y)
        #expect(lx.digest == ly.digest)
        let bytes = try PackageCache(root: cache).archive(r.digest)
        #expect(bytes.map(PackageArchive.digest(of:)) == r.digest)
        #expect(files(cache + "/packages").count == 2)
    }

    @Test("an installation following a range picks up a new version without a restart; a pin stays")
    func hotSwap() async throws {
        let h = try await RuntimeHarness.start("rt_hotswap")
        defer { Task { await h.stop() } }
        try await publishPing(h, "ping", "1.0.0")
        let service = try h.runtimeService()
        let (tenant, _) = try await service.tenants.create(name: "t-hot")
        let floating = try await service.install(tenant: tenant.id, reference: try ConnectorReference("\(h.vendor)/ping@^1"))
        let (other, _) = try await service.tenants.create(name: "t-pin")
        let pinned = try await service.install(tenant: other.id, reference: try ConnectorReference("\(h.vendor)/ping@1.0.0"))
        #expect(floating.version == "1.0.0")
        try await publishPing(h, "ping", "1.1.0")
        #expect(try await service.connector(for: floating, tenant: tenant.id).version == "1.0.0")
        let changed = await service.tracker.poll()
        #expect(changed.map(\.description) == ["\(h.vendor)/ping@^1"])
        #expect(try await service.connector(for: floating, tenant: tenant.id).version == "1.1.0")
        #expect(try await service.installations.get(tenant: tenant.id, id: floating.id)?.version == "1.1.0")
        #expect(try await service.connector(for: pinned, tenant: other.id).version == "1.0.0")
        #expect(await service.tracker.poll().isEmpty)
    }
}
