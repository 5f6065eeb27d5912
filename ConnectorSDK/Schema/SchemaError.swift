/// A schema that is not a well-formed JSON Schema: every problem found, not just the first.
///
/// `JSONSchema.init` throws this after reading the whole schema, so a vendor sees all mistakes at once.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Each problem, in the order the schema was read.
    public var problems: [SchemaProblem]

    public init(problems: [SchemaProblem]) {
        self.problems = problems
    }

    /// One line per problem: `/properties/name/type: "type" must be ... (wrong-keyword-type)`.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}

/// One thing wrong with a schema, where it is (a JSON pointer inside the schema) and a stable code.
public struct SchemaProblem: Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable name for a kind of problem; its `rawValue` never changes once published.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A keyword's value has the wrong JSON type (`"type": 3`, `"required": "x"`).
        public static let wrongKeywordType = Code(rawValue: "wrong-keyword-type")
        /// `type` names something that is not one of the seven JSON Schema types.
        public static let unknownTypeName = Code(rawValue: "unknown-type-name")
        /// A `pattern` or `patternProperties` key is not a valid regular expression.
        public static let invalidPattern = Code(rawValue: "invalid-pattern")
        /// A count (`minLength`, `maxItems`, …) is negative or not a whole number.
        public static let invalidCount = Code(rawValue: "invalid-count")
        /// `multipleOf` is zero or negative.
        public static let nonPositiveMultiple = Code(rawValue: "non-positive-multiple")
        /// A keyword that needs at least one entry (`allOf`, `anyOf`, `oneOf`, `prefixItems`, a `type` array) has none.
        public static let emptyArray = Code(rawValue: "empty-array")
        /// A list that must hold unique entries (`required`, `type`, `dependentRequired`) repeats one.
        public static let duplicateEntry = Code(rawValue: "duplicate-entry")
        /// A value where a schema belongs is neither an object nor a boolean.
        public static let notASchema = Code(rawValue: "not-a-schema")
        /// `$ref` points at a location that does not exist in the schema.
        public static let refTargetMissing = Code(rawValue: "ref-target-missing")
        /// `$ref` points outside this document (remote references are not supported).
        public static let unsupportedRef = Code(rawValue: "unsupported-ref")
        /// A chain of `$ref`/`allOf`/… returns to itself without descending into the instance.
        public static let refCycle = Code(rawValue: "ref-cycle")
        /// The schema nests deeper than the compiler's limit.
        public static let tooDeep = Code(rawValue: "too-deep")
    }

    /// Where in the schema, as a JSON pointer (`""` is the root, `/properties/name/type`).
    public let path: String
    private let kind: Kind

    /// `path` as components, for rendering with `dottedPath` (`properties.name.type`, `allOf[1]`):
    /// all-digit tokens become indexes, `~1` and `~0` are unescaped.
    public var pathComponents: [PathComponent] {
        path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { token in
            if let i = Int(token), i >= 0, String(i) == token { return .index(i) }
            return .key(token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~"))
        }
    }

    /// The stable code for this kind of problem.
    public var code: Code { kind.code }

    /// A sentence for a person.
    public var message: String { kind.message }

    public var description: String {
        "\(path.isEmpty ? "(root)" : path): \(message) (\(code))"
    }

    private init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    private enum Kind: Sendable, Hashable {
        case wrongKeywordType(keyword: String, expected: String, got: String)
        case unknownTypeName(String, suggestion: String?)
        case invalidPattern(String, reason: String)
        case invalidCount(keyword: String)
        case nonPositiveMultiple
        case emptyArray(keyword: String)
        case duplicateEntry(keyword: String, entry: String)
        case notASchema(got: String)
        case refTargetMissing(String)
        case unsupportedRef(String)
        case refCycle(chain: [String])
        case tooDeep(limit: Int)

        var code: Code {
            switch self {
            case .wrongKeywordType: .wrongKeywordType
            case .unknownTypeName: .unknownTypeName
            case .invalidPattern: .invalidPattern
            case .invalidCount: .invalidCount
            case .nonPositiveMultiple: .nonPositiveMultiple
            case .emptyArray: .emptyArray
            case .duplicateEntry: .duplicateEntry
            case .notASchema: .notASchema
            case .refTargetMissing: .refTargetMissing
            case .unsupportedRef: .unsupportedRef
            case .refCycle: .refCycle
            case .tooDeep: .tooDeep
            }
        }

        var message: String {
            switch self {
            case .wrongKeywordType(let keyword, let expected, let got):
                return "\"\(keyword)\" must be \(expected), got \(got)"
            case .unknownTypeName(let name, let suggestion):
                let hint = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
                return "unknown type \"\(name)\"\(hint); expected one of "
                    + JSONTypeSet.allNames.joined(separator: ", ")
            case .invalidPattern(let pattern, let reason):
                return "invalid regular expression \"\(pattern)\": \(reason)"
            case .invalidCount(let keyword):
                return "\"\(keyword)\" must be a non-negative integer"
            case .nonPositiveMultiple:
                return "\"multipleOf\" must be a number greater than 0"
            case .emptyArray(let keyword):
                return "\"\(keyword)\" must not be empty"
            case .duplicateEntry(let keyword, let entry):
                return "\"\(keyword)\" lists \"\(entry)\" more than once"
            case .notASchema(let got):
                return "a schema must be an object or a boolean, got \(got)"
            case .refTargetMissing(let ref):
                return "$ref \"\(ref)\" points at nothing in this schema"
            case .unsupportedRef(let ref):
                return "$ref \"\(ref)\" points outside this document; only local references (\"#...\") are supported"
            case .refCycle(let chain):
                return "$ref cycle that never descends into the value: "
                    + chain.map { $0.isEmpty ? "#" : "#\($0)" }.joined(separator: " → ")
            case .tooDeep(let limit):
                return "schema nests deeper than \(limit) levels"
            }
        }
    }
}

// Internal constructors, one per kind, used by the compiler.
extension SchemaProblem {
    static func wrongKeywordType(_ path: String, keyword: String, expected: String, got: JSONValue) -> Self {
        Self(path: path, kind: .wrongKeywordType(keyword: keyword, expected: expected, got: got.typeName))
    }
    static func unknownTypeName(_ path: String, name: String, suggestion: String?) -> Self {
        Self(path: path, kind: .unknownTypeName(name, suggestion: suggestion))
    }
    static func invalidPattern(_ path: String, pattern: String, reason: String) -> Self {
        Self(path: path, kind: .invalidPattern(pattern, reason: reason))
    }
    static func invalidCount(_ path: String, keyword: String) -> Self {
        Self(path: path, kind: .invalidCount(keyword: keyword))
    }
    static func nonPositiveMultiple(_ path: String) -> Self { Self(path: path, kind: .nonPositiveMultiple) }
    static func emptyArray(_ path: String, keyword: String) -> Self {
        Self(path: path, kind: .emptyArray(keyword: keyword))
    }
    static func duplicateEntry(_ path: String, keyword: String, entry: String) -> Self {
        Self(path: path, kind: .duplicateEntry(keyword: keyword, entry: entry))
    }
    static func notASchema(_ path: String, got: JSONValue) -> Self {
        Self(path: path, kind: .notASchema(got: got.typeName))
    }
    static func refTargetMissing(_ path: String, ref: String) -> Self {
        Self(path: path, kind: .refTargetMissing(ref))
    }
    static func unsupportedRef(_ path: String, ref: String) -> Self { Self(path: path, kind: .unsupportedRef(ref)) }
    static func refCycle(_ path: String, chain: [String]) -> Self { Self(path: path, kind: .refCycle(chain: chain)) }
    static func tooDeep(_ path: String, limit: Int) -> Self { Self(path: path, kind: .tooDeep(limit: limit)) }
}
