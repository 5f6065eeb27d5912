extension ConnectorCompiler {
    mutating func compileOperation(_ key: String, _ op: Operation) -> CompiledOperation? {
        let base = "operations.\(key)"
        let names = CompiledConnector.requestNames
        let before = problems.problems.count
        let r = op.request
        if r.path == nil && r.script == nil {
            problems.add("request_incomplete", at: "\(base).request", "the request needs a path or a script")
        }
        let path = r.path.flatMap { template($0, at: "\(base).request.path", names: names) }
        if let p = r.path, !p.hasPrefix("/") && !p.hasPrefix("${") {
            problems.add("invalid_path", at: "\(base).request.path", "the request path must start with /", hint: "write /\(p)")
        }
        var query: [(String, Template)] = []
        for (k, v) in (r.query ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let t = template(v, at: "\(base).request.query.\(k)", names: names) { query.append((k, t)) }
        }
        var headers: [(String, Template)] = []
        for (k, v) in (r.headers ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let t = template(v, at: "\(base).request.headers.\(k)", names: names) { headers.append((k, t)) }
        }
        let body = r.body.map { compileBody($0, at: "\(base).request.body") }
        let requestScript = script(r.script, at: "\(base).request.script")
        let responseScript = script(op.response?.script, at: "\(base).response.script")
        let select = valuePath(op.response?.select, at: "\(base).response.select")
        let p = op.paginate
        let items = valuePath(p?.items, at: "\(base).paginate.items")
        let cursorPath = valuePath(p?.cursorPath, at: "\(base).paginate.cursor_path")
        let cursorFromLast = valuePath(p?.cursorFromLastItem, at: "\(base).paginate.cursor_from_last_item")
        let hasMore = valuePath(p?.hasMorePath, at: "\(base).paginate.has_more_path")
        if let p { checkPagination(p, at: "\(base).paginate") }
        let input = schema(op.input, at: "\(base).input")
        let output = schema(op.output, at: "\(base).output")
        if let retry = op.retry, let lo = retry.backoffMs, let hi = retry.maxBackoffMs, hi < lo {
            problems.add("invalid_retry", at: "\(base).retry.max_backoff_ms", "max_backoff_ms (\(hi)) is below backoff_ms (\(lo))")
        }
        guard problems.problems.count == before else { return nil }
        return CompiledOperation(
            key: key, spec: op, method: r.method ?? "GET", path: path, query: query, headers: headers, body: body,
            requestScript: requestScript, responseScript: responseScript, select: select, items: items, cursorPath: cursorPath,
            cursorFromLastItem: cursorFromLast, hasMorePath: hasMore, inputSchema: input, outputSchema: output)
    }

    mutating func compileBody(_ value: JSONValue, at path: String) -> CompiledBody {
        switch value {
        case .string(let s):
            guard let t = template(s, at: path, names: CompiledConnector.requestNames) else { return .value(value) }
            return t.isLiteral ? .value(value) : .template(t)
        case .array(let a):
            return .array(a.enumerated().map { compileBody($0.element, at: "\(path)[\($0.offset)]") })
        case .object(let o):
            return .object(o.map { ($0.key, compileBody($0.value, at: "\(path).\($0.key)")) })
        default:
            return .value(value)
        }
    }

    mutating func checkPagination(_ p: Pagination, at path: String) {
        switch p.style {
        case "cursor":
            if p.param == nil {
                problems.add("missing_key", at: path, "cursor pagination needs param (the query parameter for the cursor)")
            }
            if p.cursorPath == nil && p.cursorFromLastItem == nil {
                problems.add("missing_key", at: path, "cursor pagination needs cursor_path or cursor_from_last_item")
            }
        case "offset", "page":
            if p.param == nil { problems.add("missing_key", at: path, "\(p.style) pagination needs param") }
            if (p.limitParam == nil) != (p.limit == nil) {
                problems.add("missing_key", at: path, "limit_param and limit go together")
            }
        default:
            break
        }
    }

    mutating func checkTriggers() {
        let ops = manifest.operations.keys.sorted()
        for (key, t) in (manifest.triggers ?? [:]).sorted(by: { $0.key < $1.key }) {
            let base = "triggers.\(key)"
            func requireOperation(_ name: String?, _ field: String, _ c: inout ConnectorCompiler) {
                guard let name else {
                    c.problems.add("missing_key", at: base, "a \(t.type) trigger needs \(field)")
                    return
                }
                if c.manifest.operations[name] == nil {
                    c.problems.add(
                        "unknown_operation", at: "\(base).\(field)", "trigger names operation \"\(name)\", which is not defined",
                        hint: closestMatch(name, in: ops).map { "did you mean \"\($0)\"?" } ?? "defined: \(ops.joined(separator: ", "))")
                }
            }
            if t.type == "polling" {
                requireOperation(t.operation, "operation", &self)
                if t.interval == nil { problems.add("missing_key", at: base, "a polling trigger needs interval (seconds)") }
                _ = valuePath(t.dedupeKey, at: "\(base).dedupe_key")
            } else {
                requireOperation(t.subscribe, "subscribe", &self)
                requireOperation(t.unsubscribe, "unsubscribe", &self)
                if let s = t.signature { requireField(s.secretField, at: "\(base).signature.secret_field", what: "signature.secret_field") }
            }
        }
    }
}
