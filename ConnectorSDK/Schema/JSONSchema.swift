/// A compiled JSON Schema (draft 2020-12 core and validation vocabularies; local `$ref`s only).
///
/// Compile once, validate many times: the schema is read and checked by `init` and turned into a tree of
/// checks, so `validate` never re-reads the schema's JSON. The value is immutable and `Sendable`.
///
/// ```swift
/// let schema = try JSONSchema(["type": "object", "required": ["name"],
///                              "properties": ["name": ["type": "string", "minLength": 1]]])
/// for violation in schema.validate(instance) { print(violation) }   // items[3].id: expected string, got integer
/// ```
public struct JSONSchema: Sendable {
    /// How a schema is compiled and applied.
    public struct Options: Sendable, Hashable {
        /// Whether `format` asserts (for `date-time`, `date`, `time`, `email`, `uri`, `uuid`, `ipv4`) instead
        /// of being an annotation only. Off by default, as the specification says.
        public var assertFormats: Bool
        /// How deeply subschemas may nest: in the schema when compiling, and during validation, where every
        /// subschema entered counts — a recursive schema spends about two per level of the value (the node
        /// and its `$ref`). Past it, compiling reports `too-deep` and validation stops with one `depth`
        /// violation instead of exhausting the stack. 200 fits a 512 KiB thread stack even in debug builds.
        public var maxDepth: Int

        public init(assertFormats: Bool = false, maxDepth: Int = 200) {
            self.assertFormats = assertFormats
            self.maxDepth = maxDepth
        }
    }

    /// The schema as given.
    public let source: JSONValue
    /// The options it was compiled with.
    public let options: Options
    /// Keywords that had no effect: unknown ones (with a did-you-mean where one is close), keywords of
    /// other drafts, unsupported ones. Allowed by JSON Schema, but worth a warning to a schema's author.
    public let ignoredKeywords: [IgnoredKeyword]
    let program: SchemaProgram

    /// Reads and checks `schema`, throwing every problem at once (each with its JSON pointer) when it is not
    /// a well-formed schema: wrong keyword types, unknown type names, bad regexes, dangling or cyclic
    /// `$ref`s, negative counts, nesting past `options.maxDepth`.
    public init(_ schema: JSONValue, options: Options = Options()) throws(SchemaError) {
        var compiler = SchemaCompiler(document: schema, options: options)
        let result = compiler.run()
        guard result.problems.isEmpty else { throw SchemaError(problems: result.problems) }
        self.source = schema
        self.options = options
        self.ignoredKeywords = result.ignored
        self.program = result.program
    }

    /// Every way `instance` fails the schema, in document order; empty when it is valid.
    public func validate(_ instance: JSONValue) -> [SchemaViolation] {
        var evaluator = Evaluator(program: program, maxDepth: options.maxDepth, collect: true)
        _ = evaluator.evaluate(program.root, instance)
        return evaluator.finish()
    }

    /// Whether `instance` is valid; faster than `validate` on failure, as it stops at the first problem.
    public func isValid(_ instance: JSONValue) -> Bool {
        var evaluator = Evaluator(program: program, maxDepth: options.maxDepth, collect: false)
        return evaluator.evaluate(program.root, instance) && !evaluator.stopped
    }

    /// The problems `schema` has, or an empty list when it is a well-formed schema — for checking a
    /// vendor's schema without needing the compiled result.
    public static func problems(in schema: JSONValue, options: Options = Options()) -> [SchemaProblem] {
        var compiler = SchemaCompiler(document: schema, options: options)
        return compiler.run().problems
    }
}
