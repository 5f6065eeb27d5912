/// One step into a JSON value: an object member or an array element.
public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let k): k
        case .index(let i): "[\(i)]"
        }
    }
}

extension [PathComponent] {
    /// `operations.list_contacts.request.path`, `items[3].id`; keys that are not plain identifiers are
    /// quoted (`headers["X-Api-Key"]`). The root is `""`.
    public var dottedPath: String {
        var out = ""
        for component in self {
            switch component {
            case .index(let i):
                out += "[\(i)]"
            case .key(let k) where Self.isPlain(k):
                out += out.isEmpty ? k : "." + k
            case .key(let k):
                out +=
                    "[\""
                    + k.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "\"", with: "\\\"") + "\"]"
            }
        }
        return out
    }

    /// RFC 6901 JSON pointer: `/operations/list_contacts/request`, `/items/3/id`. The root is `""`.
    public var jsonPointer: String {
        var out = ""
        for component in self {
            switch component {
            case .index(let i): out += "/\(i)"
            case .key(let k):
                out += "/" + k.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            }
        }
        return out
    }

    private static func isPlain(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(first >= 0x30 && first <= 0x39) else { return false }
        return key.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || c == 0x5F || c == 0x2D
        }
    }
}

/// One way an instance fails a schema: where in the instance, which keyword, and a sentence for a person.
public struct SchemaViolation: Sendable, Hashable, CustomStringConvertible {
    /// Where in the instance. For `required` and `dependentRequired` this is the object missing the member;
    /// for `additionalProperties` and `propertyNames` it is the offending member itself.
    public var instancePath: [PathComponent]
    /// The keyword that failed: `type`, `required`, `additionalProperties`, `anyOf`, … (`false` for a
    /// `false` schema, `depth` when the depth limit stopped validation).
    public var keyword: String
    /// JSON pointer of the failing keyword inside the schema (`/properties/name/minLength`).
    public var schemaPath: String
    /// `expected string, got integer`, `missing required property "name"`, `unknown property "sumary"`.
    public var message: String
    /// The property the violation is about: the missing one for `required`/`dependentRequired`,
    /// the unexpected one for `additionalProperties`, the rejected name for `propertyNames`.
    public var property: String?
    /// For `additionalProperties`: the property names the schema does declare, for "did you mean".
    public var allowedProperties: [String]?

    public init(
        instancePath: [PathComponent], keyword: String, schemaPath: String, message: String,
        property: String? = nil, allowedProperties: [String]? = nil
    ) {
        self.instancePath = instancePath
        self.keyword = keyword
        self.schemaPath = schemaPath
        self.message = message
        self.property = property
        self.allowedProperties = allowedProperties
    }

    /// The closest declared name to an unknown property (`"summary"` for `"sumary"`), if one is close.
    public var suggestion: String? {
        guard let property, let allowedProperties else { return nil }
        return closestMatch(property, in: allowedProperties)
    }

    /// `operations.list.sumary: unknown property "sumary" (did you mean "summary"?)`.
    public var description: String {
        let location = instancePath.isEmpty ? "(root)" : instancePath.dottedPath
        let hint = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
        return "\(location): \(message)\(hint)"
    }
}
