import ConnectorSDK
import Foundation
import Hummingbird

/// An RFC 9457 problem: every API error is one, sent as `application/problem+json` with a stable
/// `type` (`https://junction.dev/problems/<code>`).
public struct APIProblem: Error, HTTPResponseError, Sendable {
    /// The stable code at the end of `type`.
    public let code: String
    public let status: HTTPResponse.Status
    public let title: String
    public let detail: String
    /// For validation failures: the SDK's problems.
    public var problems: [Problem] = []
    /// For test failures: the failing cases.
    public var failures: [JSONValue] = []
    /// Extra headers (`Retry-After`, `WWW-Authenticate`).
    public var headers: HTTPFields = [:]

    public static let typeBase = "https://junction.dev/problems/"

    public init(_ code: String, _ status: HTTPResponse.Status, title: String, detail: String) {
        self.code = code
        self.status = status
        self.title = title
        self.detail = detail
    }

    /// The problem document.
    public var document: JSONValue {
        var o: JSONValue = [
            "type": .string(Self.typeBase + code), "title": .string(title), "status": .integer(status.code), "detail": .string(detail),
        ]
        if case .object(var m) = o {
            if !problems.isEmpty {
                m["problems"] = .array(
                    problems.map { p in
                        var e: JSONValue = [
                            "code": .string(p.code), "file": .string(p.file), "path": .string(p.path), "message": .string(p.message),
                        ]
                        if case .object(var em) = e {
                            if let l = p.location {
                                em["line"] = .integer(l.line)
                                em["column"] = .integer(l.column)
                            }
                            if let h = p.hint { em["hint"] = .string(h) }
                            e = .object(em)
                        }
                        return e
                    })
            }
            if !failures.isEmpty { m["failures"] = .array(failures) }
            o = .object(m)
        }
        return o
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var h = headers
        h[.contentType] = "application/problem+json"
        let body = document.jsonText()
        return Response(status: status, headers: h, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

extension APIProblem {
    static func notFound(_ what: String) -> APIProblem { APIProblem("not_found", .notFound, title: "Not found", detail: what) }
    static func unauthorized(_ detail: String) -> APIProblem {
        var p = APIProblem("unauthorized", .unauthorized, title: "Authentication required", detail: detail)
        p.headers[.wwwAuthenticate] = "Bearer realm=\"junction\""
        return p
    }
    static func forbidden(_ code: String = "forbidden", _ detail: String) -> APIProblem {
        APIProblem(code, .forbidden, title: "Not allowed", detail: detail)
    }
    static func badRequest(_ code: String, _ detail: String) -> APIProblem {
        APIProblem(code, .badRequest, title: "Bad request", detail: detail)
    }
    static func conflict(_ code: String, _ detail: String) -> APIProblem {
        APIProblem(code, .conflict, title: "Conflict", detail: detail)
    }
    static func unprocessable(_ code: String, _ detail: String) -> APIProblem {
        APIProblem(code, .unprocessableContent, title: "The package was refused", detail: detail)
    }
    static func malformedJSON(_ detail: String) -> APIProblem {
        APIProblem("malformed_json", .badRequest, title: "Malformed JSON body", detail: detail)
    }
}
