import Crypto
import Foundation

/// A tenant API token: `jrt_<id>_<secret>`. Only the SHA-256 of the secret is stored; the token is
/// shown once, when issued.
public struct TenantToken: Sendable, Equatable {
    public let id: UUID
    let secret: String

    /// A new random token.
    public init() {
        id = UUID()
        secret = PKCE.randomToken()
    }

    /// Parses a presented token; nil when it does not have the shape of one.
    public init?(text: String) {
        let parts = text.split(separator: "_", maxSplits: 2)
        guard parts.count == 3, parts[0] == "jrt", let id = Self.uuid(fromCompact: String(parts[1])), parts[2].count >= 32 else {
            return nil
        }
        self.id = id
        self.secret = String(parts[2])
    }

    /// The token as given to the user.
    public var text: String { "jrt_\(id.uuidString.lowercased().replacingOccurrences(of: "-", with: ""))_\(secret)" }

    /// What is stored.
    public var hash: [UInt8] { Array(SHA256.hash(data: Data(secret.utf8))) }

    static func uuid(fromCompact s: String) -> UUID? {
        guard s.count == 32 else { return nil }
        let c = Array(s)
        let dashed =
            String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20...])
        return UUID(uuidString: dashed)
    }
}
