import Testing

@testable import ConnectorSDK

@Suite("VersionRange")
struct SemVerRangeTests {
    @Test(arguments: [
        ("^1.2.3", ">=1.2.3 <2.0.0-0"),
        ("^0.2.3", ">=0.2.3 <0.3.0-0"),
        ("^0.0.3", ">=0.0.3 <0.0.4-0"),
        ("^0.0", "<0.1.0-0"),
        ("^1.2.3-beta.2", ">=1.2.3-beta.2 <2.0.0-0"),
        ("~1.2", ">=1.2.0 <1.3.0-0"),
        ("~1.2.3", ">=1.2.3 <1.3.0-0"),
        ("~>3.2.1", ">=3.2.1 <3.3.0-0"),
        ("~1", ">=1.0.0 <2.0.0-0"),
        ("1.2.3 - 2.3", ">=1.2.3 <2.4.0-0"),
        ("1.2 - 2.3.4", ">=1.2.0 <=2.3.4"),
        ("1.2.3 - 2.3.4", ">=1.2.3 <=2.3.4"),
        ("1.2.3 - *", ">=1.2.3"),
        ("", "*"),
        ("   ", "*"),
        ("*", "*"),
        ("x || 1.2.3", "*"),
        (">=0", "*"),
        ("1.x", ">=1.0.0 <2.0.0-0"),
        ("1.2.X", ">=1.2.0 <1.3.0-0"),
        ("0.x", "<1.0.0-0"),
        ("=v1.2.3+build", "1.2.3"),
        (">=  1.2.3   <  2", ">=1.2.3 <2.0.0-0"),
        (">1.2", ">=1.3.0"),
        ("<=1.2", "<1.3.0-0"),
        ("<1", "<1.0.0-0"),
        (">1", ">=2.0.0"),
        ("<*", "<0.0.0-0"),
        ("<* || 1.2.3", "1.2.3"),
        ("<1 >2 <3", "<1.0.0-0 >=3.0.0 <3.0.0-0"),
        ("1.2.7||>=1.2.9 <2.0.0", "1.2.7 || >=1.2.9 <2.0.0"),
        (">=1.2.3 >=1.2.3", ">=1.2.3"),
        (">=0.0.0", "*"),
        ("~0.0 || 1.2.3", "<0.1.0-0 || 1.2.3"),
        (">=0.0.0 || 1.2.3", "*"),
        ("^1.2 ~1.2", ">=1.2.0 <2.0.0-0 <1.3.0-0"),
    ])
    func normalizedDescription(_ text: String, expected: String) throws {
        let range = try VersionRange(text)
        #expect(range.description == expected)
        #expect(try VersionRange(range.description).description == expected)
    }

    @Test(arguments: [
        ("^1.2.3 ||| 4", "range.stray-pipe"),
        ("1 | 2", "range.stray-pipe"),
        ("1.x ||", "range.empty-alternative"),
        ("|| 1", "range.empty-alternative"),
        ("1 ||  || 2", "range.empty-alternative"),
        (">=", "range.missing-version"),
        ("1.2.3 <", "range.missing-version"),
        ("~>", "range.missing-version"),
        ("> = 1", "range.missing-version"),
        ("1.2.x-beta", "range.partial-prerelease"),
        ("x.1", "range.wildcard-order"),
        ("V1.2.3", "range.invalid-comparator"),
        ("blerg", "range.invalid-comparator"),
        ("xyz", "range.invalid-comparator"),
        (">=abc", "range.invalid-comparator"),
        ("1.2.3 && 2", "range.invalid-comparator"),
        ("^~1", "range.invalid-comparator"),
        (">=v", "range.invalid-comparator"),
        ("-1.2.3", "range.invalid-comparator"),
        ("1.2.3 -", "range.hyphen"),
        ("1 - 2 - 3", "range.hyphen"),
        (">=1 - 2", "range.hyphen"),
        ("1 - >2", "range.hyphen"),
        ("1.2.3 - 2 >3", "range.hyphen"),
        ("=1.0.0 - 1.1.0", "range.hyphen"),
        ("1.2-beta", "range.partial-prerelease"),
        ("1.x-rc", "range.partial-prerelease"),
        ("^1.2+build", "range.partial-prerelease"),
        ("1.x.3", "range.wildcard-order"),
        ("*.2", "range.wildcard-order"),
        ("^1.02", "range.invalid-version"),
        ("1.2.3.4", "range.invalid-version"),
        (">=1.2.3-", "range.invalid-version"),
        ("~1.2.3-a_b", "range.invalid-version"),
        ("99999999999999999999", "range.invalid-version"),
        ("^9223372036854775807", "range.too-large"),
        ("~1.9223372036854775807", "range.too-large"),
        ("<=9223372036854775807", "range.too-large"),
    ])
    func rejectsGarbage(_ text: String, code: String) {
        #expect(throws: SemVerError.self) { try VersionRange(text) }
        do {
            _ = try VersionRange(text)
        } catch {
            #expect(error.code == code)
            #expect(error.message.hasPrefix("\"\(text)\" is not a valid version range: "))
        }
    }

    @Test func messagesSayWhatIsWrong() {
        let cases = [
            ("^1.2.3 ||| 4", #"a single "|" is not an operator; separate alternatives with "||""#),
            ("^1.02", #""1.02": numeric identifiers must not have leading zeros"#),
            (">=", #"">=" must be followed by a version"#),
            ("1.x.3", #""1.x.3": only wildcards may follow a wildcard"#),
        ]
        for (text, detail) in cases {
            do {
                _ = try VersionRange(text)
                Issue.record("\(text) parsed")
            } catch {
                #expect(error.message == "\"\(text)\" is not a valid version range: \(detail)")
            }
        }
    }

    @Test(
        arguments: [
            ("^1.2.3", ["1.2.3", "1.5.0", "2.0.0", "1.4.9"], false, "1.5.0"),
            ("~1.2", ["1.2.0", "1.2.10", "1.2.9", "1.3.0"], false, "1.2.10"),
            ("^2", ["1.0.0", "3.0.0"], false, nil),
            ("*", ["1.0.0", "2.0.0-beta"], false, "1.0.0"),
            ("*", ["1.0.0", "2.0.0-beta"], true, "2.0.0-beta"),
            ("^1.0.0-rc.1", ["1.0.0-rc.1", "1.0.0-rc.2", "1.0.0", "1.1.0-beta"], false, "1.0.0"),
            ("^1.0.0-rc.1", ["1.0.0-rc.1", "1.0.0-rc.2", "1.1.0-beta"], false, "1.0.0-rc.2"),
            (">=1.0.0-rc.1 <1.0.0", ["1.0.0-rc.1", "1.0.0-rc.10", "1.0.0-rc.2"], false, "1.0.0-rc.10"),
            ("1.0.0", ["1.0.0+a", "1.0.0+b"], false, "1.0.0+a"),
            ("1.x || 3.x", ["1.9.0", "2.5.0", "3.0.1", "4.0.0"], false, "3.0.1"),
            ("<2", [], false, nil),
            ("<* || >*", ["0.0.0", "1.0.0"], false, nil),
        ] as [(String, [String], Bool, String?)])
    func best(_ text: String, candidates: [String], includePrerelease: Bool, expected: String?) throws {
        let range = try VersionRange(text)
        let versions = try candidates.map { try SemanticVersion($0) }
        let best = range.best(of: versions, includePrerelease: includePrerelease)
        #expect(best?.description == expected)
    }

    @Test func bestAcceptsAnySequence() throws {
        let range = try VersionRange("^1")
        let lazy = (0..<20).lazy.compactMap { try? SemanticVersion(major: 1, minor: $0, patch: 0) }
        #expect(range.best(of: lazy)?.description == "1.19.0")
    }

    @Test func equalityComparesDesugaredForm() throws {
        #expect(try VersionRange("^1.2.3") == VersionRange(">=1.2.3 <2.0.0-0"))
        #expect(try VersionRange("") == VersionRange.any)
        #expect(try VersionRange("=1.2.3") == VersionRange.exactly(SemanticVersion("1.2.3+b")))
        #expect(try VersionRange("^1.2.3") != VersionRange("~1.2.3"))
        // `1.2.x` admits 1.2.0's pre-releases under includePrerelease; `>=1.2.0 <1.3.0-0` does not.
        #expect(try VersionRange("1.2.x") != VersionRange(">=1.2.0 <1.3.0-0"))
    }

    @Test func documentationExample() throws {
        let range = try VersionRange("^1.2 || >=3.0.0-rc.1 <3.1")
        #expect(range.contains(try SemanticVersion("1.9.0")))
        #expect(range.contains(try SemanticVersion("3.0.0-rc.2")))
        #expect(!range.contains(try SemanticVersion("3.1.0-rc.1")))
        #expect(range.description == ">=1.2.0 <2.0.0-0 || >=3.0.0-rc.1 <3.1.0-0")
    }

    @Test func anyAndExactly() throws {
        #expect(VersionRange.any.contains(try SemanticVersion("0.0.0")))
        #expect(!VersionRange.any.contains(try SemanticVersion("1.0.0-rc.1")))
        let exact = VersionRange.exactly(try SemanticVersion("1.0.0-rc.1"))
        #expect(exact.contains(try SemanticVersion("1.0.0-rc.1+build")))
        #expect(!exact.contains(try SemanticVersion("1.0.0")))
        #expect(exact.description == "1.0.0-rc.1")
    }
}
