/// Object keywords: `properties`/`patternProperties`/`additionalProperties`, `required`, `propertyNames`,
/// property counts, `dependentRequired`, `dependentSchemas`.
extension Evaluator {
    mutating func checkMembers(_ rules: MemberRules, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .object(let members) = instance else { return true }
        var ok = true
        for (key, value) in members {
            var matched = false
            if let id = rules.property(key) {
                matched = true
                if !evaluate(id, value, at: .key(key)) {
                    ok = false
                    if !collect { return false }
                }
            }
            for (regex, id) in rules.patterns where regex.matches(key) {
                matched = true
                if !evaluate(id, value, at: .key(key)) {
                    ok = false
                    if !collect { return false }
                }
            }
            guard !matched, let additional = rules.additional else { continue }
            let passed: Bool
            if case .always(false) = program.nodes[additional].body {
                passed = fail(
                    node, "additionalProperties", "unknown property \"\(key)\"", at: .key(key),
                    property: key, allowed: rules.declaredNames)
            } else {
                passed = evaluate(additional, value, at: .key(key))
            }
            if !passed {
                ok = false
                if !collect { return false }
            }
        }
        return ok
    }

    mutating func checkRequired(_ names: [String], _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .object(let members) = instance else { return true }
        var ok = true
        for name in names where members[name] == nil {
            ok = fail(node, "required", "missing required property \"\(name)\"", property: name)
            if !collect { return false }
        }
        return ok
    }

    mutating func checkPropertyNames(_ id: NodeID, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .object(let members) = instance else { return true }
        var ok = true
        for key in members.keys where !passes(id, .string(key)) {
            ok = false
            guard collect else { return false }
            path.append(.key(key))
            let reason = violations(of: id, .string(key)).first?.message
            path.removeLast()
            let detail = reason.map { ": \($0)" } ?? ""
            _ = fail(node, "propertyNames", "invalid property name \"\(key)\"\(detail)", at: .key(key), property: key)
        }
        return ok
    }

    mutating func checkPropertyCount(_ bound: Int, isMinimum: Bool, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .object(let members) = instance else { return true }
        let unit = bound == 1 ? "property" : "properties"
        if isMinimum {
            return members.count >= bound
                || fail(node, "minProperties", "must have at least \(bound) \(unit), has \(members.count)")
        }
        return members.count <= bound
            || fail(node, "maxProperties", "must have at most \(bound) \(unit), has \(members.count)")
    }

    mutating func checkDependentRequired(
        _ rules: [(property: String, requires: [String])], _ node: SchemaNode, _ instance: JSONValue
    ) -> Bool {
        guard case .object(let members) = instance else { return true }
        var ok = true
        for rule in rules where members[rule.property] != nil {
            for name in rule.requires where members[name] == nil {
                ok = fail(
                    node, "dependentRequired",
                    "property \"\(name)\" is required when \"\(rule.property)\" is present", property: name)
                if !collect { return false }
            }
        }
        return ok
    }

    mutating func checkDependentSchemas(_ rules: [(property: String, node: NodeID)], _ instance: JSONValue) -> Bool {
        guard case .object(let members) = instance else { return true }
        var ok = true
        for rule in rules where members[rule.property] != nil && !evaluate(rule.node, instance) {
            ok = false
            if !collect { return false }
        }
        return ok
    }
}
