/// Why a package signature does not verify: a stable `code` for programs, one line for people.
public struct SignatureError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Kind: String, Sendable {
        case digestMismatch = "digest_mismatch"
        case keyMismatch = "key_mismatch"
        case badSignature = "bad_signature"
        case malformedSignature = "malformed_signature"
    }

    private let kind: Kind
    /// What is wrong and what to do about it.
    public let message: String

    private init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The stable code: `digest_mismatch`, `key_mismatch`, `bad_signature` or `malformed_signature`.
    public var code: String { kind.rawValue }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }

    static func digestMismatch(signed: String, expected: String) -> SignatureError {
        SignatureError(
            .digestMismatch,
            "the signature is for package \(signed), not \(expected) (sign this archive again)")
    }
    static func keyMismatch(signedBy: String, expected: String) -> SignatureError {
        SignatureError(.keyMismatch, "the signature was made with key \(signedBy), not the vendor's key \(expected)")
    }
    static func badSignature(keyID: String) -> SignatureError {
        SignatureError(.badSignature, "the signature does not verify with key \(keyID) (it was altered or forged)")
    }
    static func malformed(_ what: String) -> SignatureError {
        SignatureError(.malformedSignature, "the signature is malformed: \(what)")
    }
}

/// Why a signing key could not be parsed, read or written.
public struct SigningKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Kind: String, Sendable {
        case malformedKey = "malformed_key"
        case keyFileExists = "key_file_exists"
        case keyFileUnreadable = "key_file_unreadable"
        case keyFileUnwritable = "key_file_unwritable"
        case keyFileInsecure = "key_file_insecure"
    }

    private let kind: Kind
    /// What is wrong and what to do about it.
    public let message: String

    private init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The stable code: `malformed_key`, `key_file_exists`, `key_file_unreadable`,
    /// `key_file_unwritable` or `key_file_insecure`.
    public var code: String { kind.rawValue }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }

    static func malformedKey(_ what: String) -> SigningKeyError {
        SigningKeyError(.malformedKey, what)
    }
    static func keyFileExists(_ path: String) -> SigningKeyError {
        SigningKeyError(.keyFileExists, "\(path) already exists; refusing to overwrite a private key (pass overwrite to replace it)")
    }
    static func keyFileUnreadable(_ path: String, _ reason: String) -> SigningKeyError {
        SigningKeyError(.keyFileUnreadable, "cannot read private key \(path): \(reason)")
    }
    static func keyFileUnwritable(_ path: String, _ reason: String) -> SigningKeyError {
        SigningKeyError(.keyFileUnwritable, "cannot write private key \(path): \(reason)")
    }
    static func keyFileInsecure(_ path: String, mode: UInt32) -> SigningKeyError {
        SigningKeyError(
            .keyFileInsecure,
            "private key \(path) is readable by others (mode \(String(mode, radix: 8))); run `chmod 600 \(path)`")
    }
}
