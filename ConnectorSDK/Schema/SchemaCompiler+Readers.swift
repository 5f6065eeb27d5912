import OrderedCollections

/// Readers for keyword values: each checks the value's shape, records a problem when it is wrong,
/// and returns what it could read (or `nil`).
extension SchemaCompiler {
    mutating func readTypes(_ value: JSONValue, at: String) -> JSONTypeSet? {
        let expected = "a type name or an array of type names"
        let names: [(String, String)]
        switch value {
        case .string(let name): names = [(name, at)]
        case .array(let items):
            if items.isEmpty {
                problems.append(.emptyArray(at, keyword: "type"))
                return nil
            }
            var list: [(String, String)] = []
            for (i, item) in items.enumerated() {
                guard case .string(let name) = item else {
                    problems.append(.wrongKeywordType("\(at)/\(i)", keyword: "type", expected: "a type name", got: item))
                    continue
                }
                list.append((name, "\(at)/\(i)"))
            }
            names = list
        default:
            problems.append(.wrongKeywordType(at, keyword: "type", expected: expected, got: value))
            return nil
        }
        var set: JSONTypeSet = []
        var ok = true
        for (name, location) in names {
            guard let t = JSONTypeSet(name: name) else {
                let hint = closestMatch(name, in: JSONTypeSet.allNames + ["bool", "int", "float", "double", "str"])
                problems.append(.unknownTypeName(location, name: name, suggestion: hint.flatMap(Self.typeAlias)))
                ok = false
                continue
            }
            if set.contains(t) { problems.append(.duplicateEntry(location, keyword: "type", entry: name)) }
            set.insert(t)
        }
        return ok ? set : nil
    }

    /// Common misspellings of type names mapped to the JSON Schema spelling.
    private static func typeAlias(_ name: String) -> String? {
        switch name {
        case "bool": "boolean"
        case "int": "integer"
        case "float", "double": "number"
        case "str": "string"
        default: name
        }
    }

    /// A non-negative whole number (`2.0` counts as 2).
    mutating func readCount(_ value: JSONValue, keyword: String, at: String) -> Int? {
        switch value {
        case .integer(let i) where i >= 0: return i
        case .number(let d) where d >= 0 && d.rounded() == d: return d < 9.0e18 ? Int(d) : Int.max
        case .integer, .number: problems.append(.invalidCount(at, keyword: keyword))
        default: problems.append(.wrongKeywordType(at, keyword: keyword, expected: "a non-negative integer", got: value))
        }
        return nil
    }

    mutating func readNumber(_ value: JSONValue, keyword: String, at: String) -> SchemaNumber? {
        guard let n = SchemaNumber(value) else {
            problems.append(.wrongKeywordType(at, keyword: keyword, expected: "a number", got: value))
            return nil
        }
        return n
    }

    mutating func readBool(_ value: JSONValue, keyword: String, at: String) -> Bool? {
        guard case .bool(let b) = value else {
            problems.append(.wrongKeywordType(at, keyword: keyword, expected: "a boolean", got: value))
            return nil
        }
        return b
    }

    /// An array of distinct strings (`required`, `dependentRequired` entries).
    mutating func readStringSet(_ value: JSONValue, keyword: String, at: String) -> [String]? {
        guard case .array(let items) = value else {
            problems.append(.wrongKeywordType(at, keyword: keyword, expected: "an array of strings", got: value))
            return nil
        }
        var names: [String] = []
        var seen: Set<String> = []
        for (i, item) in items.enumerated() {
            guard case .string(let name) = item else {
                problems.append(.wrongKeywordType("\(at)/\(i)", keyword: keyword, expected: "a string", got: item))
                continue
            }
            if seen.insert(name).inserted {
                names.append(name)
            } else {
                problems.append(.duplicateEntry("\(at)/\(i)", keyword: keyword, entry: name))
            }
        }
        return names
    }

    /// An object's members, or nothing (with a problem) when the value is not an object.
    mutating func readMap(_ value: JSONValue, keyword: String, at: String) -> OrderedDictionary<String, JSONValue> {
        guard case .object(let members) = value else {
            problems.append(.wrongKeywordType(at, keyword: keyword, expected: "an object", got: value))
            return [:]
        }
        return members
    }

    /// An object whose values are schemas (`properties`, `$defs`); the schemas are checked when compiled.
    mutating func readSchemaMap(
        _ value: JSONValue, keyword: String, at: String
    ) -> OrderedDictionary<String, JSONValue> {
        guard case .object(let members) = value else {
            problems.append(.wrongKeywordType(at, keyword: keyword, expected: "an object of schemas", got: value))
            return [:]
        }
        return members
    }

    /// A non-empty array of schemas (`allOf`, `anyOf`, `oneOf`, `prefixItems`), compiled.
    mutating func readSchemaList(_ value: JSONValue, keyword: String, path: [String], depth: Int) -> [NodeID] {
        let at = Self.pointer(path)
        guard case .array(let items) = value else {
            problems.append(.wrongKeywordType(at, keyword: keyword, expected: "an array of schemas", got: value))
            return []
        }
        if items.isEmpty { problems.append(.emptyArray(at, keyword: keyword)) }
        return items.enumerated().map { i, item in compile(item, at: path + [String(i)], depth: depth + 1) }
    }

    mutating func readRegex(_ source: String, at: String) -> ECMARegex? {
        do {
            return try ECMARegex(source)
        } catch {
            problems.append(.invalidPattern(at, pattern: source, reason: error.reason))
            return nil
        }
    }
}
