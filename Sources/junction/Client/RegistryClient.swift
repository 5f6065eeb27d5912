import AsyncHTTPClient
import ConnectorSDK
import Foundation
import NIOCore
import NIOHTTP1

/// A small client for the registry's JSON API, with problem+json errors turned into one-line messages.
struct RegistryClient {
    let baseURL: String
    let token: String?

    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]
        var json: JSONValue? { try? JSONValue.parse(body) }
    }

    /// Sends a request; a transport failure is a `CommandFailure` that names the registry.
    func send(
        _ method: HTTPMethod, _ path: String, json: JSONValue? = nil, body: [UInt8]? = nil, headers: [(String, String)] = [],
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        for (k, v) in headers { request.headers.add(name: k, value: v) }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: json.jsonText()))
        } else if let body {
            let chunk = 64 * 1024
            let total = body.count
            let chunks = stride(from: 0, to: total, by: chunk).map { ByteBuffer(bytes: body[$0..<min($0 + chunk, total)]) }
            let progressStream = ProgressSequence(chunks: chunks, total: total, progress: progress)
            request.body = .stream(progressStream, length: .known(Int64(total)))
        }
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            let buffer = try await response.body.collect(upTo: 16 << 20)
            return Reply(status: Int(response.status.code), headers: response.headers, body: Array(buffer.readableBytesView))
        } catch {
            throw CommandFailure.problem("cannot reach the registry at \(baseURL): \(error)")
        }
    }

    /// The reply's JSON when the status is one of `ok`; otherwise the problem as a command failure.
    func expect(_ reply: Reply, _ ok: Set<Int> = [200]) throws -> JSONValue {
        guard ok.contains(reply.status) else { throw Self.failure(reply) }
        return reply.json ?? .null
    }

    /// A problem+json reply as one readable message (and the SDK's problems, one per line).
    static func failure(_ reply: Reply) -> CommandFailure {
        guard let doc = reply.json, let title = doc["title"]?.stringValue else {
            return CommandFailure.problem(
                "the registry answered \(reply.status): \(String(decoding: reply.body.prefix(300), as: UTF8.self))")
        }
        let code = doc["type"]?.stringValue?.split(separator: "/").last.map(String.init) ?? "error"
        var lines = ["error: \(title) (\(code), HTTP \(reply.status)): \(doc["detail"]?.stringValue ?? "")"]
        for p in doc["problems"]?.arrayValue ?? [] {
            var where_ = p["file"]?.stringValue ?? ""
            if case .integer(let l)? = p["line"], case .integer(let c)? = p["column"] { where_ += ":\(l):\(c)" }
            let path = p["path"]?.stringValue ?? ""
            let hint = p["hint"]?.stringValue.map { " (\($0))" } ?? ""
            lines.append("  \(where_): \(path.isEmpty ? "" : path + ": ")\(p["message"]?.stringValue ?? "")\(hint)")
        }
        for f in doc["failures"]?.arrayValue ?? [] {
            lines.append("  FAIL \(f["name"]?.stringValue ?? ""): \(f["failure"]?.stringValue ?? "")")
        }
        return CommandFailure(message: lines.joined(separator: "\n"), code: 1)
    }
}

/// Upload chunks that report how much has been handed to the connection.
struct ProgressSequence: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let chunks: [ByteBuffer]
    let total: Int
    let progress: (@Sendable (Int, Int) -> Void)?

    struct AsyncIterator: AsyncIteratorProtocol {
        var index = 0
        var sent = 0
        let sequence: ProgressSequence

        mutating func next() async -> ByteBuffer? {
            guard index < sequence.chunks.count else { return nil }
            let chunk = sequence.chunks[index]
            index += 1
            sent += chunk.readableBytes
            sequence.progress?(sent, sequence.total)
            return chunk
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(sequence: self) }
}
