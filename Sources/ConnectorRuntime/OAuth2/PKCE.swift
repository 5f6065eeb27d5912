import Crypto
import Foundation

/// Proof Key for Code Exchange (RFC 7636) with the S256 method, and the random values OAuth2 needs.
public enum PKCE {
    /// 32 random bytes as base64url without padding (43 characters): a code verifier or a `state`.
    public static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return base64URL((0..<32).map { _ in UInt8.random(in: 0...255, using: &g) })
    }

    /// `BASE64URL(SHA256(verifier))`, the S256 challenge.
    public static func challenge(for verifier: String) -> String {
        base64URL(Array(SHA256.hash(data: Data(verifier.utf8))))
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
