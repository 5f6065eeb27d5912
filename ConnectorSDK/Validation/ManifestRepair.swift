/// Makes a manifest with structural problems decodable, so the semantic checks still run and every
/// problem is reported at once: missing required members get a placeholder and values of the wrong
/// type are replaced by one. The problems themselves were already reported from the schema check.
enum ManifestRepair {
    static func repaired(_ value: JSONValue, violations: [SchemaViolation], schema: JSONValue) -> JSONValue {
        var out = value
        for v in violations {
            let nodePointer = String(v.schemaPath.dropLast(v.keyword.count + 1))
            guard let node = resolve(pointer: nodePointer, in: schema) else { continue }
            switch v.keyword {
            case "required":
                guard let property = v.property else { continue }
                let propertySchema = node["properties"]?[property].flatMap { resolveRef($0, in: schema) } ?? .object([:])
                out = out.setting(v.instancePath + [.key(property)], to: placeholder(for: propertySchema, in: schema))
            case "type", "const", "enum":
                out = out.setting(v.instancePath, to: placeholder(for: node, in: schema))
            default:
                continue
            }
        }
        return out
    }

    /// A value that satisfies `schema`'s type, const or first enum member.
    static func placeholder(for schema: JSONValue, in root: JSONValue) -> JSONValue {
        let s = resolveRef(schema, in: root) ?? schema
        if let c = s["const"] { return c }
        if let e = s["enum"]?.arrayValue?.first { return e }
        let type = s["type"]?.stringValue ?? s["type"]?.arrayValue?.first?.stringValue
        switch type {
        case "string": return .string("")
        case "integer": return .integer(0)
        case "number": return .number(0)
        case "boolean": return .bool(false)
        case "array": return .array([])
        case "object":
            var o = JSONValue.object([:])
            for name in s["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
                let sub = s["properties"]?[name] ?? .object([:])
                o = o.setting([.key(name)], to: placeholder(for: sub, in: root))
            }
            return o
        default: return .null
        }
    }

    static func resolveRef(_ schema: JSONValue, in root: JSONValue) -> JSONValue? {
        guard let ref = schema["$ref"]?.stringValue, ref.hasPrefix("#") else { return schema }
        return resolve(pointer: String(ref.dropFirst()), in: root)
    }

    /// Follows an RFC 6901 pointer.
    static func resolve(pointer: String, in root: JSONValue) -> JSONValue? {
        var v = root
        for token in pointer.split(separator: "/", omittingEmptySubsequences: true) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if case .array(let a) = v, let i = Int(key), i < a.count {
                v = a[i]
            } else if let next = v[key] {
                v = next
            } else {
                return nil
            }
        }
        return v
    }
}
