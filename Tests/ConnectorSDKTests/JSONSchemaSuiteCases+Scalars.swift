import ConnectorSDK

let schemaScalarCases: [SchemaSuiteCase] = [
    schemaCase("minLength met", ["minLength": 2], "fo", true),
    schemaCase("minLength not met", ["minLength": 2], "f", false),
    schemaCase("minLength ignores numbers", ["minLength": 2], 1, true),
    schemaCase("minLength counts code points: one emoji", ["minLength": 2], "💩", false),
    schemaCase("minLength counts code points: two emoji", ["minLength": 2], "💩💩", true),
    schemaCase("maxLength exceeded", ["maxLength": 2], "foo", false),
    schemaCase("maxLength counts code points", ["maxLength": 2], "💩💩", true),
    schemaCase("maxLength 0 with empty string", ["maxLength": 0], "", true),

    schemaCase("pattern match", ["pattern": "^a*$"], "aaa", true),
    schemaCase("pattern mismatch", ["pattern": "^a*$"], "abc", false),
    schemaCase("pattern ignores booleans", ["pattern": "^a*$"], true, true),
    schemaCase("pattern is a search, not anchored", ["pattern": "a+"], "xxaayy", true),
    schemaCase("pattern $ does not match before a trailing newline", ["pattern": "^abc$"], "abc\n", false),
    schemaCase("pattern \\d is ASCII only", ["pattern": "^\\d$"], "߀", false),
    schemaCase("pattern \\d matches ASCII digits", ["pattern": "^\\d+$"], "0123", true),
    schemaCase("pattern \\w is ASCII only", ["pattern": "^\\w$"], "é", false),
    schemaCase("pattern character class with [ literal", ["pattern": "^[[a]+$"], "[a[", true),
    schemaCase("pattern with unicode property", ["pattern": "^\\p{L}+$"], "ελληνικά", true),

    schemaCase("minimum above", ["minimum": 1.1], 2.6, true),
    schemaCase("minimum boundary", ["minimum": 1.1], 1.1, true),
    schemaCase("minimum below", ["minimum": 1.1], 0.6, false),
    schemaCase("minimum ignores strings", ["minimum": 1.1], "x", true),
    schemaCase("negative minimum", ["minimum": -2], -3, false),
    schemaCase("maximum boundary", ["maximum": 3.0], 3, true),
    schemaCase("maximum above", ["maximum": 3.0], 3.5, false),
    schemaCase("exclusiveMinimum boundary", ["exclusiveMinimum": 1.1], 1.1, false),
    schemaCase("exclusiveMinimum above", ["exclusiveMinimum": 1.1], 1.2, true),
    schemaCase("exclusiveMaximum boundary", ["exclusiveMaximum": 3.0], 3.0, false),
    schemaCase("exclusiveMaximum below", ["exclusiveMaximum": 3.0], 2.2, true),
    schemaCase("large integers compare exactly", ["maximum": 9_007_199_254_740_992], 9_007_199_254_740_993, false),

    schemaCase("multipleOf integer ok", ["multipleOf": 2], 10, true),
    schemaCase("multipleOf integer fails", ["multipleOf": 2], 7, false),
    schemaCase("multipleOf ignores strings", ["multipleOf": 2], "foo", true),
    schemaCase("multipleOf 1.5 ok", ["multipleOf": 1.5], 4.5, true),
    schemaCase("multipleOf 1.5 fails", ["multipleOf": 1.5], 35, false),
    schemaCase("multipleOf small decimal ok", ["multipleOf": 0.0001], 0.0075, true),
    schemaCase("multipleOf small decimal fails", ["multipleOf": 0.0001], 0.00751, false),
    schemaCase("multipleOf cents", ["multipleOf": 0.01], 19.99, true),
    schemaCase("multipleOf overflow is invalid, not a crash", ["type": "integer", "multipleOf": 0.123456789], 1e308, false),
]

let schemaApplicatorCases: [SchemaSuiteCase] = {
    let both: JSONValue = [
        "allOf": [
            ["properties": ["bar": ["type": "integer"]], "required": ["bar"]],
            ["properties": ["foo": ["type": "string"]], "required": ["foo"]],
        ]
    ]
    let anyOf: JSONValue = ["anyOf": [["type": "integer"], ["minimum": 2]]]
    let oneOf: JSONValue = ["oneOf": [["type": "integer"], ["minimum": 2]]]
    let conditional: JSONValue = ["if": ["exclusiveMaximum": 0], "then": ["minimum": -10], "else": ["multipleOf": 2]]
    return [
        schemaCase("allOf: both satisfied", both, ["foo": "baz", "bar": 2], true),
        schemaCase("allOf: second missing", both, ["foo": "baz"], false),
        schemaCase("allOf: wrong type in one", both, ["foo": "baz", "bar": "quux"], false),
        schemaCase("allOf [true, false]", ["allOf": [true, false]], "foo", false),
        schemaCase("allOf [true, true]", ["allOf": [true, true]], "foo", true),

        schemaCase("anyOf: first", anyOf, 1, true),
        schemaCase("anyOf: second", anyOf, 2.5, true),
        schemaCase("anyOf: both", anyOf, 3, true),
        schemaCase("anyOf: neither", anyOf, 1.5, false),
        schemaCase("anyOf [false, false]", ["anyOf": [false, false]], "foo", false),

        schemaCase("oneOf: first only", oneOf, 1, true),
        schemaCase("oneOf: second only", oneOf, 2.5, true),
        schemaCase("oneOf: both is invalid", oneOf, 3, false),
        schemaCase("oneOf: neither", oneOf, 1.5, false),
        schemaCase("oneOf [true, true]", ["oneOf": [true, true]], "foo", false),
        schemaCase("oneOf [true, false]", ["oneOf": [true, false]], "foo", true),

        schemaCase("not: allowed", ["not": ["type": "integer"]], "foo", true),
        schemaCase("not: disallowed", ["not": ["type": "integer"]], 1, false),
        schemaCase("not false accepts", ["not": false], 1, true),
        schemaCase("not true rejects", ["not": true], 1, false),

        schemaCase("if/then: then passes", conditional, -1, true),
        schemaCase("if/then: then fails", conditional, -100, false),
        schemaCase("if/else: else passes", conditional, 4, true),
        schemaCase("if/else: else fails", conditional, 3, false),
        schemaCase("then without if is ignored", ["then": ["const": 0]], 1, true),
        schemaCase("else without if is ignored", ["else": ["const": 0]], 1, true),
        schemaCase("if alone is ignored", ["if": ["const": 0]], "anything", true),
    ]
}()
