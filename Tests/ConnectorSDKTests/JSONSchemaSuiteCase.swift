import ConnectorSDK
import Testing

/// One case in the manner of the JSON-Schema-Test-Suite: a schema, an instance and the expected verdict.
struct SchemaSuiteCase: Sendable, CustomTestStringConvertible {
    let name: String
    let schema: JSONValue
    let instance: JSONValue
    let valid: Bool

    var testDescription: String { name }
}

/// Builds a case; a free function keeps each literal's type checking local.
func schemaCase(_ name: String, _ schema: JSONValue, _ instance: JSONValue, _ valid: Bool) -> SchemaSuiteCase {
    SchemaSuiteCase(name: name, schema: schema, instance: instance, valid: valid)
}

@Suite("JSON Schema test-suite semantics")
struct JSONSchemaSuiteTests {
    static let cases: [SchemaSuiteCase] =
        schemaValueCases + schemaObjectCases + schemaArrayCases + schemaScalarCases
        + schemaApplicatorCases + schemaRefCases

    @Test("each case validates as expected", arguments: cases)
    func validates(_ c: SchemaSuiteCase) throws {
        let schema = try JSONSchema(c.schema)
        let violations = schema.validate(c.instance)
        #expect(violations.isEmpty == c.valid, "\(c.name): \(violations)")
        #expect(schema.isValid(c.instance) == c.valid, "isValid disagrees for \(c.name)")
    }

    @Test func coversEnoughCases() {
        #expect(Self.cases.count >= 80)
    }
}
