/// `allOf`, `anyOf`, `oneOf`. When no alternative matches, one useful report instead of every branch's:
/// the violations of the single branch that fits the value's shape, else a one-line summary.
extension Evaluator {
    mutating func checkAllOf(_ ids: [NodeID], _ instance: JSONValue) -> Bool {
        var ok = true
        for id in ids where !evaluate(id, instance) {
            ok = false
            if !collect { return false }
        }
        return ok
    }

    mutating func checkAnyOf(_ ids: [NodeID], _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        for id in ids where passes(id, instance) { return true }
        return reportNoMatch("anyOf", ids, node, instance)
    }

    mutating func checkOneOf(_ ids: [NodeID], _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        var matched: [Int] = []
        for (i, id) in ids.enumerated() where passes(id, instance) {
            matched.append(i)
            if matched.count == 2 { break }
        }
        switch matched.count {
        case 1: return true
        case 0: return reportNoMatch("oneOf", ids, node, instance)
        default:
            return fail(
                node, "oneOf",
                "matches more than one of the allowed forms (#\(matched[0]) and #\(matched[1])); exactly one must match")
        }
    }

    /// Reports a failed `anyOf`/`oneOf`. A branch is ruled out when it rejects the value's type (or a
    /// `const`/`enum` on the value or one of its members — a discriminator such as `"type": "oauth2"`).
    /// If one branch is left, its violations are the report; of several, the one with the fewest;
    /// otherwise a single summary violation.
    private mutating func reportNoMatch(
        _ keyword: String, _ ids: [NodeID], _ node: SchemaNode, _ instance: JSONValue
    ) -> Bool {
        guard collect else { return false }
        let depth = path.count
        var viable: [[SchemaViolation]] = []
        for id in ids {
            let found = violations(of: id, instance)
            let ruledOut = found.contains { v in
                switch v.keyword {
                case "type", "false": v.instancePath.count == depth
                case "const", "enum": v.instancePath.count <= depth + 1
                default: false
                }
            }
            if !ruledOut, !found.isEmpty { viable.append(found) }
        }
        if let fewest = viable.map(\.count).min() {
            let best = viable.filter { $0.count == fewest }
            if best.count == 1 {
                violations += best[0]
                return false
            }
        }
        var message = "does not match any of the allowed forms"
        let declared = ids.map { declaredTypes(of: $0) }
        if declared.allSatisfy({ $0 != nil }) {
            let union = declared.reduce(JSONTypeSet()) { $0.union($1 ?? []) }
            if !union.admits(instance) { message = "expected \(union), got \(instance.typeName)" }
        }
        return fail(node, keyword, message)
    }

    /// The `type` a branch declares, looking through a chain of plain `$ref`s.
    private func declaredTypes(of id: NodeID) -> JSONTypeSet? {
        var current = id
        for _ in 0..<8 {
            let node = program.nodes[current]
            if let types = node.declaredTypes { return types }
            guard case .checks(let checks) = node.body,
                let next = checks.lazy.compactMap({ check -> NodeID? in
                    if case .ref(let slot, _) = check { return program.refTargets[slot] }
                    return nil
                }).first
            else { return nil }
            current = next
        }
        return nil
    }
}
