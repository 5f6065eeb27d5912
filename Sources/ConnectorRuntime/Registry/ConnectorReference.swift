import ConnectorSDK

/// `vendor/name@range`: a connector and the versions acceptable to the caller.
public struct ConnectorReference: Sendable, Hashable, CustomStringConvertible {
    /// `vendor/name`.
    public var name: String
    /// The npm-style range as written (`^1.2`, `1.2.3`, `*`).
    public var rangeText: String
    public var range: VersionRange

    /// Parses `vendor/name` (any version) or `vendor/name@range`.
    public init(_ text: String) throws(RuntimeError) {
        let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        let names = name.split(separator: "/", omittingEmptySubsequences: false)
        guard names.count == 2, names.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } })
        else {
            throw RuntimeError.invalidReference("\"\(text)\" is not a connector reference; write vendor/name or vendor/name@range")
        }
        let rangeText = parts.count == 2 ? String(parts[1]) : "*"
        do {
            range = try VersionRange(rangeText.isEmpty ? "*" : rangeText)
        } catch {
            throw RuntimeError.invalidReference(error.message)
        }
        self.name = name.lowercased()
        self.rangeText = rangeText.isEmpty ? "*" : rangeText
    }

    /// The vendor part of the name.
    public var vendor: String { String(name.split(separator: "/")[0]) }

    /// True when the range names exactly one version (`1.2.3`): it is a pin and never floats.
    public var isExactPin: Bool { (try? SemanticVersion(rangeText)) != nil }

    public var description: String { "\(name)@\(rangeText)" }
}
