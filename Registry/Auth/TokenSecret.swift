import Crypto
import Foundation

/// Token text: `jct_<public id>_<secret>`. Only its SHA-256 is stored; the text is shown once.
struct TokenSecret: Sendable {
    let text: String
    let publicID: String

    /// A new random token.
    static func generate() -> TokenSecret {
        var rng = SystemRandomNumberGenerator()
        let id = (0..<6).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let secret = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let publicID = id.map { String(format: "%02x", $0) }.joined()
        return TokenSecret(text: "jct_\(publicID)_\(base64url(secret))", publicID: publicID)
    }

    /// The stored form.
    static func hash(_ text: String) -> [UInt8] { Array(SHA256.hash(data: Data(text.utf8))) }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
