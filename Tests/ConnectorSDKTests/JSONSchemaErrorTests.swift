import ConnectorSDK
import Testing

/// A malformed schema and the one problem it should produce.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    let schema: JSONValue
    let code: SchemaProblem.Code
    let path: String
    var testDescription: String { "\(code) at \(path.isEmpty ? "(root)" : path)" }
}

private func bad(_ schema: JSONValue, _ code: SchemaProblem.Code, _ path: String) -> MalformedCase {
    MalformedCase(schema: schema, code: code, path: path)
}

@Suite("JSON Schema well-formedness")
struct JSONSchemaErrorTests {
    static let malformed: [MalformedCase] = [
        bad(["type": 3], .wrongKeywordType, "/type"),
        bad(["type": "strng"], .unknownTypeName, "/type"),
        bad(["type": ["string", "int"]], .unknownTypeName, "/type/1"),
        bad(["type": ["string", "string"]], .duplicateEntry, "/type/1"),
        bad(["type": []], .emptyArray, "/type"),
        bad(["required": "x"], .wrongKeywordType, "/required"),
        bad(["required": ["a", 1]], .wrongKeywordType, "/required/1"),
        bad(["required": ["a", "a"]], .duplicateEntry, "/required/1"),
        bad(["pattern": "(["], .invalidPattern, "/pattern"),
        bad(["pattern": 5], .wrongKeywordType, "/pattern"),
        bad(["patternProperties": ["([": [:]]], .invalidPattern, "/patternProperties/(["),
        bad(["minLength": -1], .invalidCount, "/minLength"),
        bad(["maxItems": 1.5], .invalidCount, "/maxItems"),
        bad(["minItems": "2"], .wrongKeywordType, "/minItems"),
        bad(["maxContains": -3], .invalidCount, "/maxContains"),
        bad(["multipleOf": 0], .nonPositiveMultiple, "/multipleOf"),
        bad(["multipleOf": -2.5], .nonPositiveMultiple, "/multipleOf"),
        bad(["minimum": "0"], .wrongKeywordType, "/minimum"),
        bad(["exclusiveMinimum": true], .wrongKeywordType, "/exclusiveMinimum"),
        bad(["allOf": []], .emptyArray, "/allOf"),
        bad(["anyOf": [:]], .wrongKeywordType, "/anyOf"),
        bad(["oneOf": [3]], .notASchema, "/oneOf/0"),
        bad(["properties": ["a": 3]], .notASchema, "/properties/a"),
        bad(["properties": []], .wrongKeywordType, "/properties"),
        bad(["additionalProperties": "no"], .notASchema, "/additionalProperties"),
        bad(["items": [[:]]], .wrongKeywordType, "/items"),
        bad(["not": "x"], .notASchema, "/not"),
        bad(["uniqueItems": "yes"], .wrongKeywordType, "/uniqueItems"),
        bad(["enum": 3], .wrongKeywordType, "/enum"),
        bad(["dependentRequired": ["a": "b"]], .wrongKeywordType, "/dependentRequired/a"),
        bad(["dependentSchemas": ["a": 1]], .notASchema, "/dependentSchemas/a"),
        bad(["title": 3], .wrongKeywordType, "/title"),
        bad(["format": 3], .wrongKeywordType, "/format"),
        bad(["$defs": ["a": nil]], .notASchema, "/$defs/a"),
        bad(["$ref": 5], .wrongKeywordType, "/$ref"),
        bad(["$ref": "#/$defs/missing"], .refTargetMissing, "/$ref"),
        bad(["$defs": ["a": [:]], "$ref": "#/$defs/a/b"], .refTargetMissing, "/$ref"),
        bad(["$ref": "#nowhere"], .refTargetMissing, "/$ref"),
        bad(["$ref": "https://example.com/schema.json"], .unsupportedRef, "/$ref"),
        bad(["$ref": "#"], .refCycle, "/$ref"),
        bad(["$defs": ["a": ["$ref": "#/$defs/b"], "b": ["$ref": "#/$defs/a"]]], .refCycle, "/$defs/a/$ref"),
        bad(["anyOf": [["type": "string"], ["$ref": "#"]]], .refCycle, "/anyOf/1/$ref"),
        bad(3, .notASchema, ""),
    ]

    @Test("each malformed keyword is reported with its path", arguments: malformed)
    func reportsMalformed(_ c: MalformedCase) {
        let problems = JSONSchema.problems(in: c.schema)
        #expect(problems.map(\.code) == [c.code], "\(problems)")
        #expect(problems.first?.path == c.path)
    }

    @Test func reportsAllProblemsAtOnce() {
        let schema: JSONValue = [
            "type": 3,
            "required": "x",
            "properties": ["a": ["minLength": -1, "pattern": "(["], "b": ["type": "strng"]],
            "$ref": "#/$defs/nope",
        ]
        do {
            _ = try JSONSchema(schema)
            Issue.record("expected a SchemaError")
        } catch {
            #expect(
                error.problems.map(\.path) == [
                    "/type", "/required", "/properties/a/minLength",
                    "/properties/a/pattern", "/properties/b/type", "/$ref",
                ])
            #expect(
                error.problems.map(\.code.rawValue) == [
                    "wrong-keyword-type", "wrong-keyword-type",
                    "invalid-count", "invalid-pattern", "unknown-type-name", "ref-target-missing",
                ])
            #expect(error.problems[4].message.contains("did you mean \"string\"?"))
            #expect(error.description.split(separator: "\n").count == 6)
            #expect(error.description.hasPrefix("/type: \"type\" must be a type name or an array of type names, got integer"))
        }
    }

    @Test func problemPathsAsComponents() {
        let problems = JSONSchema.problems(in: ["allOf": [["properties": ["a/b": ["type": 1]]]]])
        #expect(problems.first?.pathComponents == [.key("allOf"), .index(0), .key("properties"), .key("a/b"), .key("type")])
        #expect(problems.first?.pathComponents.dottedPath == "allOf[0].properties[\"a/b\"].type")
        #expect(JSONSchema.problems(in: 3).first?.pathComponents == [])
    }

    @Test func typeAliasesSuggestTheSchemaSpelling() {
        let problems = JSONSchema.problems(in: ["type": "int"])
        #expect(problems.first?.message.contains("did you mean \"integer\"?") == true)
    }

    @Test func refCycleNamesTheChain() {
        let problems = JSONSchema.problems(in: ["$defs": ["a": ["$ref": "#/$defs/b"], "b": ["allOf": [["$ref": "#/$defs/a"]]]]])
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("#/$defs/a → #/$defs/b") == true)
    }

    @Test func tooDeepSchema() {
        var schema: JSONValue = ["type": "string"]
        for _ in 0..<300 { schema = ["items": schema] }
        let problems = JSONSchema.problems(in: schema)
        #expect(problems.map(\.code) == [.tooDeep])
    }

    @Test func wellFormedSchemasHaveNoProblems() {
        #expect(JSONSchema.problems(in: JSONSchemaReportingTests.manifestSchema).isEmpty)
        #expect(JSONSchema.problems(in: true).isEmpty)
        #expect(
            JSONSchema.problems(in: [
                "$id": "https://x.test/s", "$ref": "https://x.test/s#/$defs/a",
                "$defs": ["a": ["type": "string"]],
            ]).isEmpty)
    }

    @Test func ignoredKeywordsAreExposedWithNotes() throws {
        let schema = try JSONSchema([
            "type": "object",
            "properties": ["name": ["type": "string", "minLenght": 3]],
            "x-internal": true,
            "nullable": true,
            "dependencies": [:],
            "unevaluatedProperties": false,
        ])
        let notes = Dictionary(uniqueKeysWithValues: schema.ignoredKeywords.map { ($0.keyword, $0) })
        #expect(schema.ignoredKeywords.count == 5)
        #expect(notes["minLenght"]?.path == "/properties/name/minLenght")
        #expect(notes["minLenght"]?.note == "did you mean \"minLength\"?")
        #expect(notes["x-internal"]?.note == nil)
        #expect(notes["nullable"]?.note?.contains("OpenAPI") == true)
        #expect(notes["dependencies"]?.note?.contains("dependentRequired") == true)
        #expect(notes["unevaluatedProperties"]?.note?.contains("not supported") == true)
    }
}
