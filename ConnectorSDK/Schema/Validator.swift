/// Walks a compiled `SchemaProgram` over an instance, collecting violations (or, silently, just a verdict).
///
/// One evaluator serves one `validate` call. `collect` is switched off for sub-checks whose detail is not
/// wanted (`not`, `if`, the first pass over `anyOf` branches), which then stop at the first failure.
struct Evaluator {
    let program: SchemaProgram
    let maxDepth: Int
    /// Where in the instance the evaluation is; pushed and popped around each step down.
    var path: [PathComponent] = []
    var violations: [SchemaViolation] = []
    /// Whether failures are recorded (`true`) or only reported as `false` with an early exit.
    var collect: Bool
    private var depth = 0
    /// Set once the depth limit was hit; from then on everything fails fast and this violation is reported.
    private(set) var depthViolation: SchemaViolation?
    /// `depthViolation != nil`, as a plain flag for the hot path.
    private(set) var stopped = false

    init(program: SchemaProgram, maxDepth: Int, collect: Bool) {
        self.program = program
        self.maxDepth = maxDepth
        self.collect = collect
    }

    /// The violations, with the depth-limit one (if any) last.
    func finish() -> [SchemaViolation] {
        depthViolation.map { violations + [$0] } ?? violations
    }

    /// Whether `instance` satisfies node `id`; records violations when collecting.
    ///
    /// This and `run` are the recursion path, so rare work (messages) lives in separate functions to keep
    /// their stack frames small.
    mutating func evaluate(_ id: NodeID, _ instance: JSONValue) -> Bool {
        if stopped { return false }
        let node = program.nodes[id]
        // A leaf that only checks the type and accepts the value: nothing to record, no depth spent
        // below it (the limit still applies, as for any node).
        if let set = node.onlyType, depth < maxDepth, set.admits(instance) { return true }
        guard case .checks(let checks) = node.body else { return acceptsAll(node) }
        depth += 1
        defer { depth -= 1 }
        if depth > maxDepth { return stopAtDepthLimit(node) }
        var ok = true
        for check in checks where !run(check, node, instance) {
            // A value of the wrong type gets that one message, not one per keyword that follows.
            if case .type = check { return false }
            ok = false
            if !collect { return false }
        }
        return ok
    }

    /// A boolean schema's verdict, with the violation for `false`.
    private mutating func acceptsAll(_ node: SchemaNode) -> Bool {
        guard case .always(false) = node.body else { return true }
        let message: String
        if case .key(let name)? = path.last {
            message = "property \"\(name)\" is not allowed here"
        } else {
            message = "no value is allowed here"
        }
        return fail(node, "false", message)
    }

    private mutating func stopAtDepthLimit(_ node: SchemaNode) -> Bool {
        stopped = true
        depthViolation = SchemaViolation(
            instancePath: path, keyword: "depth", schemaPath: node.location,
            message: "validation stopped: nested deeper than \(maxDepth) levels "
                + "(a very deep value or a recursive schema)")
        return false
    }

    private mutating func checkNot(_ id: NodeID, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        passes(id, instance) ? fail(node, "not", "must not match the schema in \"not\"") : true
    }

    /// Evaluates without recording anything: just the verdict.
    mutating func passes(_ id: NodeID, _ instance: JSONValue) -> Bool {
        let saved = collect
        collect = false
        defer { collect = saved }
        return evaluate(id, instance)
    }

    /// Evaluates with recording, returning only this evaluation's violations.
    mutating func violations(of id: NodeID, _ instance: JSONValue) -> [SchemaViolation] {
        let (savedViolations, savedCollect) = (violations, collect)
        violations = []
        collect = true
        _ = evaluate(id, instance)
        defer { (violations, collect) = (savedViolations, savedCollect) }
        return violations
    }

    /// Evaluates node `id` against a member or element, with the path extended by `component`.
    mutating func evaluate(_ id: NodeID, _ instance: JSONValue, at component: PathComponent) -> Bool {
        // Only recorded violations read the path, and nothing recorded happens below a silent check.
        guard collect else { return evaluate(id, instance) }
        path.append(component)
        let ok = evaluate(id, instance)
        path.removeLast()
        return ok
    }

    /// Records a violation of `keyword` of `node` at the current path (when collecting); always `false`.
    mutating func fail(
        _ node: SchemaNode, _ keyword: String, _ message: @autoclosure () -> String,
        at component: PathComponent? = nil, property: String? = nil, allowed: [String]? = nil
    ) -> Bool {
        guard collect else { return false }
        var where_ = path
        if let component { where_.append(component) }
        let schemaPath = keyword == "false" ? node.location : node.location + "/" + keyword
        violations.append(
            SchemaViolation(
                instancePath: where_, keyword: keyword, schemaPath: schemaPath, message: message(),
                property: property, allowedProperties: allowed))
        return false
    }

    /// Applicators: the checks that evaluate subschemas, so their frames sit on the recursion path. Kept
    /// apart from the assertions (`runAssertion`) so this frame stays small and deep values fit the stack.
    private mutating func run(_ check: Check, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        switch check {
        case .members(let rules): return checkMembers(rules, node, instance)
        case .propertyNames(let id): return checkPropertyNames(id, node, instance)
        case .dependentSchemas(let rules): return checkDependentSchemas(rules, instance)
        case .items(let prefix, let rest): return checkItems(prefix, rest, instance)
        case .contains(let id, let min, let max): return checkContains(id, min, max, node, instance)
        case .allOf(let ids): return checkAllOf(ids, instance)
        case .anyOf(let ids): return checkAnyOf(ids, node, instance)
        case .oneOf(let ids): return checkOneOf(ids, node, instance)
        case .not(let id): return checkNot(id, node, instance)
        case .conditional(let test, let then, let otherwise):
            guard let next = passes(test, instance) ? then : otherwise else { return true }
            return evaluate(next, instance)
        case .ref(let slot, _): return evaluate(program.refTargets[slot], instance)
        default: return runAssertion(check, node, instance)
        }
    }

    /// Assertions: checks on the value itself that never evaluate a subschema.
    private mutating func runAssertion(_ check: Check, _ node: SchemaNode, _ instance: JSONValue) -> Bool {
        switch check {
        case .type(let set):
            return set.admits(instance) || fail(node, "type", "expected \(set), got \(instance.typeName)")
        case .enumeration(let values, let lookup): return checkEnum(values, lookup, node, instance)
        case .constant(let value): return checkConst(value, node, instance)
        case .required(let names): return checkRequired(names, node, instance)
        case .minProperties(let n): return checkPropertyCount(n, isMinimum: true, node, instance)
        case .maxProperties(let n): return checkPropertyCount(n, isMinimum: false, node, instance)
        case .dependentRequired(let rules): return checkDependentRequired(rules, node, instance)
        case .minItems(let n): return checkItemCount(n, isMinimum: true, node, instance)
        case .maxItems(let n): return checkItemCount(n, isMinimum: false, node, instance)
        case .uniqueItems: return checkUnique(node, instance)
        case .minLength(let n): return checkLength(n, isMinimum: true, node, instance)
        case .maxLength(let n): return checkLength(n, isMinimum: false, node, instance)
        case .pattern(let regex): return checkPattern(regex, node, instance)
        case .format(let format): return checkFormat(format, node, instance)
        case .minimum(let bound): return checkBound(bound, "minimum", node, instance) { $0 >= 0 }
        case .maximum(let bound): return checkBound(bound, "maximum", node, instance) { $0 <= 0 }
        case .exclusiveMinimum(let bound): return checkBound(bound, "exclusiveMinimum", node, instance) { $0 > 0 }
        case .exclusiveMaximum(let bound): return checkBound(bound, "exclusiveMaximum", node, instance) { $0 < 0 }
        case .multipleOf(let divisor): return checkMultiple(divisor, node, instance)
        case .members, .propertyNames, .dependentSchemas, .items, .contains, .allOf, .anyOf, .oneOf, .not,
            .conditional, .ref:
            return run(check, node, instance)
        }
    }
}
