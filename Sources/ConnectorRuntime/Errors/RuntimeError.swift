import ConnectorSDK

/// Why the runtime could not resolve, fetch, verify, load or run a connector.
///
/// Each case has a stable `code`; the message says what did not match and what to do.
public struct RuntimeError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Kind: String, Sendable {
        case invalidReference = "invalid_reference"
        case registryUnreachable = "registry_unreachable"
        case registryError = "registry_error"
        case notFound = "not_found"
        case noMatchingVersion = "no_matching_version"
        case digestMismatch = "digest_mismatch"
        case signatureMissing = "signature_missing"
        case signatureInvalid = "signature_invalid"
        case keyUnknown = "key_unknown"
        case keyChanged = "key_changed"
        case cacheCorrupt = "cache_corrupt"
        case cacheUnwritable = "cache_unwritable"
        case packageInvalid = "package_invalid"
        case lockInvalid = "lock_invalid"
        case operationFailed = "operation_failed"
        case connectionInvalid = "connection_invalid"
        case reconsentRequired = "reconsent_required"
        case oauthFailed = "oauth_failed"
        case vault = "vault_error"
    }
    private let kind: Kind
    /// What went wrong, for a person; never contains a secret.
    public let message: String
    /// For `operation_failed`: the operation's structured error.
    public let operation: OperationError?

    private init(_ kind: Kind, _ message: String, operation: OperationError? = nil) {
        self.kind = kind
        self.message = message
        self.operation = operation
    }

    /// The stable code.
    public var code: String { kind.rawValue }
    public var description: String { "\(code): \(message)" }

    static func invalidReference(_ m: String) -> RuntimeError { .init(.invalidReference, m) }
    static func registryUnreachable(_ m: String) -> RuntimeError { .init(.registryUnreachable, m) }
    static func registryError(_ m: String) -> RuntimeError { .init(.registryError, m) }
    static func notFound(_ m: String) -> RuntimeError { .init(.notFound, m) }
    static func noMatchingVersion(_ m: String) -> RuntimeError { .init(.noMatchingVersion, m) }
    static func digestMismatch(_ m: String) -> RuntimeError { .init(.digestMismatch, m) }
    static func signatureMissing(_ m: String) -> RuntimeError { .init(.signatureMissing, m) }
    static func signatureInvalid(_ m: String) -> RuntimeError { .init(.signatureInvalid, m) }
    static func keyUnknown(_ m: String) -> RuntimeError { .init(.keyUnknown, m) }
    static func keyChanged(_ m: String) -> RuntimeError { .init(.keyChanged, m) }
    static func cacheCorrupt(_ m: String) -> RuntimeError { .init(.cacheCorrupt, m) }
    static func cacheUnwritable(_ m: String) -> RuntimeError { .init(.cacheUnwritable, m) }
    static func packageInvalid(_ m: String) -> RuntimeError { .init(.packageInvalid, m) }
    static func lockInvalid(_ m: String) -> RuntimeError { .init(.lockInvalid, m) }
    static func connectionInvalid(_ m: String) -> RuntimeError { .init(.connectionInvalid, m) }
    static func reconsentRequired(_ m: String) -> RuntimeError { .init(.reconsentRequired, m) }
    static func oauthFailed(_ m: String) -> RuntimeError { .init(.oauthFailed, m) }
    static func vault(_ m: String) -> RuntimeError { .init(.vault, m) }

    /// An operation failed at one of its steps.
    public static func operation(_ e: OperationError) -> RuntimeError { .init(.operationFailed, e.description, operation: e) }

    /// Whether this is a `reconsent_required` error (the connection needs the user's consent again).
    public var needsReconsent: Bool { kind == .reconsentRequired }
}
