import ConnectorSDK
import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// Publish and download.
struct PackagesController {
    let services: RegistryServices

    func register(_ routes: inout RouteTable) {
        routes.add(.post, "/v1/packages") { request, _ in try await publish(request) }
        routes.add(.get, "/v1/connectors/{vendor}/{name}/{version}/package") { request, context in
            try await download(request, context)
        }
        routes.add(.head, "/v1/connectors/{vendor}/{name}/{version}/package") { request, context in
            let full = try await download(request, context, counts: false)
            var headers = full.headers
            headers[.contentLength] = String(full.body.contentLength ?? 0)
            return Response(status: full.status, headers: headers)
        }
    }

    func publish(_ request: Request) async throws -> Response {
        let principal = try await services.auth.require(request)
        var req = request
        let body: ByteBuffer
        do {
            body = try await req.collectBody(upTo: services.configuration.maxPackageBytes)
        } catch {
            throw APIProblem(
                "payload_too_large", .contentTooLarge, title: "Package too large",
                detail: "uploads are at most \(services.configuration.maxPackageBytes) bytes (packages at most 5 MiB)")
        }
        let bytes = Array(body.readableBytesView)
        let vendorID = principal.vendorID
        let checked: PublishPipeline.Checked
        do {
            checked = try await services.pipeline.check(
                bytes: bytes, signatureHeader: request.headers[.junctionSignature], principal: principal
            ) { vendor, keyID in
                guard let owner = try await services.accounts.vendor(named: vendor) else { return nil }
                return try await services.accounts.keys(vendorID: owner.id).first { $0.keyID == keyID && $0.revokedAt == nil }
                    .flatMap { try? VerifyingKey(text: $0.publicKey) }
            }
        } catch let p as APIProblem {
            services.metrics.published(outcome: p.code)
            throw p
        }
        let ownerID: Int64
        if let vendorID {
            ownerID = vendorID
        } else {
            ownerID = try await services.accounts.requireVendor(checked.manifest.vendor).id
        }
        let outcome = try await services.publisher.publish(checked, vendorID: ownerID, actor: principal.tokenID)
        await services.resolveCache.invalidate(checked.manifest.name)
        services.metrics.published(outcome: outcome == .published ? "published" : "unchanged")
        let m = checked.manifest
        let doc: JSONValue = [
            "name": .string(m.name), "version": .string(m.version), "digest": .string(checked.archive.digest),
            "size": .integer(checked.archive.size), "key_id": checked.signature.map { .string($0.keyID) } ?? .null,
            "status": .string(outcome == .published ? "published" : "unchanged"),
            "url": .string("/v1/connectors/\(m.name)/\(m.version)"),
        ]
        return JSONBody.response(doc, status: outcome == .published ? .created : .ok)
    }

    func download(_ request: Request, _ context: RegistryRequestContext, counts: Bool = true) async throws -> Response {
        let vendor = try context.parameters.require("vendor")
        let name = try context.parameters.require("name")
        let version = try context.parameters.require("version")
        let key = "\(vendor)/\(name)@\(version)"
        let stored: PackageCache.Entry
        if let cached = await services.packages.get(key) {
            stored = cached
        } else {
            let connector = try await services.connector(vendor, name)
            guard let row = try await services.catalog.archive(connectorID: connector.id, version: version) else {
                throw APIProblem.notFound("\(vendor)/\(name) has no version \(version)")
            }
            stored = PackageCache.Entry(versionID: row.id, digest: row.digest, signature: row.signature, bytes: row.bytes)
            await services.packages.put(key, stored)
        }
        let etag = "\"\(stored.digest)\""
        var headers: HTTPFields = [
            .eTag: etag, .cacheControl: "public, max-age=31536000, immutable", .contentType: "application/zip",
        ]
        if let sig = stored.signature { headers[.junctionSignature] = Data(sig.utf8).base64EncodedString() }
        if ConditionalRequest.notModified(request, etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        let hex = stored.digest.dropFirst("sha256:".count)
        headers[.reprDigest] = "sha-256=:\(Data(hexString: String(hex)).base64EncodedString()):"
        headers[.contentDisposition] = "attachment; filename=\"\(vendor)-\(name)-\(version).zip\""
        if counts {
            await services.downloads.count(versionID: stored.versionID)
            services.metrics.downloaded()
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: stored.bytes))
    }
}

extension Data {
    /// Bytes from lowercase or uppercase hex (invalid pairs are skipped).
    init(hexString: String) {
        var bytes: [UInt8] = []
        var it = hexString.utf8.makeIterator()
        while let h = it.next(), let l = it.next() {
            if let b = UInt8(String(decoding: [h, l], as: UTF8.self), radix: 16) { bytes.append(b) }
        }
        self.init(bytes)
    }
}

extension HTTPField.Name {
    /// The package's signature file, base64-encoded.
    static let junctionSignature = HTTPField.Name("Junction-Signature") ?? .contentType
    /// RFC 9530 digest of the representation.
    static let reprDigest = HTTPField.Name("Repr-Digest") ?? .contentType
}
