import ConnectorSDK

private let rootRef: JSONValue = ["properties": ["foo": ["$ref": "#"]], "additionalProperties": false]
private let escaped: JSONValue = [
    "$defs": [
        "tilde~field": ["type": "integer"], "slash/field": ["type": "integer"], "percent%field": ["type": "integer"],
    ],
    "properties": [
        "tilde": ["$ref": "#/$defs/tilde~0field"], "slash": ["$ref": "#/$defs/slash~1field"],
        "percent": ["$ref": "#/$defs/percent%25field"],
    ],
]
private let tree: JSONValue = [
    "$defs": [
        "node": [
            "type": "object", "required": ["value"],
            "properties": ["value": ["type": "number"], "children": ["type": "array", "items": ["$ref": "#/$defs/node"]]],
        ]
    ],
    "$ref": "#/$defs/node",
]

let schemaRefCases: [SchemaSuiteCase] = [
    schemaCase("root ref: match", rootRef, ["foo": false], true),
    schemaCase("root ref: recursive match", rootRef, ["foo": ["foo": false]], true),
    schemaCase("root ref: mismatch", rootRef, ["bar": false], false),
    schemaCase("root ref: recursive mismatch", rootRef, ["foo": ["bar": false]], false),
    schemaCase(
        "ref to a sibling property",
        ["properties": ["foo": ["type": "integer"], "bar": ["$ref": "#/properties/foo"]]], ["bar": true], false),
    schemaCase("ref to $defs: valid", ["$defs": ["a": ["type": "integer"]], "$ref": "#/$defs/a"], 1, true),
    schemaCase("ref to $defs: invalid", ["$defs": ["a": ["type": "integer"]], "$ref": "#/$defs/a"], "a", false),
    schemaCase(
        "ref to definitions", ["definitions": ["a": ["type": "integer"]], "items": ["$ref": "#/definitions/a"]],
        [1, "x"], false),
    schemaCase("escaped pointer ~1", escaped, ["slash": "aoeu"], false),
    schemaCase("escaped pointer ~0", escaped, ["tilde": "aoeu"], false),
    schemaCase("percent-encoded pointer", escaped, ["percent": "aoeu"], false),
    schemaCase("escaped pointers: valid", escaped, ["slash": 123, "tilde": 1, "percent": 2], true),
    schemaCase(
        "ref siblings apply (2020-12)",
        ["$defs": ["reffed": ["type": "array"]], "properties": ["foo": ["$ref": "#/$defs/reffed", "maxItems": 2]]],
        ["foo": [1, 2, 3]], false),
    schemaCase(
        "ref chain",
        ["$defs": ["a": ["type": "integer"], "b": ["$ref": "#/$defs/a"], "c": ["$ref": "#/$defs/b"]], "$ref": "#/$defs/c"],
        "a", false),
    schemaCase("ref to an $anchor", ["$ref": "#int", "$defs": ["A": ["$anchor": "int", "type": "integer"]]], "a", false),
    schemaCase("ref to a false schema", ["$ref": "#/$defs/no", "$defs": ["no": false]], 1, false),
    schemaCase("ref to a schema under an unknown keyword", ["x-lib": ["s": ["type": "string"]], "$ref": "#/x-lib/s"], 1, false),
    schemaCase(
        "recursive tree: valid", tree, ["value": 1, "children": [["value": 2], ["value": 3, "children": []]]], true),
    schemaCase("recursive tree: deep invalid", tree, ["value": 1, "children": [["value": 2, "children": [["value": "x"]]]]], false),
]
