/// A version or version range that could not be parsed, with a stable `code` and a message that says
/// what is wrong:
/// `"1.02.3" is not a valid version: numeric identifiers must not have leading zeros`.
///
/// Codes (stable; match on these, not on the message):
///
/// | code | meaning |
/// |---|---|
/// | `version.empty` | the text is empty |
/// | `version.leading-v` | `v1.2.3`: the `v` is not part of a SemVer version (ranges accept it) |
/// | `version.shape` | not three dot-separated numbers `MAJOR.MINOR.PATCH` |
/// | `version.not-numeric` | a major, minor or patch that is missing or not a decimal number |
/// | `version.leading-zero` | a numeric identifier such as `02` |
/// | `version.too-large` | a major, minor or patch that does not fit in `Int` |
/// | `version.negative` | a negative number passed to the memberwise initializer |
/// | `version.empty-identifier` | an empty pre-release or build identifier (`1.0.0-`, `1.0.0-a..b`) |
/// | `version.invalid-character` | an identifier character outside `[0-9A-Za-z-]` |
/// | `range.stray-pipe` | a single `|` or `|||` |
/// | `range.empty-alternative` | nothing on one side of `||` |
/// | `range.missing-version` | an operator with no version after it (`>=`) |
/// | `range.invalid-comparator` | a word that is neither a version, a wildcard nor an operator with a version |
/// | `range.hyphen` | a ` - ` that is not between exactly two plain versions |
/// | `range.partial-prerelease` | a pre-release or build on a partial version (`1.2-beta`, `1.x-rc`) |
/// | `range.wildcard-order` | a number after a wildcard (`1.x.3`) |
/// | `range.too-large` | a bound such as `^N` whose upper limit `N+1` does not fit in `Int` |
/// | `range.invalid-version` | a version inside the range is malformed (the message says how) |
public struct SemVerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable, machine-readable code such as `version.leading-zero` (see the table above).
    public let code: String
    /// A human-readable explanation naming the offending text.
    public let message: String

    /// The message.
    public var description: String { message }

    private init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// A malformed version.
    init(version text: some StringProtocol, _ issue: Issue) {
        self.init(code: issue.code, message: "\"\(text)\" is not a valid version: \(issue.detail)")
    }

    /// A malformed range.
    init(range text: some StringProtocol, _ issue: Issue) {
        self.init(code: issue.code, message: "\"\(text)\" is not a valid version range: \(issue.detail)")
    }

    /// What went wrong. Not public: callers match on `code`, so new cases never break them.
    indirect enum Issue: Error, Sendable, Equatable {
        case empty
        case leadingV
        case shape(parts: Int)
        case notNumeric(component: String, found: String)
        case leadingZero
        case tooLarge(component: String, found: String)
        case negative(component: String)
        case emptyIdentifier(part: IdentifierPart)
        case invalidCharacter(Character, part: IdentifierPart)
        case strayPipe
        case emptyAlternative
        case missingVersion(operator: String)
        case invalidComparator(String)
        case hyphen
        case partialPrerelease(String)
        case wildcardOrder(String)
        case boundTooLarge(String)
        case inVersion(String, Issue)

        var code: String {
            switch self {
            case .empty: "version.empty"
            case .leadingV: "version.leading-v"
            case .shape: "version.shape"
            case .notNumeric: "version.not-numeric"
            case .leadingZero: "version.leading-zero"
            case .tooLarge: "version.too-large"
            case .negative: "version.negative"
            case .emptyIdentifier: "version.empty-identifier"
            case .invalidCharacter: "version.invalid-character"
            case .strayPipe: "range.stray-pipe"
            case .emptyAlternative: "range.empty-alternative"
            case .missingVersion: "range.missing-version"
            case .invalidComparator: "range.invalid-comparator"
            case .hyphen: "range.hyphen"
            case .partialPrerelease: "range.partial-prerelease"
            case .wildcardOrder: "range.wildcard-order"
            case .boundTooLarge: "range.too-large"
            case .inVersion: "range.invalid-version"
            }
        }

        var detail: String {
            switch self {
            case .empty:
                "the text is empty"
            case .leadingV:
                "a leading \"v\" is not part of a SemVer version (write \"1.2.3\", not \"v1.2.3\")"
            case .shape(let parts):
                "expected MAJOR.MINOR.PATCH (three numbers separated by dots), found \(parts) part\(parts == 1 ? "" : "s")"
            case .notNumeric(let component, let found) where found.isEmpty:
                "the \(component) version is missing"
            case .notNumeric(let component, let found):
                "the \(component) version must be a decimal number, found \"\(found)\""
            case .leadingZero:
                "numeric identifiers must not have leading zeros"
            case .tooLarge(let component, let found):
                "the \(component) version \(found) is too large"
            case .negative(let component):
                "the \(component) version must not be negative"
            case .emptyIdentifier(let part):
                "\(part.rawValue) identifiers must not be empty"
            case .invalidCharacter(let character, let part):
                "\"\(character)\" is not allowed in \(part.rawValue) (use ASCII letters, digits and hyphens)"
            case .strayPipe:
                "a single \"|\" is not an operator; separate alternatives with \"||\""
            case .emptyAlternative:
                "one side of \"||\" is empty (write \"*\" to allow any version)"
            case .missingVersion(let op):
                "\"\(op)\" must be followed by a version"
            case .invalidComparator(let word):
                "\"\(word)\" is not a version, a wildcard, or an operator followed by a version"
            case .hyphen:
                "a hyphen range is exactly two plain versions separated by \" - \" (as in \"1.2.3 - 2.3.4\")"
            case .partialPrerelease(let word):
                "\"\(word)\": a pre-release or build needs all of MAJOR.MINOR.PATCH"
            case .wildcardOrder(let word):
                "\"\(word)\": only wildcards may follow a wildcard"
            case .boundTooLarge(let word):
                "\"\(word)\": the version is too large to compute the range's upper bound"
            case .inVersion(let word, let issue):
                "\"\(word)\": \(issue.detail)"
            }
        }
    }

    /// Which list of dot-separated identifiers an identifier belongs to.
    enum IdentifierPart: String, Sendable {
        case prerelease = "pre-release"
        case build = "build metadata"
    }
}
