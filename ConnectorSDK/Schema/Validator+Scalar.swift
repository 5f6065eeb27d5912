/// Keywords about single values: `enum`, `const`, string length, `pattern`, `format`, numeric bounds.
extension Evaluator {
    mutating func checkEnum(
        _ values: [JSONValue], _ lookup: Set<CanonicalJSON>, _ node: SchemaNode, _ instance: JSONValue
    ) -> Bool {
        if lookup.contains(CanonicalJSON(instance)) { return true }
        let message: String
        if values.count <= 12 {
            message =
                "must be one of " + values.map { $0.schemaLiteral() }.joined(separator: ", ")
                + ", got \(instance.schemaLiteral())"
        } else {
            message = "\(instance.schemaLiteral()) is not one of the \(values.count) allowed values"
        }
        return fail(node, "enum", message)
    }

    mutating func checkConst(_ value: JSONValue, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        instance.schemaEquals(value)
            || fail(node, "const", "must be \(value.schemaLiteral()), got \(instance.schemaLiteral())")
    }

    mutating func checkLength(_ bound: Int, isMinimum: Bool, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .string(let s) = instance else { return true }
        // Counting stops at the bound, so a huge string costs no more than the bound.
        let stop = isMinimum ? bound : bound + 1
        var count = 0
        for _ in s.unicodeScalars {
            if count == stop { break }
            count += 1
        }
        let unit = bound == 1 ? "character" : "characters"
        if isMinimum {
            return count >= bound || fail(node, "minLength", "must be at least \(bound) \(unit) long, is \(count)")
        }
        return count <= bound
            || fail(node, "maxLength", "must be at most \(bound) \(unit) long, is \(s.unicodeScalars.count)")
    }

    mutating func checkPattern(_ regex: ECMARegex, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .string(let s) = instance else { return true }
        return regex.matches(s) || fail(node, "pattern", "does not match pattern \(regex.source)")
    }

    mutating func checkFormat(_ format: SchemaFormat, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .string(let s) = instance else { return true }
        return format.accepts(s) || fail(node, "format", "not a valid \(format.rawValue): \(instance.schemaLiteral())")
    }

    /// `accept` gets the comparison of the instance with the bound (-1, 0 or 1).
    mutating func checkBound(
        _ bound: SchemaNumber, _ keyword: String, _ node: SchemaNode, _ instance: JSONValue,
        accept: (Int) -> Bool
    ) -> Bool {
        guard let n = SchemaNumber(instance) else { return true }
        if accept(n.compare(bound)) { return true }
        let relation =
            switch keyword {
            case "minimum": ">="
            case "maximum": "<="
            case "exclusiveMinimum": ">"
            default: "<"
            }
        return fail(node, keyword, "must be \(relation) \(bound), got \(n)")
    }

    mutating func checkMultiple(_ divisor: SchemaNumber, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard let n = SchemaNumber(instance) else { return true }
        let ok: Bool
        switch (n, divisor) {
        case (.int(let a), .int(let b)):
            ok = a % b == 0
        default:
            let quotient = n.doubleValue / divisor.doubleValue
            if !quotient.isFinite {
                ok = false
            } else {
                // Decimal divisors such as 0.01 are inexact in binary; allow the rounding error.
                let nearest = quotient.rounded()
                ok = abs(quotient - nearest) <= 1e-9 * max(1, abs(quotient))
            }
        }
        return ok || fail(node, "multipleOf", "must be a multiple of \(divisor), got \(n)")
    }
}

extension JSONValue {
    /// Compact JSON text for messages, cut at `limit` characters: `"abc"`, `3`, `{"a":1}`.
    func schemaLiteral(limit: Int = 60) -> String {
        var out = ""
        appendLiteral(to: &out, limit: limit)
        if out.count > limit { return String(out.prefix(limit - 1)) + "…" }
        return out
    }

    private func appendLiteral(to out: inout String, limit: Int) {
        guard out.utf8.count <= limit * 4 else { return }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d): out += SchemaNumber.double(d).description
        case .string(let s):
            out += "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                case "\r": out += "\\r"
                default:
                    if out.utf8.count > limit * 4 { return }
                    if scalar.value < 0x20 {
                        out +=
                            "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                            + String(scalar.value, radix: 16)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            out += "\""
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.appendLiteral(to: &out, limit: limit)
                if out.utf8.count > limit * 4 { return }
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                JSONValue.string(key).appendLiteral(to: &out, limit: limit)
                out += ":"
                value.appendLiteral(to: &out, limit: limit)
                if out.utf8.count > limit * 4 { return }
            }
            out += "}"
        }
    }
}
