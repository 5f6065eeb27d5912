/// What a token may do.
public enum Scope: String, Sendable, CaseIterable {
    /// Publish new versions in the token's vendor namespace.
    case publish
    /// Yank, unyank and deprecate the vendor's connectors.
    case yank
    /// Manage the vendor's signing keys and tokens, and read its audit log.
    case manage
    /// Everything, for every vendor: create vendors, bootstrap. Only admin tokens carry it.
    case admin
}
