/// A set of versions written the way npm writes them (node-semver's range semantics):
///
/// - comparators `<1.2.3`, `<=1.2.3`, `>1.2.3`, `>=1.2.3`, `=1.2.3` and bare `1.2.3`;
/// - caret `^1.2.3` (`>=1.2.3 <2.0.0-0`; `^0.2.3` stays below `0.3.0`, `^0.0.3` below `0.0.4`);
/// - tilde `~1.2.3` / `~>1.2.3` (`>=1.2.3 <1.3.0-0`);
/// - wildcards and partial versions `*`, `x`, `X`, `1`, `1.x`, `1.2`, `1.2.*`;
/// - hyphen ranges `1.2.3 - 2.3.4`, either side possibly partial (`1.2 - 2` is `>=1.2.0 <3.0.0-0`);
/// - space-separated comparators that must all hold, and `||` between alternatives;
/// - a leading `v` and `=` on versions (`=v1.2.3`), and spaces after operators (`>= 1.2.3`).
///
/// The empty string (or only whitespace) means `*`.
///
/// **Pre-releases.** A version with a pre-release tag (`1.3.0-beta`) only satisfies a set of
/// comparators if some comparator in that set names a pre-release of the same `[major, minor, patch]`:
/// `>1.2.3-alpha.3` admits `1.2.3-alpha.7` and `3.4.5` but not `3.4.5-alpha.9`, and `*` admits no
/// pre-release at all. Pass `includePrerelease: true` to drop that rule (node-semver's option of the
/// same name, which also lets x-range, partial, hyphen and `^0.x` floors admit their own pre-releases:
/// `1.2.x` then contains `1.2.0-rc.1`).
///
/// ```swift
/// let range = try VersionRange("^1.2 || >=3.0.0-rc.1 <3.1")
/// range.contains(try SemanticVersion("1.9.0"))      // true
/// range.contains(try SemanticVersion("3.0.0-rc.2")) // true: the set names a 3.0.0 pre-release
/// range.description                                 // ">=1.2.0 <2.0.0-0 || >=3.0.0-rc.1 <3.1.0-0"
/// ```
///
/// `==` and hashing compare the desugared comparators: `^1.2.3` equals `>=1.2.3 <2.0.0-0`, while two
/// ranges that contain the same versions but desugar differently (`1.2.3 - 1.2.4`, `1.2.3 || 1.2.4`)
/// are not equal.
public struct VersionRange: Sendable, Hashable {
    /// Alternatives (`||`), each a set of comparators that must all hold; an empty set matches any
    /// version (a pre-release only with `includePrerelease`).
    let alternatives: [[VersionComparator]]

    /// Parses a range. Throws for anything that is not a range, saying what is wrong:
    /// `"^1.2.3 ||| 4" is not a valid version range: a single "|" is not an operator; ...`.
    public init(_ text: String) throws(SemVerError) {
        do throws(SemVerError.Issue) {
            alternatives = try VersionRangeParser.parse(text)
        } catch {
            throw SemVerError(range: text, error)
        }
    }

    /// The range that contains every release (`*`).
    public static let any = VersionRange(alternatives: [[]])

    /// The range that contains exactly the versions with `version`'s precedence (`=1.2.3`).
    public static func exactly(_ version: SemanticVersion) -> VersionRange {
        VersionRange(alternatives: [[VersionComparator(.equal, version)]])
    }

    private init(alternatives: [[VersionComparator]]) {
        self.alternatives = alternatives
    }

    /// Whether `version` satisfies the range. Build metadata is ignored. Unless `includePrerelease`,
    /// a pre-release version must also share `[major, minor, patch]` with a pre-release comparator of
    /// the alternative it satisfies (see the type's documentation).
    public func contains(_ version: SemanticVersion, includePrerelease: Bool = false) -> Bool {
        alternatives.contains { set in
            guard set.allSatisfy({ $0.matches(version, includePrerelease: includePrerelease) }) else {
                return false
            }
            if !version.isPrerelease || includePrerelease { return true }
            return set.contains { $0.version.isPrerelease && $0.version.sameRelease(as: version) }
        }
    }

    /// The highest-precedence version in `versions` that the range contains, or `nil` if none does.
    /// Among versions of equal precedence (differing only in build metadata) the first one wins.
    public func best(of versions: some Sequence<SemanticVersion>, includePrerelease: Bool = false) -> SemanticVersion? {
        var best: SemanticVersion?
        for version in versions where contains(version, includePrerelease: includePrerelease) {
            if let current = best, version.comparePrecedence(to: current) <= 0 { continue }
            best = version
        }
        return best
    }
}

extension VersionRange: CustomStringConvertible {
    /// The normalized (desugared) form node-semver prints, with ` || ` between alternatives:
    /// `^1.2.3` → `>=1.2.3 <2.0.0-0`, `1.2.3 - 2.3` → `>=1.2.3 <2.4.0-0`, `""` and `x` → `*`,
    /// `<*` → `<0.0.0-0` (matches nothing). Parsing the description gives a range with the same
    /// `contains` results, except that floors written as partials no longer admit their own
    /// pre-releases under `includePrerelease` (`1.2.x` prints as `>=1.2.0 <1.3.0-0`).
    public var description: String {
        // node-semver prints a plain `>=0.0.0` as `*` (it excludes no release), so it is left out here.
        let printed = alternatives.map { set in set.filter { !$0.isPlainZeroFloor } }
        if printed.count > 1, printed.contains(where: \.isEmpty) { return "*" }
        return printed.map { set in
            set.isEmpty ? "*" : set.map(\.description).joined(separator: " ")
        }.joined(separator: " || ")
    }
}
