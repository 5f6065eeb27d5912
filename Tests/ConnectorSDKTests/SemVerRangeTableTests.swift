import Testing

@testable import ConnectorSDK

/// One row of the range table: does `range` contain `version`?
struct SemVerRangeCase: Sendable, CustomTestStringConvertible {
    let range: String
    let version: String
    let includePrerelease: Bool
    let expected: Bool

    init(_ range: String, _ version: String, _ expected: Bool, includePrerelease: Bool = false) {
        self.range = range
        self.version = version
        self.includePrerelease = includePrerelease
        self.expected = expected
    }

    var testDescription: String {
        "\"\(range)\" \(expected ? "∋" : "∌") \(version)\(includePrerelease ? " (includePrerelease)" : "")"
    }
}

/// Cases written from node-semver's documented semantics (README: "Advanced Range Syntax",
/// "Prerelease Tags") and its desugaring rules, not copied from its fixtures.
let semVerRangeTable: [SemVerRangeCase] = [
    // Caret: the left-most non-zero part may not change.
    SemVerRangeCase("^1.2.3", "1.2.3", true),
    SemVerRangeCase("^1.2.3", "1.9.9", true),
    SemVerRangeCase("^1.2.3", "2.0.0", false),
    SemVerRangeCase("^1.2.3", "1.2.2", false),
    SemVerRangeCase("^1.2.3", "1.999999999.0", true),
    SemVerRangeCase("^1.2.3", "1.3.0-beta", false),
    SemVerRangeCase("^1.2.3", "1.3.0-beta", true, includePrerelease: true),
    SemVerRangeCase("^1.2.3", "2.0.0-alpha", false, includePrerelease: true),
    SemVerRangeCase("^1.2.3", "1.2.3-beta", false, includePrerelease: true),
    SemVerRangeCase("^0.2.3", "0.2.3", true),
    SemVerRangeCase("^0.2.3", "0.2.9", true),
    SemVerRangeCase("^0.2.3", "0.3.0", false),
    SemVerRangeCase("^0.2.3", "0.2.2", false),
    SemVerRangeCase("^0.0.3", "0.0.3", true),
    SemVerRangeCase("^0.0.3", "0.0.4", false),
    SemVerRangeCase("^0.0.3", "0.0.2", false),
    SemVerRangeCase("^0.0.3", "0.0.3-rc.1", false),
    SemVerRangeCase("^0.0.3", "0.0.3-rc.1", true, includePrerelease: true),
    SemVerRangeCase("^0.0", "0.0.9", true),
    SemVerRangeCase("^0.0", "0.1.0", false),
    SemVerRangeCase("^0.x", "0.9.9", true),
    SemVerRangeCase("^0.x", "1.0.0", false),
    SemVerRangeCase("^0.1", "0.1.5", true),
    SemVerRangeCase("^0.1", "0.2.0", false),
    SemVerRangeCase("^1.x", "1.99.0", true),
    SemVerRangeCase("^1.2", "1.2.0", true),
    SemVerRangeCase("^1.2", "1.1.9", false),
    SemVerRangeCase("^1.2.3-beta.2", "1.2.3-beta.4", true),
    SemVerRangeCase("^1.2.3-beta.2", "1.2.3-beta.1", false),
    SemVerRangeCase("^1.2.3-beta.2", "1.2.4-beta.2", false),
    SemVerRangeCase("^1.2.3-beta.2", "1.2.4", true),
    SemVerRangeCase("^0.0.3-beta", "0.0.3-pr.2", true),
    SemVerRangeCase("^0.0.3-beta", "0.0.4", false),
    SemVerRangeCase("^ 1.2.3", "1.4.0", true),
    // Tilde: patch-level changes (minor-level when only a major is given).
    SemVerRangeCase("~1.2.3", "1.2.9", true),
    SemVerRangeCase("~1.2.3", "1.3.0", false),
    SemVerRangeCase("~1.2.3", "1.2.2", false),
    SemVerRangeCase("~1.2", "1.2.0", true),
    SemVerRangeCase("~1.2", "1.3.0", false),
    SemVerRangeCase("~1.2", "1.2.0-rc.1", false, includePrerelease: true),
    SemVerRangeCase("~1", "1.9.0", true),
    SemVerRangeCase("~1", "2.0.0", false),
    SemVerRangeCase("~0.2.3", "0.2.5", true),
    SemVerRangeCase("~0.2.3", "0.3.0", false),
    SemVerRangeCase("~1.2.3-beta.2", "1.2.3-beta.4", true),
    SemVerRangeCase("~1.2.3-beta.2", "1.2.4-beta.2", false),
    SemVerRangeCase("~1.2.3-beta.2", "1.2.4", true),
    SemVerRangeCase("~>1.2.3", "1.2.5", true),
    SemVerRangeCase("~ 1.2.3", "1.2.5", true),
    // Wildcards and partial versions.
    SemVerRangeCase("*", "1.2.3", true),
    SemVerRangeCase("*", "0.0.0", true),
    SemVerRangeCase("*", "1.0.0-beta", false),
    SemVerRangeCase("*", "1.0.0-beta", true, includePrerelease: true),
    SemVerRangeCase("", "3.0.0", true),
    SemVerRangeCase("", "3.0.0-rc.1", false),
    SemVerRangeCase("x", "9.9.9", true),
    SemVerRangeCase("X", "1.0.0-rc.1", false),
    SemVerRangeCase("1", "1.9.9", true),
    SemVerRangeCase("1", "2.0.0", false),
    SemVerRangeCase("1.x", "1.0.0", true),
    SemVerRangeCase("1.x", "0.9.9", false),
    SemVerRangeCase("1.x", "2.0.0-0", false, includePrerelease: true),
    SemVerRangeCase("1.X.x", "1.5.0", true),
    SemVerRangeCase("1.2", "1.2.7", true),
    SemVerRangeCase("1.2.*", "1.3.0", false),
    SemVerRangeCase("1.2.x", "1.2.0-rc.1", true, includePrerelease: true),
    SemVerRangeCase("1.2.x", "1.2.1-rc.1", false),
    SemVerRangeCase("1.2.x", "1.2.1+build.9", true),
    // Primitive comparators, `=` and a leading `v`.
    SemVerRangeCase(">1.2.3", "1.2.4", true),
    SemVerRangeCase(">1.2.3", "1.2.3", false),
    SemVerRangeCase(">=1.2.3", "1.2.3", true),
    SemVerRangeCase("<1.2.3", "1.2.2", true),
    SemVerRangeCase("<1.2.3", "1.2.3-beta", false),
    SemVerRangeCase("<1.2.3", "1.2.3-beta", true, includePrerelease: true),
    SemVerRangeCase("<=1.2.3", "1.2.3", true),
    SemVerRangeCase("<=1.2.3", "1.2.4", false),
    SemVerRangeCase("=1.2.3", "1.2.3", true),
    SemVerRangeCase("1.2.3", "1.2.3+build.7", true),
    SemVerRangeCase("1.2.3", "1.2.4", false),
    SemVerRangeCase("v1.2.3", "1.2.3", true),
    SemVerRangeCase("=v1.2.3", "1.2.3", true),
    SemVerRangeCase(">= 1.2.3", "1.2.3", true),
    SemVerRangeCase(">=v1.2.3", "1.2.2", false),
    SemVerRangeCase(">1.2", "1.2.9", false),
    SemVerRangeCase(">1.2", "1.3.0", true),
    SemVerRangeCase(">1", "1.9.9", false),
    SemVerRangeCase(">1", "2.0.0", true),
    SemVerRangeCase("<=1.2", "1.2.9", true),
    SemVerRangeCase("<=1.2", "1.3.0", false),
    SemVerRangeCase("<1.2", "1.1.9", true),
    SemVerRangeCase("<1.2", "1.2.0", false),
    SemVerRangeCase(">=1.2", "1.2.0", true),
    SemVerRangeCase("<=1", "1.9.9", true),
    SemVerRangeCase("<=1", "2.0.0-0", false, includePrerelease: true),
    SemVerRangeCase("<*", "0.0.0", false),
    SemVerRangeCase(">*", "1.0.0", false),
    SemVerRangeCase(">=*", "1.0.0", true),
    // The pre-release rule.
    SemVerRangeCase(">1.2.3-alpha.3", "1.2.3-alpha.7", true),
    SemVerRangeCase(">1.2.3-alpha.3", "3.4.5-alpha.9", false),
    SemVerRangeCase(">1.2.3-alpha.3", "3.4.5", true),
    SemVerRangeCase(">1.2.3-alpha.3", "3.4.5-alpha.9", true, includePrerelease: true),
    SemVerRangeCase(">1.2.3-alpha.3", "1.2.3-alpha.3", false),
    SemVerRangeCase(">1.2.3-alpha.3", "1.2.3", true),
    SemVerRangeCase(">=1.2.3-alpha.3 <1.2.3", "1.2.3-beta", true),
    SemVerRangeCase("1.2.3-beta", "1.2.3-beta", true),
    SemVerRangeCase("1.2.3-beta", "1.2.3-beta.1", false),
    SemVerRangeCase(">=0.0.0", "0.0.0-rc.1", false, includePrerelease: true),
    // Hyphen ranges: inclusive, partial sides fill in like x-ranges.
    SemVerRangeCase("1.2.3 - 2.3.4", "1.2.3", true),
    SemVerRangeCase("1.2.3 - 2.3.4", "2.3.4", true),
    SemVerRangeCase("1.2.3 - 2.3.4", "2.3.5", false),
    SemVerRangeCase("1.2.3 - 2.3.4", "1.2.2", false),
    SemVerRangeCase("1.2.3 - 2.3.4", "1.2.3-rc.1", true, includePrerelease: true),
    SemVerRangeCase("1.2.3 - 2.3.4", "2.3.4-rc.1", false),
    SemVerRangeCase("1.2.3 - 2.3.4", "2.3.4-rc.1", true, includePrerelease: true),
    SemVerRangeCase("1.2 - 2.3.4", "1.2.0", true),
    SemVerRangeCase("1.2.3 - 2.3", "2.3.99", true),
    SemVerRangeCase("1.2.3 - 2.3", "2.4.0", false),
    SemVerRangeCase("1.2.3 - 2", "2.99.0", true),
    SemVerRangeCase("1.2.3 - 2", "3.0.0", false),
    SemVerRangeCase("* - 2", "0.1.0", true),
    SemVerRangeCase("v1.0.0 - v1.1.0", "1.1.0", true),
    // AND sets and `||` unions.
    SemVerRangeCase(">=1.2.7 <1.3.0", "1.2.8", true),
    SemVerRangeCase(">=1.2.7 <1.3.0", "1.3.0", false),
    SemVerRangeCase(">=1.2.7 <1.3.0", "1.2.6", false),
    SemVerRangeCase("1.2.7 || >=1.2.9 <2.0.0", "1.2.7", true),
    SemVerRangeCase("1.2.7 || >=1.2.9 <2.0.0", "1.2.8", false),
    SemVerRangeCase("1.2.7 || >=1.2.9 <2.0.0", "1.4.6", true),
    SemVerRangeCase("^1.0.0 || ^2.0.0", "2.5.0", true),
    SemVerRangeCase("^1.0.0 || ^2.0.0", "3.0.0", false),
    SemVerRangeCase("^1||*", "0.1.0", true),
    SemVerRangeCase("<* || >*", "1.0.0", false),
    SemVerRangeCase(">=1.0.0-rc.1 <2 || 3.x", "1.0.0-rc.2", true),
    SemVerRangeCase(">=1.0.0-rc.1 <2 || 3.x", "3.0.0-rc.1", false),
    SemVerRangeCase("<1.0.0 >2.0.0", "1.5.0", false),
    SemVerRangeCase("  >=1.2.3\t  <2  ", "1.5.0", true),
]

@Suite("VersionRange table")
struct SemVerRangeTableTests {
    @Test func tableIsLargeEnough() {
        #expect(semVerRangeTable.count >= 80)
    }

    @Test(arguments: semVerRangeTable)
    func contains(_ row: SemVerRangeCase) throws {
        let range = try VersionRange(row.range)
        let version = try SemanticVersion(row.version)
        #expect(range.contains(version, includePrerelease: row.includePrerelease) == row.expected)
    }

    /// The normalized description parses back to a range with the same answer (for the default mode).
    @Test(arguments: semVerRangeTable.filter { !$0.includePrerelease })
    func descriptionRoundTrips(_ row: SemVerRangeCase) throws {
        let range = try VersionRange(row.range)
        let reparsed = try VersionRange(range.description)
        #expect(reparsed.description == range.description)
        #expect(reparsed.contains(try SemanticVersion(row.version)) == row.expected)
    }
}
