import Crypto
import Foundation

/// A vendor's Ed25519 public key: checks package signatures.
///
/// Text form: `ed25519:` and the base64 of the 32 raw key bytes. Key id: `ed25519:` and the first 16
/// hex digits of the SHA-256 of the raw key bytes.
public struct VerifyingKey: Sendable, Hashable, CustomStringConvertible {
    private let key: Curve25519.Signing.PublicKey
    /// The 32 raw key bytes.
    public let rawRepresentation: [UInt8]

    /// The key from its 32 raw bytes.
    public init(rawRepresentation: [UInt8]) throws(SigningKeyError) {
        guard rawRepresentation.count == 32,
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: rawRepresentation)
        else {
            throw SigningKeyError.malformedKey(
                "a public key is 32 bytes, this one is \(rawRepresentation.count); copy the whole ed25519: line")
        }
        self.key = key
        self.rawRepresentation = rawRepresentation
    }

    init(_ key: Curve25519.Signing.PublicKey) {
        self.key = key
        self.rawRepresentation = [UInt8](key.rawRepresentation)
    }

    /// Parses the text form `ed25519:<base64>`; whitespace around it is ignored.
    public init(text: String) throws(SigningKeyError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix(Self.prefix) else {
            throw SigningKeyError.malformedKey("a public key starts with \"\(Self.prefix)\"")
        }
        guard let raw = Data(base64Encoded: String(trimmed.dropFirst(Self.prefix.count))) else {
            throw SigningKeyError.malformedKey("the public key after \"\(Self.prefix)\" is not valid base64")
        }
        try self.init(rawRepresentation: [UInt8](raw))
    }

    /// `ed25519:` and the base64 of the raw key bytes.
    public var text: String { Self.prefix + Data(rawRepresentation).base64EncodedString() }

    /// `ed25519:` and the first 16 hex digits of the SHA-256 of the raw key bytes.
    public var keyID: String { Self.prefix + String(SHA256.hash(data: rawRepresentation).lowercaseHex.prefix(16)) }

    /// The text form.
    public var description: String { text }

    /// Whether `signature` is this key's Ed25519 signature of `message`.
    func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        key.isValidSignature(signature, for: message)
    }

    public static func == (lhs: VerifyingKey, rhs: VerifyingKey) -> Bool {
        lhs.rawRepresentation == rhs.rawRepresentation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawRepresentation)
    }

    static let prefix = "ed25519:"
}

/// A vendor's Ed25519 private key: signs packages. Keep it in a file only its owner can read.
///
/// Key file: one line, `junction-ed25519-private-key:` and the base64 of the 32 raw key bytes,
/// then a newline.
public struct SigningKey: Sendable, CustomStringConvertible, CustomReflectable {
    private let key: Curve25519.Signing.PrivateKey

    /// A new random key.
    public init() {
        key = Curve25519.Signing.PrivateKey()
    }

    /// The key from its 32 raw bytes (the Ed25519 seed).
    public init(rawRepresentation: [UInt8]) throws(SigningKeyError) {
        guard rawRepresentation.count == 32,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: rawRepresentation)
        else {
            throw SigningKeyError.malformedKey(
                "a private key is 32 bytes, this one is \(rawRepresentation.count)")
        }
        self.key = key
    }

    /// Parses the key file's text: exactly one line, `junction-ed25519-private-key:<base64>`, with
    /// or without its final newline.
    public init(fileText: String) throws(SigningKeyError) {
        var line = Substring(fileText)
        if line.hasSuffix("\n") { line = line.dropLast() }
        guard line.hasPrefix(Self.filePrefix) else {
            throw SigningKeyError.malformedKey(
                "not a Junction private key (the file must be one line starting with \"\(Self.filePrefix)\")")
        }
        let encoded = line.dropFirst(Self.filePrefix.count)
        guard !encoded.contains(where: \.isNewline), let raw = Data(base64Encoded: String(encoded)) else {
            throw SigningKeyError.malformedKey(
                "the private key after \"\(Self.filePrefix)\" is not one line of valid base64")
        }
        try self.init(rawRepresentation: [UInt8](raw))
    }

    /// The matching public key.
    public var verifyingKey: VerifyingKey { VerifyingKey(key.publicKey) }

    /// The key id of the matching public key.
    public var keyID: String { verifyingKey.keyID }

    /// The key file's text, newline included. It holds the secret: never log it.
    public var fileText: String {
        Self.filePrefix + key.rawRepresentation.base64EncodedString() + "\n"
    }

    /// `SigningKey(<key id>)`: never the secret, so keys are safe to print by mistake.
    public var description: String { "SigningKey(\(keyID))" }

    /// Shows only the key id to `dump` and debuggers.
    public var customMirror: Mirror { Mirror(self, children: ["keyID": keyID]) }

    /// The Ed25519 signature of `message`.
    func signature(for message: [UInt8]) throws -> [UInt8] {
        [UInt8](try key.signature(for: message))
    }

    static let filePrefix = "junction-ed25519-private-key:"
}
