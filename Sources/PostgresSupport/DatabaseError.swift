/// A database set-up problem the operator has to fix (a bad URL, an edited migration).
public struct DatabaseError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Kind: String, Sendable {
        case configuration
    }
    private let kind: Kind
    /// What is wrong and what to do about it.
    public let message: String

    private init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The stable code (`configuration`).
    public var code: String { kind.rawValue }
    public var description: String { message }

    /// The configuration or the migrations are wrong.
    public static func configuration(_ message: String) -> DatabaseError { DatabaseError(.configuration, message) }
}
