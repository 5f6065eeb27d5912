/// A SemVer 2.0.0 version: `MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]`, parsed strictly.
///
/// ```swift
/// let v = try SemanticVersion("1.4.0-rc.1+sha.5114f85")
/// v.major            // 1
/// v.prerelease       // ["rc", "1"]
/// v.build            // ["sha", "5114f85"]
/// v < (try SemanticVersion("1.4.0"))   // true: a pre-release precedes its release
/// ```
///
/// **Identity vs. precedence.** `==` and `hash(into:)` compare every field, build metadata included,
/// so `1.0.0+a` and `1.0.0+b` are two distinct values (a registry can tell them apart, a `Set` keeps
/// both). `<` follows the spec's precedence, which ignores build metadata, so neither of those two is
/// less than the other: `<` is a strict weak ordering whose "same rank" relation is
/// `precedenceEquals(_:)`, not `==`. Sorting and `max()` work as expected; use `precedenceEquals` to
/// ask whether two versions have the same precedence.
public struct SemanticVersion: Sendable, Hashable {
    /// The major version (a non-negative integer).
    public let major: Int
    /// The minor version (a non-negative integer).
    public let minor: Int
    /// The patch version (a non-negative integer).
    public let patch: Int
    /// Pre-release identifiers (`["alpha", "1"]` for `-alpha.1`); empty for a release.
    /// Purely numeric identifiers compare numerically at any length.
    public let prerelease: [String]
    /// Build metadata identifiers (`["build", "5"]` for `+build.5`); ignored by precedence.
    public let build: [String]

    /// Parses a SemVer 2.0.0 version strictly: no leading `v`, no surrounding whitespace, no leading
    /// zeros in numeric identifiers, and major/minor/patch that fit in `Int`.
    public init(_ text: String) throws(SemVerError) {
        do throws(SemVerError.Issue) {
            self = try Self.parse(text[...])
        } catch {
            throw SemVerError(version: text, error)
        }
    }

    /// A version from its parts, validated like parsed text.
    public init(
        major: Int, minor: Int, patch: Int, prerelease: [String] = [], build: [String] = []
    ) throws(SemVerError) {
        let candidate = SemanticVersion(
            uncheckedMajor: major, minor: minor, patch: patch, prerelease: prerelease, build: build)
        do throws(SemVerError.Issue) {
            for (value, name) in [(major, "major"), (minor, "minor"), (patch, "patch")] where value < 0 {
                throw SemVerError.Issue.negative(component: name)
            }
            for identifier in prerelease { try SemVerSyntax.validate(identifier, part: .prerelease) }
            for identifier in build { try SemVerSyntax.validate(identifier, part: .build) }
        } catch {
            throw SemVerError(version: candidate.description, error)
        }
        self = candidate
    }

    /// Builds a version from parts already known to be valid.
    init(uncheckedMajor major: Int, minor: Int, patch: Int, prerelease: [String] = [], build: [String] = []) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.build = build
    }

    /// True when the version has pre-release identifiers (`1.0.0-beta`).
    public var isPrerelease: Bool { !prerelease.isEmpty }

    /// The same version without build metadata.
    public var withoutBuild: SemanticVersion {
        SemanticVersion(uncheckedMajor: major, minor: minor, patch: patch, prerelease: prerelease)
    }

    /// True when `other` has the same `[major, minor, patch]` tuple.
    func sameRelease(as other: SemanticVersion) -> Bool {
        major == other.major && minor == other.minor && patch == other.patch
    }

    static func parse(_ text: Substring) throws(SemVerError.Issue) -> SemanticVersion {
        guard !text.isEmpty else { throw .empty }
        if text.first == "v" || text.first == "V", text.dropFirst().first?.isNumber == true {
            throw .leadingV
        }
        let (core, pre, build) = SemVerSyntax.splitQualifiers(text)
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .shape(parts: parts.count) }
        let major = try SemVerSyntax.number(parts[0], component: "major")
        let minor = try SemVerSyntax.number(parts[1], component: "minor")
        let patch = try SemVerSyntax.number(parts[2], component: "patch")
        var prerelease: [String] = []
        if let pre { prerelease = try SemVerSyntax.identifiers(pre, part: .prerelease) }
        var buildIDs: [String] = []
        if let build { buildIDs = try SemVerSyntax.identifiers(build, part: .build) }
        return SemanticVersion(
            uncheckedMajor: major, minor: minor, patch: patch, prerelease: prerelease, build: buildIDs)
    }
}

extension SemanticVersion: LosslessStringConvertible {
    /// The canonical text: `1.2.3`, `1.2.3-rc.1`, `1.2.3-rc.1+build.5`. Parsing it gives back an equal value.
    public var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease.joined(separator: ".") }
        if !build.isEmpty { text += "+" + build.joined(separator: ".") }
        return text
    }

    /// `LosslessStringConvertible`'s failable initializer: `nil` where `init(_:) throws` would throw.
    ///
    /// It is generic so that `SemanticVersion("1.2.3")` with a `String` picks the throwing initializer
    /// (write `try`, or `try?` for an optional); generic code over `LosslessStringConvertible` gets this one.
    public init?<S: StringProtocol>(_ description: S) {
        guard let version = try? Self.parse(Substring(description)) else { return nil }
        self = version
    }
}
