/// A registry failure that is not an HTTP problem: configuration and start-up.
public struct RegistryError: Error, Sendable, CustomStringConvertible {
    private enum Kind: String, Sendable {
        case configuration
    }

    private let kind: Kind
    /// What went wrong and what to do about it.
    public let message: String
    /// A stable code.
    public var code: String { kind.rawValue }

    static func configuration(_ message: String) -> RegistryError { RegistryError(kind: .configuration, message: message) }

    public var description: String { message }
}
