import AsyncHTTPClient
import ConnectorSDK
import Foundation
import NIOCore
import NIOHTTP1

/// The registry over HTTP: resolve a range, download an archive, read a vendor's signing keys.
public struct RegistrySource: Sendable {
    /// The registry's base URL (`http://127.0.0.1:8080`), without a trailing slash.
    public let baseURL: String
    let client: HTTPClient
    /// The largest archive accepted (the registry's own cap by default).
    public var maxArchiveBytes: Int = PackageLimits.default.maxArchiveBytes
    /// How long one registry request may take.
    public var timeout: TimeAmount = .seconds(30)

    public init(baseURL: String, client: HTTPClient) {
        var url = baseURL
        while url.hasSuffix("/") { url.removeLast() }
        self.baseURL = url
        self.client = client
    }

    /// What a conditional resolve returned.
    public enum ResolveAnswer: Sendable, Equatable {
        /// The choice is unchanged since the given ETag.
        case notModified
        /// The chosen version and the ETag to send next time.
        case resolved(Resolution, etag: String?)
    }

    /// Resolves `reference`; with `etag`, answers `.notModified` while the registry's choice stands.
    public func resolve(_ reference: ConnectorReference, etag: String? = nil) async throws(RuntimeError) -> ResolveAnswer {
        let range = URLEncoding.encode(reference.rangeText)
        var headers: HTTPHeaders = [:]
        if let etag { headers.add(name: "If-None-Match", value: etag) }
        let (status, responseHeaders, body) = try await get(
            "/v1/resolve/\(reference.name)?range=\(range)", headers: headers, limit: 1 << 20)
        switch status {
        case 304: return .notModified
        case 200:
            guard let resolution = try? JSONDecoder().decode(Resolution.self, from: Data(body)),
                PackageArchive.isWellFormedDigest(resolution.digest)
            else { throw RuntimeError.registryError("the registry's resolve answer for \(reference) is not a resolution") }
            guard resolution.name == reference.name, let v = SemanticVersion(resolution.version),
                reference.range.contains(v, includePrerelease: true)
            else {
                throw RuntimeError.registryError(
                    "the registry answered \(resolution.name)@\(resolution.version) for \(reference), which does not match it")
            }
            return .resolved(resolution, etag: responseHeaders.first(name: "ETag"))
        case 404:
            let problem = Self.problemCode(body)
            if problem == "no_matching_version" {
                throw RuntimeError.noMatchingVersion(
                    Self.problemDetail(body) ?? "no version of \(reference.name) matches \(reference.rangeText)")
            }
            throw RuntimeError.notFound("the registry has no connector \(reference.name)")
        default:
            throw RuntimeError.registryError(
                "resolving \(reference) failed: HTTP \(status)\(Self.problemDetail(body).map { ": \($0)" } ?? "")")
        }
    }

    /// Downloads the archive of `resolution` (bytes only; the caller verifies them).
    public func download(_ resolution: Resolution) async throws(RuntimeError) -> [UInt8] {
        let path = "/v1/connectors/\(resolution.name)/\(resolution.version)/package"
        let (status, _, body) = try await get(path, headers: [:], limit: maxArchiveBytes)
        guard status == 200 else {
            throw RuntimeError.registryError("downloading \(resolution.name)@\(resolution.version) failed: HTTP \(status)")
        }
        return body
    }

    /// A vendor's signing keys that are not revoked, by key id.
    public func vendorKeys(_ vendor: String) async throws(RuntimeError) -> [String: VerifyingKey] {
        let (status, _, body) = try await get("/v1/vendors/\(vendor)/keys", headers: [:], limit: 1 << 20)
        guard status == 200 else {
            throw RuntimeError.registryError("reading the signing keys of vendor \(vendor) failed: HTTP \(status)")
        }
        var keys: [String: VerifyingKey] = [:]
        guard case .array(let items)? = (try? JSONValue.parse(body))?["keys"] else {
            throw RuntimeError.registryError("the registry's key list for \(vendor) is not {\"keys\": [...]}")
        }
        for item in items where item["revoked_at"] == nil || item["revoked_at"] == .null {
            guard let text = item["public_key"]?.stringValue, let key = try? VerifyingKey(text: text) else { continue }
            keys[key.keyID] = key
        }
        return keys
    }

    func get(_ path: String, headers: HTTPHeaders, limit: Int) async throws(RuntimeError) -> (Int, HTTPHeaders, [UInt8]) {
        var request = HTTPClientRequest(url: baseURL + path)
        request.headers = headers
        request.headers.add(name: "Accept", value: "application/json")
        do {
            let response = try await client.execute(request, timeout: timeout)
            var buffer = try await response.body.collect(upTo: limit)
            let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
            return (Int(response.status.code), response.headers, bytes)
        } catch is NIOTooManyBytesError {
            throw RuntimeError.registryError("the registry's answer for \(path) is larger than \(limit) bytes")
        } catch {
            throw RuntimeError.registryUnreachable("the registry at \(baseURL) could not be reached: \(error)")
        }
    }

    static func problemCode(_ body: [UInt8]) -> String? {
        (try? JSONValue.parse(body))?["type"]?.stringValue.flatMap { $0.split(separator: "/").last.map(String.init) }
    }
    static func problemDetail(_ body: [UInt8]) -> String? { (try? JSONValue.parse(body))?["detail"]?.stringValue }
}
