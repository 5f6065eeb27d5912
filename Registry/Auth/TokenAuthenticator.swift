import Foundation
import Hummingbird
import PostgresNIO

/// Finds the token of a request's `Authorization: Bearer` header.
struct TokenAuthenticator: Sendable {
    let database: Database

    /// The caller, or nil when the request carries no token.
    func principal(_ request: Request) async throws -> Principal? {
        guard let header = request.headers[.authorization] else { return nil }
        guard header.lowercased().hasPrefix("bearer ") else {
            throw APIProblem.unauthorized("use Authorization: Bearer <token>")
        }
        let text = header.dropFirst(7).trimmingCharacters(in: .whitespaces)
        let hash = ByteBuffer(bytes: TokenSecret.hash(text))
        let rows = try await database.client.query(
            """
            SELECT t.id, t.vendor_id, v.name, t.scopes, t.is_admin,
                   t.expires_at IS NOT NULL AND t.expires_at < now(), t.revoked_at IS NOT NULL
            FROM tokens t LEFT JOIN vendors v ON v.id = t.vendor_id WHERE t.hash = \(hash)
            """, logger: database.logger)
        for try await (id, vendorID, vendorName, scopes, isAdmin, expired, revoked) in rows.decode(
            (Int64, Int64?, String?, [String], Bool, Bool, Bool).self)
        {
            if revoked { throw APIProblem("token_revoked", .unauthorized, title: "Token revoked", detail: "this token was revoked") }
            if expired {
                throw APIProblem("token_expired", .unauthorized, title: "Token expired", detail: "this token has expired; create a new one")
            }
            return Principal(
                tokenID: id, vendorID: vendorID, vendorName: vendorName, scopes: Set(scopes), isAdmin: isAdmin)
        }
        throw APIProblem.unauthorized("the token is not known to this registry")
    }

    /// The caller; a request without a token is refused.
    func require(_ request: Request) async throws -> Principal {
        guard let p = try await principal(request) else { throw APIProblem.unauthorized("this needs a bearer token") }
        return p
    }
}
