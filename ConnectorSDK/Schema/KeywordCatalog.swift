/// A keyword the validator does not act on: unknown (perhaps a typo), from another draft, or unsupported.
/// Such keywords are allowed — JSON Schema treats them as annotations — but a caller may want to warn.
public struct IgnoredKeyword: Sendable, Hashable, CustomStringConvertible {
    /// JSON pointer of the keyword inside the schema (`/properties/name/minLenght`).
    public let path: String
    /// The keyword as written.
    public let keyword: String
    /// Why it might matter: `did you mean "minLength"?`, `draft-07 keyword; use dependentRequired …`,
    /// `not supported by this validator`; `nil` for an ordinary custom annotation.
    public let note: String?

    public var description: String {
        "\(path): unknown keyword \"\(keyword)\"" + (note.map { " (\($0))" } ?? "")
    }
}

/// The keywords the compiler knows, and notes for well-known ones it does not act on.
enum KeywordCatalog {
    /// Every keyword `SchemaCompiler` handles, assertions and annotations alike.
    static let known: [String] = [
        "type", "enum", "const", "properties", "patternProperties", "additionalProperties", "required",
        "propertyNames", "minProperties", "maxProperties", "dependentRequired", "dependentSchemas",
        "items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains",
        "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "multipleOf", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
        "$ref", "$defs", "definitions", "$anchor", "$id", "$schema", "$comment", "$vocabulary",
        "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
        "contentMediaType", "contentEncoding", "contentSchema",
    ]

    private static let notes: [String: String] = [
        "unevaluatedProperties": "not supported by this validator; use additionalProperties",
        "unevaluatedItems": "not supported by this validator; use items",
        "$dynamicRef": "not supported by this validator",
        "$dynamicAnchor": "not supported by this validator",
        "$recursiveRef": "draft 2019-09 keyword, not supported; use $ref",
        "$recursiveAnchor": "draft 2019-09 keyword, not supported",
        "dependencies": "draft-07 keyword; use dependentRequired or dependentSchemas",
        "additionalItems": "draft 2019-09 keyword; with prefixItems, use items for the rest",
        "nullable": "OpenAPI 3.0 keyword; use \"type\": [\"…\", \"null\"]",
        "discriminator": "OpenAPI keyword; ignored",
        "example": "OpenAPI keyword; JSON Schema spells it \"examples\" (an array)",
    ]

    /// The note for an unknown keyword: a known draft/OpenAPI keyword's note, or a did-you-mean.
    static func note(for keyword: String) -> String? {
        if let note = notes[keyword] { return note }
        return closestMatch(keyword, in: known).map { "did you mean \"\($0)\"?" }
    }
}
