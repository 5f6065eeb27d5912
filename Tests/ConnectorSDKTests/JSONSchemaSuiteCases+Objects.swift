import ConnectorSDK

private let twoProperties: JSONValue = ["properties": ["foo": ["type": "integer"], "bar": ["type": "string"]]]
private let closed: JSONValue = [
    "properties": ["foo": [:], "bar": [:]], "patternProperties": ["^v": [:]], "additionalProperties": false,
]
private let dependentSchema: JSONValue = [
    "dependentSchemas": ["bar": ["properties": ["foo": ["type": "integer"], "bar": ["type": "integer"]]]]
]

let schemaObjectCases: [SchemaSuiteCase] = [
    schemaCase("properties: both valid", twoProperties, ["foo": 1, "bar": "baz"], true),
    schemaCase("properties: one invalid", twoProperties, ["foo": 1, "bar": [:]], false),
    schemaCase("properties: missing members are fine", twoProperties, [:], true),
    schemaCase("properties ignore non-objects", twoProperties, "ignored", true),
    schemaCase("properties with true/false schemas: true", ["properties": ["foo": true, "bar": false]], ["foo": 1], true),
    schemaCase("properties with true/false schemas: false", ["properties": ["foo": true, "bar": false]], ["bar": 2], false),

    schemaCase("required present", ["properties": ["foo": [:]], "required": ["foo"]], ["foo": 1], true),
    schemaCase("required missing", ["properties": ["foo": [:]], "required": ["foo"]], ["bar": 1], false),
    schemaCase("required ignores arrays", ["required": ["foo"]], [], true),
    schemaCase("required empty list", ["required": []], [:], true),
    schemaCase("required with escaped names", ["required": ["foo\nbar", "foo\"bar"]], ["foo\nbar": 1], false),

    schemaCase("additionalProperties false: declared only", closed, ["foo": 1], true),
    schemaCase("additionalProperties false: an extra member", closed, ["foo": 1, "bar": 2, "quux": "boom"], false),
    schemaCase("additionalProperties false: pattern match is not extra", closed, ["foo": 1, "vroom": 2], true),
    schemaCase(
        "additionalProperties schema: valid extra",
        ["properties": ["foo": [:]], "additionalProperties": ["type": "boolean"]], ["foo": 1, "bar": true], true),
    schemaCase(
        "additionalProperties schema: invalid extra",
        ["properties": ["foo": [:]], "additionalProperties": ["type": "boolean"]], ["foo": 1, "bar": 1], false),
    schemaCase("additionalProperties alone applies to all", ["additionalProperties": ["type": "boolean"]], ["foo": 1], false),

    schemaCase("patternProperties match", ["patternProperties": ["f.*o": ["type": "integer"]]], ["foo": 1], true),
    schemaCase(
        "patternProperties multiple invalid", ["patternProperties": ["f.*o": ["type": "integer"]]],
        ["foo": "bar", "fooooo": 2], false),
    schemaCase(
        "patternProperties: every matching pattern applies",
        ["patternProperties": ["a*": ["type": "integer"], "aaa*": ["maximum": 20]]], ["aaaa": 31], false),
    schemaCase(
        "patternProperties: every matching pattern, valid",
        ["patternProperties": ["a*": ["type": "integer"], "aaa*": ["maximum": 20]]], ["aaaa": 18], true),
    schemaCase("patternProperties are not anchored", ["patternProperties": ["X_": ["type": "string"]]], ["wibble_X_": 1], false),

    schemaCase("propertyNames maxLength ok", ["propertyNames": ["maxLength": 3]], ["f": [:], "foo": [:]], true),
    schemaCase("propertyNames maxLength too long", ["propertyNames": ["maxLength": 3]], ["foo": [:], "foobar": [:]], false),
    schemaCase("propertyNames ignores arrays", ["propertyNames": ["maxLength": 3]], ["foobar"], true),
    schemaCase("propertyNames pattern ok", ["propertyNames": ["pattern": "^a+$"]], ["aa": 1], true),
    schemaCase("propertyNames pattern fails", ["propertyNames": ["pattern": "^a+$"]], ["aaA": 1], false),
    schemaCase("propertyNames false allows empty object", ["propertyNames": false], [:], true),
    schemaCase("propertyNames false rejects any member", ["propertyNames": false], ["a": 1], false),

    schemaCase("minProperties met", ["minProperties": 1], ["foo": 1], true),
    schemaCase("minProperties not met", ["minProperties": 1], [:], false),
    schemaCase("minProperties ignores strings", ["minProperties": 1], "", true),
    schemaCase("maxProperties exceeded", ["maxProperties": 2], ["a": 1, "b": 2, "c": 3], false),
    schemaCase("maxProperties met", ["maxProperties": 2], ["a": 1, "b": 2], true),

    schemaCase("dependentRequired: neither", ["dependentRequired": ["bar": ["foo"]]], [:], true),
    schemaCase("dependentRequired: dependant only", ["dependentRequired": ["bar": ["foo"]]], ["foo": 1], true),
    schemaCase("dependentRequired: both", ["dependentRequired": ["bar": ["foo"]]], ["foo": 1, "bar": 2], true),
    schemaCase("dependentRequired: missing dependency", ["dependentRequired": ["bar": ["foo"]]], ["bar": 2], false),
    schemaCase("dependentRequired ignores arrays", ["dependentRequired": ["bar": ["foo"]]], ["bar"], true),

    schemaCase("dependentSchemas valid", dependentSchema, ["foo": 1, "bar": 2], true),
    schemaCase("dependentSchemas: no dependency", dependentSchema, ["foo": "quux"], true),
    schemaCase("dependentSchemas: wrong type", dependentSchema, ["foo": "quux", "bar": 2], false),
    schemaCase("dependentSchemas false: present", ["dependentSchemas": ["bar": false]], ["bar": 2], false),
    schemaCase("dependentSchemas false: absent", ["dependentSchemas": ["bar": false]], ["foo": 1], true),
]
