import ConnectorSDK

private let tuple: JSONValue = ["prefixItems": [["type": "integer"], ["type": "string"]]]
private let closedTuple: JSONValue = ["prefixItems": [["type": "integer"], ["type": "string"]], "items": false]

let schemaArrayCases: [SchemaSuiteCase] = [
    schemaCase("items: all valid", ["items": ["type": "integer"]], [1, 2, 3], true),
    schemaCase("items: one invalid", ["items": ["type": "integer"]], [1, "x"], false),
    schemaCase("items ignores objects", ["items": ["type": "integer"]], ["foo": "bar"], true),
    schemaCase("items false: empty array", ["items": false], [], true),
    schemaCase("items false: any element", ["items": false], [1], false),
    schemaCase("prefixItems: matching", tuple, [1, "foo"], true),
    schemaCase("prefixItems: swapped", tuple, ["foo", 1], false),
    schemaCase("prefixItems: shorter is fine", tuple, [1], true),
    schemaCase("prefixItems: extra items allowed", tuple, [1, "foo", true], true),
    schemaCase("prefixItems with items false: extra rejected", closedTuple, [1, "foo", true], false),
    schemaCase("prefixItems with items false: exact", closedTuple, [1, "foo"], true),
    schemaCase(
        "items applies after prefixItems", ["prefixItems": [["type": "string"]], "items": ["type": "integer"]],
        ["a", 2, "c"], false),

    schemaCase("minItems not met", ["minItems": 1], [], false),
    schemaCase("minItems met", ["minItems": 1], [1], true),
    schemaCase("minItems given as 2.0", ["minItems": 2.0], [1], false),
    schemaCase("maxItems exceeded", ["maxItems": 2], [1, 2, 3], false),
    schemaCase("maxItems ignores strings", ["maxItems": 2], "foobar", true),

    schemaCase("uniqueItems: unique", ["uniqueItems": true], [1, 2], true),
    schemaCase("uniqueItems: duplicate", ["uniqueItems": true], [1, 1], false),
    schemaCase("uniqueItems: 1 and 1.0 are equal", ["uniqueItems": true], [1, 1.0], false),
    schemaCase("uniqueItems: objects regardless of order", ["uniqueItems": true], [["a": 1, "b": 2], ["b": 2, "a": 1]], false),
    schemaCase("uniqueItems: [1] and [true] differ", ["uniqueItems": true], [[1], [true]], true),
    schemaCase("uniqueItems: 0 and false differ", ["uniqueItems": true], [0, false], true),
    schemaCase("uniqueItems: empty objects equal", ["uniqueItems": true], [[:], [:]], false),
    schemaCase("uniqueItems on a long array: unique", ["uniqueItems": true], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], true),
    schemaCase("uniqueItems on a long array: 1 and 1.0", ["uniqueItems": true], [1, 2, 3, 4, 5, 6, 7, 8, 9, 1.0], false),
    schemaCase(
        "uniqueItems on a long array: objects regardless of order", ["uniqueItems": true],
        [["a": 1, "b": 2], 2, 3, 4, 5, 6, 7, 8, 9, ["b": 2, "a": 1]], false),
    schemaCase("uniqueItems false allows duplicates", ["uniqueItems": false], [1, 1], true),

    schemaCase("contains: one matches", ["contains": ["minimum": 5]], [3, 4, 5], true),
    schemaCase("contains: none match", ["contains": ["minimum": 5]], [2, 3, 4], false),
    schemaCase("contains: empty array", ["contains": ["minimum": 5]], [], false),
    schemaCase("contains ignores objects", ["contains": ["minimum": 5]], [:], true),
    schemaCase("minContains 2 met", ["contains": ["minimum": 5], "minContains": 2], [5, 6], true),
    schemaCase("minContains 2 not met", ["contains": ["minimum": 5], "minContains": 2], [5, 1], false),
    schemaCase("maxContains 1 met", ["contains": ["const": 1], "maxContains": 1], [1, 2], true),
    schemaCase("maxContains 1 exceeded", ["contains": ["const": 1], "maxContains": 1], [1, 1], false),
    schemaCase("minContains 0 accepts empty", ["contains": ["const": 1], "minContains": 0], [], true),
    schemaCase("contains false", ["contains": false], [1], false),
]
