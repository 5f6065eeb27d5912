/// Who is calling: the token's owner and what it may do.
public struct Principal: Sendable {
    public let tokenID: Int64
    public let vendorID: Int64?
    public let vendorName: String?
    public let scopes: Set<String>
    public let isAdmin: Bool

    /// Requires `scope` in `vendor`'s namespace (admins may act anywhere).
    func require(_ scope: Scope, vendor: String? = nil) throws {
        if isAdmin { return }
        guard scopes.contains(scope.rawValue) else {
            throw APIProblem.forbidden("missing_scope", "this token lacks the \"\(scope.rawValue)\" scope")
        }
        if let vendor, vendor != vendorName {
            throw APIProblem.forbidden(
                "wrong_namespace", "this token belongs to vendor \"\(vendorName ?? "")\" and cannot act for \"\(vendor)\"")
        }
    }

    /// Requires an admin token.
    func requireAdmin() throws {
        guard isAdmin else { throw APIProblem.forbidden("missing_scope", "this needs an admin token") }
    }
}
