import Testing

@testable import ConnectorSDK

@Suite("SemanticVersion")
struct SemVerVersionTests {
    @Test(
        arguments: [
            ("0.0.0", 0, 0, 0, [], []),
            ("1.2.3", 1, 2, 3, [], []),
            ("10.20.30", 10, 20, 30, [], []),
            ("1.0.0-0", 1, 0, 0, ["0"], []),
            ("1.0.0-alpha-1.x-y", 1, 0, 0, ["alpha-1", "x-y"], []),
            ("1.0.0-0A.is.legal", 1, 0, 0, ["0A", "is", "legal"], []),
            ("1.0.0+001", 1, 0, 0, [], ["001"]),
            ("1.0.0-rc.1+build.1-x", 1, 0, 0, ["rc", "1"], ["build", "1-x"]),
            ("1.2.3----RC-SNAPSHOT.12.9.1--.12+788", 1, 2, 3, ["---RC-SNAPSHOT", "12", "9", "1--", "12"], ["788"]),
            ("9223372036854775807.0.0", Int.max, 0, 0, [], []),
            ("1.0.0-99999999999999999999999", 1, 0, 0, ["99999999999999999999999"], []),
        ] as [(String, Int, Int, Int, [String], [String])])
    func parsesValid(_ text: String, major: Int, minor: Int, patch: Int, pre: [String], build: [String]) throws {
        let version = try SemanticVersion(text)
        #expect(version.major == major)
        #expect(version.minor == minor)
        #expect(version.patch == patch)
        #expect(version.prerelease == pre)
        #expect(version.build == build)
        #expect(version.description == text)
        #expect(version.isPrerelease == !pre.isEmpty)
    }

    @Test(arguments: [
        ("", "version.empty"),
        ("1", "version.shape"),
        ("1.2", "version.shape"),
        ("1.2.3.4", "version.shape"),
        ("-1.2.3", "version.shape"),
        ("1.02.3", "version.leading-zero"),
        ("01.2.3", "version.leading-zero"),
        ("1.2.03", "version.leading-zero"),
        ("1.2.3-01", "version.leading-zero"),
        ("1.2.3-alpha.007", "version.leading-zero"),
        ("v1.2.3", "version.leading-v"),
        (" 1.2.3", "version.not-numeric"),
        ("1.2.3 ", "version.not-numeric"),
        ("1.a.3", "version.not-numeric"),
        ("1..3", "version.not-numeric"),
        ("1.2.x", "version.not-numeric"),
        ("1.2.3-", "version.empty-identifier"),
        ("1.2.3-a..b", "version.empty-identifier"),
        ("1.2.3+", "version.empty-identifier"),
        ("1.2.3-rc.", "version.empty-identifier"),
        ("1.2.3-a_b", "version.invalid-character"),
        ("1.2.3-é", "version.invalid-character"),
        ("1.2.3+build+2", "version.invalid-character"),
        ("99999999999999999999.0.0", "version.too-large"),
        ("1.9223372036854775808.0", "version.too-large"),
    ])
    func rejectsInvalid(_ text: String, code: String) {
        #expect(throws: SemVerError.self) { try SemanticVersion(text) }
        do {
            _ = try SemanticVersion(text)
        } catch {
            #expect(error.code == code)
            #expect(error.message.hasPrefix("\"\(text)\" is not a valid version: "))
        }
        #expect(SemanticVersion(text[...]) == nil)
    }

    @Test func messagesSayWhatIsWrong() {
        #expect(throws: SemVerError.self) { try SemanticVersion("1.02.3") }
        do {
            _ = try SemanticVersion("1.02.3")
        } catch {
            #expect(error.description == #""1.02.3" is not a valid version: numeric identifiers must not have leading zeros"#)
        }
        do {
            _ = try SemanticVersion("1.2")
        } catch {
            #expect(error.message.contains("expected MAJOR.MINOR.PATCH"))
        }
        do {
            _ = try SemanticVersion("1.2.3-a_b")
        } catch {
            #expect(error.message.contains(#""_" is not allowed in pre-release"#))
        }
    }

    /// The ordering example from SemVer 2.0.0 §11, plus numeric-vs-lexical and length cases.
    @Test(arguments: [
        [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0",
        ],
        ["1.0.0", "2.0.0", "2.1.0", "2.1.1"],
        ["1.9.0", "1.10.0", "1.11.0"],
        ["1.0.0-2", "1.0.0-10", "1.0.0-99999999999999999999", "1.0.0-100000000000000000000", "1.0.0-a"],
        ["1.0.0-Beta", "1.0.0-alpha", "1.0.0-alpha.0", "1.0.0-alpha.0.0"],
        ["0.0.0-0", "0.0.0", "0.0.1-0", "0.0.1"],
    ])
    func precedenceOrder(_ texts: [String]) throws {
        let versions = try texts.map { try SemanticVersion($0) }
        for (i, lower) in versions.enumerated() {
            for higher in versions[(i + 1)...] {
                #expect(lower < higher, "\(lower) < \(higher)")
                #expect(!(higher < lower), "!(\(higher) < \(lower))")
            }
        }
        #expect(versions.reversed().sorted() == versions)
    }

    @Test func buildMetadataIsIdentityButNotPrecedence() throws {
        let a = try SemanticVersion("1.0.0+a")
        let b = try SemanticVersion("1.0.0+b")
        let plain = try SemanticVersion("1.0.0")
        #expect(a != b)
        #expect(a.precedenceEquals(b))
        #expect(a.precedenceEquals(plain))
        #expect(!(a < b) && !(b < a))
        #expect(Set([a, b, plain]).count == 3)
        #expect(a.withoutBuild == plain)
        #expect(try SemanticVersion("1.0.0-rc.1+x") < plain)
        #expect(!plain.precedenceEquals(try SemanticVersion("1.0.0-0")))
    }

    @Test func memberwiseInitValidates() throws {
        let version = try SemanticVersion(major: 2, minor: 0, patch: 1, prerelease: ["rc", "1"], build: ["007"])
        #expect(version.description == "2.0.1-rc.1+007")
        #expect(version == (try SemanticVersion("2.0.1-rc.1+007")))
        #expect(throws: SemVerError.self) { try SemanticVersion(major: -1, minor: 0, patch: 0) }
        #expect(throws: SemVerError.self) { try SemanticVersion(major: 1, minor: 0, patch: 0, prerelease: ["01"]) }
        #expect(throws: SemVerError.self) { try SemanticVersion(major: 1, minor: 0, patch: 0, build: ["a b"]) }
        do {
            _ = try SemanticVersion(major: 1, minor: -2, patch: 0)
        } catch {
            #expect(error.code == "version.negative")
            #expect(error.message == #""1.-2.0" is not a valid version: the minor version must not be negative"#)
        }
    }

    @Test func losslessStringConvertible() throws {
        func roundTrip<T: LosslessStringConvertible>(_ type: T.Type, _ text: String) -> String? {
            T(text)?.description
        }
        #expect(roundTrip(SemanticVersion.self, "1.2.3-rc.1+b") == "1.2.3-rc.1+b")
        #expect(roundTrip(SemanticVersion.self, "1.2") == nil)
        #expect((try? SemanticVersion("nope")) == nil)
    }
}
