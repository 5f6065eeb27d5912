/// Array keywords: `prefixItems`/`items`, item counts, `uniqueItems`, `contains` with its bounds.
extension Evaluator {
    mutating func checkItems(_ prefix: [NodeID], _ rest: NodeID?, _ instance: JSONValue) -> Bool {
        guard case .array(let items) = instance else { return true }
        var ok = true
        for (i, item) in items.enumerated() {
            let id: NodeID
            if i < prefix.count {
                id = prefix[i]
            } else if let rest {
                id = rest
            } else {
                break
            }
            if !evaluate(id, item, at: .index(i)) {
                ok = false
                if !collect { return false }
            }
        }
        return ok
    }

    mutating func checkItemCount(_ bound: Int, isMinimum: Bool, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .array(let items) = instance else { return true }
        let unit = bound == 1 ? "item" : "items"
        if isMinimum {
            return items.count >= bound || fail(node, "minItems", "must have at least \(bound) \(unit), has \(items.count)")
        }
        return items.count <= bound || fail(node, "maxItems", "must have at most \(bound) \(unit), has \(items.count)")
    }

    mutating func checkUnique(_ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .array(let items) = instance, items.count > 1 else { return true }
        if items.count <= 8 {
            // Small arrays: pairwise comparison beats hashing.
            for i in 1..<items.count {
                for j in 0..<i where items[j].schemaEquals(items[i]) {
                    return fail(node, "uniqueItems", "items \(j) and \(i) are equal; items must be unique")
                }
            }
            return true
        }
        var firstIndex: [CanonicalJSON: Int] = [:]
        firstIndex.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            let key = CanonicalJSON(item)
            if let earlier = firstIndex[key] {
                return fail(node, "uniqueItems", "items \(earlier) and \(i) are equal; items must be unique")
            }
            firstIndex[key] = i
        }
        return true
    }

    mutating func checkContains(_ id: NodeID, _ min: Int, _ max: Int?, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        guard case .array(let items) = instance else { return true }
        var matches = 0
        for (i, item) in items.enumerated() {
            path.append(.index(i))
            if passes(id, item) { matches += 1 }
            path.removeLast()
            // Past both bounds the answer cannot change.
            if matches >= min, let max, matches > max { break }
            if matches >= min, max == nil { break }
        }
        if matches < min {
            let keyword = min == 1 ? "contains" : "minContains"
            let unit = min == 1 ? "item" : "items"
            return fail(node, keyword, "must contain at least \(min) \(unit) matching \"contains\", found \(matches)")
        }
        if let max, matches > max {
            return fail(node, "maxContains", "must contain at most \(max) items matching \"contains\", found more than \(max)")
        }
        return true
    }
}
