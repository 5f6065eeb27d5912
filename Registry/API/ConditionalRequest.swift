import Hummingbird

/// Conditional GET (RFC 9110 §13.1.2): whether the request's `If-None-Match` matches `etag`, using the
/// weak comparison (`W/"x"` matches `"x"`) and `*`.
enum ConditionalRequest {
    static func notModified(_ request: Request, etag: String) -> Bool {
        guard let inm = request.headers[.ifNoneMatch] else { return false }
        return inm.split(separator: ",").contains {
            let tag = $0.trimmingCharacters(in: .whitespaces)
            return tag == etag || tag == "W/" + etag || tag == "*"
        }
    }
}
