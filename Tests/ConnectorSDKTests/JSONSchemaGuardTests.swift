import ConnectorSDK
import Testing

@Suite("JSON Schema guards, formats and concurrency")
struct JSONSchemaGuardTests {
    private static func nestedArrays(_ depth: Int) -> JSONValue {
        var value: JSONValue = []
        for _ in 0..<depth { value = [value] }
        return value
    }

    @Test func recursiveSchemaOnAVeryDeepValueStopsWithAViolation() throws {
        let schema = try JSONSchema(["type": "array", "items": ["$ref": "#"]])
        let deep = Self.nestedArrays(2_000)
        let violations = schema.validate(deep)
        #expect(violations.count == 1)
        #expect(violations.first?.keyword == "depth")
        #expect(violations.first?.message.contains("nested deeper than 200 levels") == true)
        #expect(!schema.isValid(deep))
        #expect(schema.validate(Self.nestedArrays(50)).isEmpty)
    }

    @Test func depthLimitIsAnOption() throws {
        // Each level costs two nested subschemas here: the root and its `items`.
        let schema = try JSONSchema(["items": ["$ref": "#"]], options: .init(maxDepth: 10))
        #expect(schema.isValid(Self.nestedArrays(4)))
        #expect(schema.validate(Self.nestedArrays(20)).map(\.keyword) == ["depth"])
    }

    @Test func depthLimitInsideNotStillReports() throws {
        let schema = try JSONSchema(["not": ["items": ["$ref": "#/not"]]], options: .init(maxDepth: 10))
        #expect(schema.validate(Self.nestedArrays(20)).map(\.keyword) == ["depth"])
    }

    @Test func nonRecursiveSchemaIgnoresDepthOfUnvisitedValues() throws {
        let schema = try JSONSchema(["type": "array", "minItems": 1])
        #expect(schema.validate(Self.nestedArrays(2_000)).isEmpty)
    }

    @Test(arguments: [
        ("date-time", "1963-06-19T08:30:06.283185Z", true),
        ("date-time", "1963-06-19t08:30:06z", true),
        ("date-time", "1990-12-31T15:59:60-08:00", true),
        ("date-time", "1998-12-31T23:58:60Z", false),
        ("date-time", "1990-02-31T15:59:59.123-08:00", false),
        ("date-time", "1963-06-19 08:30:06Z", false),
        ("date-time", "2013-350T01:01:01", false),
        ("date", "2020-02-29", true),
        ("date", "2019-02-29", false),
        ("date", "2020-13-01", false),
        ("date", "1963-06-1৪", false),
        ("time", "08:30:06+01:00", true),
        ("time", "08:30:06", false),
        ("email", "joe.bloggs@example.com", true),
        ("email", "\"joe bloggs\"@example.com", true),
        ("email", "joe.bloggs@[127.0.0.1]", true),
        ("email", "2962", false),
        ("email", ".test@example.com", false),
        ("email", "te..st@example.com", false),
        ("email", "joe.bloggs@invalid=domain.com", false),
        ("uri", "http://foo.bar/?baz=qux#quux", true),
        ("uri", "urn:isbn:0451450523", true),
        ("uri", "http://[2001:db8::7]/c=GB?objectClass?one", true),
        ("uri", "//foo.bar/?baz=qux#quux", false),
        ("uri", "http:// shouldfail.com", false),
        ("uri", "http://example.com/%zz", false),
        ("uuid", "2EB8AA08-AA98-11EA-B4AA-73B441D16380", true),
        ("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", true),
        ("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d1638", false),
        ("uuid", "2eb8aa08aa9811eab4aa73b441d16380----", false),
        ("ipv4", "192.168.0.1", true),
        ("ipv4", "087.10.0.1", false),
    ])
    func formatsAssertWhenAsked(format: String, value: String, valid: Bool) throws {
        let asserting = try JSONSchema(["format": .string(format)], options: .init(assertFormats: true))
        #expect(asserting.validate(.string(value)).isEmpty == valid)
        #expect(try JSONSchema(["format": .string(format)]).validate(.string(value)).isEmpty)
    }

    @Test func formatViolationMessage() throws {
        let schema = try JSONSchema(["format": "uuid"], options: .init(assertFormats: true))
        #expect(schema.validate("nope").first?.message == "not a valid uuid: \"nope\"")
        #expect(schema.validate(12).isEmpty)
    }

    @Test func compiledSchemaIsSharedAcrossTasks() async throws {
        let schema = try JSONSchema(JSONSchemaReportingTests.manifestSchema)
        let results = await withTaskGroup(of: Int.self) { group in
            for i in 0..<16 {
                group.addTask {
                    let manifest: JSONValue = ["name": "a/b", "operations": ["op\(i)": ["request": ["method": "GET"]]]]
                    return schema.validate(manifest).count
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: 1, count: 16))
    }
}
