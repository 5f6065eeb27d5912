import Crypto

extension PackageArchive {
    /// The identity of a package: `sha256:` and the lowercase hex SHA-256 of the archive bytes.
    public static func digest(of bytes: [UInt8]) -> String {
        "sha256:" + SHA256.hash(data: bytes).lowercaseHex
    }

    /// Whether `text` has the form of a package digest (`sha256:` and 64 lowercase hex digits).
    public static func isWellFormedDigest(_ text: String) -> Bool {
        guard text.hasPrefix("sha256:") else { return false }
        let hex = text.utf8.dropFirst(7)
        return hex.count == 64 && hex.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

extension Sequence where Element == UInt8 {
    /// Two lowercase hex digits per byte.
    var lowercaseHex: String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var out = String.UnicodeScalarView()
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(out)
    }
}
