import ConnectorSDK
import Testing

@Suite("JSON Schema violation reports")
struct JSONSchemaReportingTests {
    /// A cut-down connector manifest schema, as the SDK's own manifest schema is shaped.
    static let manifestSchema: JSONValue = [
        "type": "object",
        "required": ["name", "operations"],
        "additionalProperties": false,
        "properties": [
            "name": ["type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$"],
            "title": ["type": "string"],
            "summary": ["type": "string", "maxLength": 80],
            "operations": ["type": "object", "additionalProperties": ["$ref": "#/$defs/operation"]],
        ],
        "$defs": [
            "operation": [
                "type": "object", "required": ["request"], "additionalProperties": false,
                "properties": [
                    "title": ["type": "string"],
                    "request": [
                        "type": "object", "required": ["method", "path"],
                        "properties": ["method": ["enum": ["GET", "POST"]], "path": ["type": "string"]],
                    ],
                ],
            ]
        ],
    ]

    @Test func typeMismatchMessage() throws {
        let violations = try JSONSchema(["type": "string", "minLength": 2]).validate(3)
        #expect(violations.count == 1)
        #expect(violations.first?.keyword == "type")
        #expect(violations.first?.message == "expected string, got integer")
        #expect(violations.first?.instancePath == [])
        #expect(violations.first?.schemaPath == "/type")
    }

    @Test func everyProblemWithItsPath() throws {
        let schema = try JSONSchema(Self.manifestSchema)
        let manifest: JSONValue = [
            "name": "Acme/CRM",
            "sumary": "Contacts",
            "operations": [
                "list_contacts": ["request": ["method": "GET"]],
                "create_contact": ["request": ["method": "PUT", "path": 7], "titel": "Create"],
            ],
        ]
        let violations = schema.validate(manifest)
        let rendered = violations.map { "\($0.instancePath.dottedPath) \($0.keyword)" }
        #expect(
            rendered == [
                "name pattern",
                "sumary additionalProperties",
                "operations.list_contacts.request required",
                "operations.create_contact.request.method enum",
                "operations.create_contact.request.path type",
                "operations.create_contact.titel additionalProperties",
            ])
        let missing = violations[2]
        #expect(missing.message == "missing required property \"path\"")
        #expect(missing.property == "path")
        #expect(missing.schemaPath == "/$defs/operation/properties/request/required")
        #expect(violations[3].message == "must be one of \"GET\", \"POST\", got \"PUT\"")
        #expect(violations[4].message == "expected string, got integer")
        #expect(violations[4].instancePath.jsonPointer == "/operations/create_contact/request/path")
    }

    @Test func unknownPropertyCarriesDidYouMean() throws {
        let violations = try JSONSchema(Self.manifestSchema).validate(["name": "a/b", "operations": [:], "sumary": "x"])
        #expect(violations.count == 1)
        let v = try #require(violations.first)
        #expect(v.keyword == "additionalProperties")
        #expect(v.message == "unknown property \"sumary\"")
        #expect(v.property == "sumary")
        #expect(v.allowedProperties == ["name", "title", "summary", "operations"])
        #expect(v.suggestion == "summary")
        #expect(v.description == "sumary: unknown property \"sumary\" (did you mean \"summary\"?)")
    }

    @Test func arrayIndexPaths() throws {
        let schema = try JSONSchema([
            "properties": ["items": ["type": "array", "items": ["properties": ["id": ["type": "string"]]]]]
        ])
        let instance: JSONValue = ["items": [["id": "a"], ["id": "b"], ["id": "c"], ["id": 4]]]
        let violations = schema.validate(instance)
        #expect(violations.map(\.instancePath.dottedPath) == ["items[3].id"])
        #expect(violations.first?.instancePath == [.key("items"), .index(3), .key("id")])
    }

    @Test func pathRendering() {
        let path: [PathComponent] = [.key("headers"), .key("X-Api-Key"), .key("a.b"), .index(0), .key("~/x")]
        #expect(path.dottedPath == "headers.X-Api-Key[\"a.b\"][0][\"~/x\"]")
        #expect(path.jsonPointer == "/headers/X-Api-Key/a.b/0/~0~1x")
        #expect([PathComponent]().dottedPath == "")
    }

    @Test func closestMatchHints() {
        #expect(closestMatch("sumary", in: ["title", "summary"]) == "summary")
        #expect(closestMatch("tilte", in: ["title", "summary"]) == "title")
        #expect(closestMatch("Name", in: ["name"]) == "name")
        #expect(closestMatch("operatoins", in: ["operations", "options"]) == "operations")
        #expect(closestMatch("xyz", in: ["title", "summary"]) == nil)
        #expect(closestMatch("id", in: ["url"]) == nil)
        #expect(closestMatch("anything", in: []) == nil)
    }

    @Test func oneOfReportsTheBranchMatchingTheDiscriminator() throws {
        let schema = try JSONSchema([
            "oneOf": [
                ["properties": ["type": ["const": "oauth2"], "token_url": ["type": "string"]], "required": ["type", "token_url"]],
                ["properties": ["type": ["const": "api_key"], "header": ["type": "string"]], "required": ["type", "header"]],
            ]
        ])
        let violations = schema.validate(["type": "oauth2"])
        #expect(violations.count == 1)
        #expect(violations.first?.keyword == "required")
        #expect(violations.first?.property == "token_url")
    }

    @Test func anyOfSummarisesWhenNoBranchFits() throws {
        let schema = try JSONSchema(["anyOf": [["type": "string"], ["$ref": "#/$defs/obj"]], "$defs": ["obj": ["type": "object"]]])
        let violations = schema.validate(3)
        #expect(violations.count == 1)
        #expect(violations.first?.keyword == "anyOf")
        #expect(violations.first?.message == "expected object or string, got integer")
    }

    @Test func anyOfPrefersTheBranchThatGotFurthest() throws {
        let schema = try JSONSchema([
            "anyOf": [
                ["type": "object", "required": ["a", "b", "c"]],
                ["type": "object", "required": ["a", "d"]],
                ["type": "string"],
            ]
        ])
        let violations = schema.validate(["a": 1])
        #expect(violations.map(\.property) == ["d"])
    }

    @Test func oneOfWithTwoMatches() throws {
        let violations = try JSONSchema(["oneOf": [["type": "integer"], ["minimum": 2]]]).validate(3)
        #expect(violations.count == 1)
        #expect(violations.first?.message == "matches more than one of the allowed forms (#0 and #1); exactly one must match")
    }

    @Test func otherMessages() throws {
        func message(_ schema: JSONValue, _ instance: JSONValue) throws -> String? {
            try JSONSchema(schema).validate(instance).first?.message
        }
        #expect(try message(["minLength": 3], "ab") == "must be at least 3 characters long, is 2")
        #expect(try message(["maximum": 5], 7.5) == "must be <= 5, got 7.5")
        #expect(try message(["exclusiveMinimum": 0], 0) == "must be > 0, got 0")
        #expect(try message(["minItems": 1], []) == "must have at least 1 item, has 0")
        #expect(try message(["uniqueItems": true], [1, 2, 1]) == "items 0 and 2 are equal; items must be unique")
        #expect(try message(["dependentRequired": ["a": ["b"]]], ["a": 1]) == "property \"b\" is required when \"a\" is present")
        #expect(try message(["properties": ["x": false]], ["x": 1]) == "property \"x\" is not allowed here")
        #expect(
            try message(["propertyNames": ["pattern": "^[a-z]+$"]], ["Ab": 1])
                == "invalid property name \"Ab\": does not match pattern ^[a-z]+$")
        #expect(try message(["const": "v1"], "v2") == "must be \"v1\", got \"v2\"")
        #expect(try message(["not": ["type": "null"]], nil) == "must not match the schema in \"not\"")
        #expect(try message(["multipleOf": 0.5], 0.3) == "must be a multiple of 0.5, got 0.3")
    }

    @Test func wrongTypeStopsFurtherChecksOnThatValue() throws {
        let violations = try JSONSchema(["type": "string", "enum": ["a"], "minLength": 2]).validate(3)
        #expect(violations.map(\.keyword) == ["type"])
    }
}
