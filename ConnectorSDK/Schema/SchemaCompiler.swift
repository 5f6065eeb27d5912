/// Turns a schema document into a `SchemaProgram`, collecting every problem instead of stopping at the first.
struct SchemaCompiler {
    let document: JSONValue
    let options: JSONSchema.Options
    var nodes: [SchemaNode] = []
    var problems: [SchemaProblem] = []
    var ignored: [IgnoredKeyword] = []
    /// Every compiled subschema by its pointer tokens, so `$ref`s can find them.
    var nodeByPath: [[String]: NodeID] = [:]
    var anchors: [String: NodeID] = [:]
    var pendingRefs: [(slot: Int, ref: String, location: String)] = []
    var refTargets: [NodeID] = []

    init(document: JSONValue, options: JSONSchema.Options) {
        self.document = document
        self.options = options
    }

    /// Compiles the whole document, resolves references and rejects reference cycles.
    mutating func run() -> (program: SchemaProgram, ignored: [IgnoredKeyword], problems: [SchemaProblem]) {
        let root = compile(document, at: [], depth: 0)
        resolveRefs()
        if problems.isEmpty { findCycles() }
        let program = SchemaProgram(nodes: nodes, refTargets: refTargets, root: root)
        return (program, ignored, problems)
    }

    /// Compiles the subschema `value` found at `path`; a path compiled before is reused.
    mutating func compile(_ value: JSONValue, at path: [String], depth: Int) -> NodeID {
        if let existing = nodeByPath[path] { return existing }
        let location = Self.pointer(path)
        let body: SchemaNode.Body
        switch value {
        case .bool(let b):
            body = .always(b)
        case .object where depth > options.maxDepth:
            problems.append(.tooDeep(location, limit: options.maxDepth))
            body = .always(true)
        case .object(let members):
            var draft = NodeDraft()
            for (keyword, member) in members {
                compileKeyword(keyword, member, into: &draft, path: path, depth: depth)
            }
            body = .checks(draft.build())
            let id = append(SchemaNode(location: location, body: body), at: path)
            if let anchor = draft.anchor { anchors[anchor] = id }
            return id
        default:
            problems.append(.notASchema(location, got: value))
            body = .always(true)
        }
        return append(SchemaNode(location: location, body: body), at: path)
    }

    private mutating func append(_ node: SchemaNode, at path: [String]) -> NodeID {
        nodes.append(node)
        nodeByPath[path] = nodes.count - 1
        return nodes.count - 1
    }

    private mutating func compileKeyword(
        _ keyword: String, _ value: JSONValue, into draft: inout NodeDraft, path: [String], depth: Int
    ) {
        let here = path + [keyword]
        let at = Self.pointer(here)
        switch keyword {
        case "type": draft.type = readTypes(value, at: at)
        case "enum":
            guard case .array(let values) = value else {
                return problems.append(.wrongKeywordType(at, keyword: keyword, expected: "an array", got: value))
            }
            draft.checks.append(.enumeration(values: values, lookup: Set(values.map(CanonicalJSON.init))))
        case "const": draft.checks.append(.constant(value))
        case "properties":
            for (name, sub) in readSchemaMap(value, keyword: keyword, at: at) {
                draft.properties[name] = compile(sub, at: here + [name], depth: depth + 1)
                draft.declaredNames.append(name)
            }
            draft.hasMembers = true
        case "patternProperties":
            for (source, sub) in readSchemaMap(value, keyword: keyword, at: at) {
                let node = compile(sub, at: here + [source], depth: depth + 1)
                if let regex = readRegex(source, at: Self.pointer(here + [source])) {
                    draft.patterns.append((regex, node))
                }
            }
            draft.hasMembers = true
        case "additionalProperties":
            draft.additional = compile(value, at: here, depth: depth + 1)
            draft.hasMembers = true
        case "required":
            if let names = readStringSet(value, keyword: keyword, at: at) { draft.checks.append(.required(names)) }
        case "propertyNames": draft.checks.append(.propertyNames(compile(value, at: here, depth: depth + 1)))
        case "minProperties": readCount(value, keyword: keyword, at: at).map { draft.checks.append(.minProperties($0)) }
        case "maxProperties": readCount(value, keyword: keyword, at: at).map { draft.checks.append(.maxProperties($0)) }
        case "dependentRequired":
            var rules: [(property: String, requires: [String])] = []
            for (name, list) in readMap(value, keyword: keyword, at: at) {
                if let names = readStringSet(list, keyword: keyword, at: Self.pointer(here + [name])) {
                    rules.append((name, names))
                }
            }
            draft.checks.append(.dependentRequired(rules))
        case "dependentSchemas":
            let rules = readSchemaMap(value, keyword: keyword, at: at).map { name, sub in
                (property: name, node: compile(sub, at: here + [name], depth: depth + 1))
            }
            draft.checks.append(.dependentSchemas(rules))
        case "items":
            if case .array = value {
                problems.append(
                    .wrongKeywordType(
                        at, keyword: keyword, expected: "a schema (for a tuple use \"prefixItems\")", got: value))
            } else {
                draft.itemsNode = compile(value, at: here, depth: depth + 1)
            }
        case "prefixItems":
            draft.prefix = readSchemaList(value, keyword: keyword, path: here, depth: depth)
            draft.hasItems = true
        case "minItems": readCount(value, keyword: keyword, at: at).map { draft.checks.append(.minItems($0)) }
        case "maxItems": readCount(value, keyword: keyword, at: at).map { draft.checks.append(.maxItems($0)) }
        case "uniqueItems":
            if readBool(value, keyword: keyword, at: at) == true { draft.checks.append(.uniqueItems) }
        case "contains": draft.containsNode = compile(value, at: here, depth: depth + 1)
        case "minContains": draft.minContains = readCount(value, keyword: keyword, at: at)
        case "maxContains": draft.maxContains = readCount(value, keyword: keyword, at: at)
        case "minLength": readCount(value, keyword: keyword, at: at).map { draft.checks.append(.minLength($0)) }
        case "maxLength": readCount(value, keyword: keyword, at: at).map { draft.checks.append(.maxLength($0)) }
        case "pattern":
            guard case .string(let source) = value else {
                return problems.append(.wrongKeywordType(at, keyword: keyword, expected: "a string", got: value))
            }
            readRegex(source, at: at).map { draft.checks.append(.pattern($0)) }
        case "format":
            guard case .string(let name) = value else {
                return problems.append(.wrongKeywordType(at, keyword: keyword, expected: "a string", got: value))
            }
            if options.assertFormats, let format = SchemaFormat(rawValue: name) { draft.checks.append(.format(format)) }
        case "minimum": readNumber(value, keyword: keyword, at: at).map { draft.checks.append(.minimum($0)) }
        case "maximum": readNumber(value, keyword: keyword, at: at).map { draft.checks.append(.maximum($0)) }
        case "exclusiveMinimum":
            readNumber(value, keyword: keyword, at: at).map { draft.checks.append(.exclusiveMinimum($0)) }
        case "exclusiveMaximum":
            readNumber(value, keyword: keyword, at: at).map { draft.checks.append(.exclusiveMaximum($0)) }
        case "multipleOf":
            guard let n = readNumber(value, keyword: keyword, at: at) else { return }
            guard n.doubleValue > 0 else { return problems.append(.nonPositiveMultiple(at)) }
            draft.checks.append(.multipleOf(n))
        case "allOf": draft.checks.append(.allOf(readSchemaList(value, keyword: keyword, path: here, depth: depth)))
        case "anyOf": draft.checks.append(.anyOf(readSchemaList(value, keyword: keyword, path: here, depth: depth)))
        case "oneOf": draft.checks.append(.oneOf(readSchemaList(value, keyword: keyword, path: here, depth: depth)))
        case "not": draft.checks.append(.not(compile(value, at: here, depth: depth + 1)))
        case "if": draft.ifNode = compile(value, at: here, depth: depth + 1)
        case "then": draft.thenNode = compile(value, at: here, depth: depth + 1)
        case "else": draft.elseNode = compile(value, at: here, depth: depth + 1)
        case "$ref":
            guard case .string(let ref) = value else {
                return problems.append(.wrongKeywordType(at, keyword: keyword, expected: "a string", got: value))
            }
            refTargets.append(-1)
            pendingRefs.append((refTargets.count - 1, ref, at))
            draft.checks.append(.ref(slot: refTargets.count - 1, written: ref))
        case "$defs", "definitions":
            for (name, sub) in readSchemaMap(value, keyword: keyword, at: at) {
                _ = compile(sub, at: here + [name], depth: depth + 1)
            }
        case "$anchor":
            guard case .string(let name) = value else {
                return problems.append(.wrongKeywordType(at, keyword: keyword, expected: "a string", got: value))
            }
            draft.anchor = name
        case "$id", "$schema", "$comment", "title", "description", "contentMediaType", "contentEncoding":
            if value.stringValue == nil {
                problems.append(.wrongKeywordType(at, keyword: keyword, expected: "a string", got: value))
            }
        case "deprecated", "readOnly", "writeOnly": _ = readBool(value, keyword: keyword, at: at)
        case "examples":
            if value.arrayValue == nil {
                problems.append(.wrongKeywordType(at, keyword: keyword, expected: "an array", got: value))
            }
        case "default", "$vocabulary", "contentSchema": break
        default:
            ignored.append(IgnoredKeyword(path: at, keyword: keyword, note: KeywordCatalog.note(for: keyword)))
        }
    }

    /// RFC 6901 pointer for schema path tokens.
    static func pointer(_ tokens: [String]) -> String {
        var out = ""
        for token in tokens {
            out += "/"
            out +=
                token.contains(where: { $0 == "~" || $0 == "/" })
                ? token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
                : token
        }
        return out
    }
}

/// What one schema object has said so far; `build` orders the checks (`type` first).
struct NodeDraft {
    var type: JSONTypeSet?
    var checks: [Check] = []
    var properties: [String: NodeID] = [:]
    var declaredNames: [String] = []
    var patterns: [(regex: ECMARegex, node: NodeID)] = []
    var additional: NodeID?
    var hasMembers = false
    var prefix: [NodeID] = []
    var itemsNode: NodeID?
    var hasItems = false
    var containsNode: NodeID?
    var minContains: Int?
    var maxContains: Int?
    var ifNode: NodeID?
    var thenNode: NodeID?
    var elseNode: NodeID?
    var anchor: String?

    func build() -> [Check] {
        var out: [Check] = []
        if let type { out.append(.type(type)) }
        out += checks
        if hasMembers {
            out.append(
                .members(
                    MemberRules(
                        properties: properties, declaredNames: declaredNames, patterns: patterns, additional: additional)))
        }
        if hasItems || itemsNode != nil { out.append(.items(prefix: prefix, rest: itemsNode)) }
        if let containsNode { out.append(.contains(containsNode, min: minContains ?? 1, max: maxContains)) }
        if let ifNode { out.append(.conditional(if: ifNode, then: thenNode, else: elseNode)) }
        return out
    }
}
