/// The `urllib` package and its `urllib.parse` module.
enum URLLibModule {
    // Immutable process-wide type objects.
    nonisolated(unsafe) static let parseResultType = nativeType("ParseResult")
    nonisolated(unsafe) static let splitResultType = nativeType("SplitResult")

    static func text(_ v: Value?, _ fn: String, _ def: String = "") throws -> String {
        guard let v, !v.isNone else { return def }
        if let s = v.asStr { return s.value }
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray {
            throw PyException.make(.typeError, "\(fn)() of bytes is not supported in Dataway; decode the bytes first")
        }
        throw PyException.make(.attributeError, "'\(typeName(v))' object has no attribute 'decode'")
    }

    static func quoteFn(plus: Bool) -> BuiltinFn {
        { _, a in
            let name = plus ? "quote_plus" : "quote"
            try a.expect(name, min: 1, max: 4, keywords: ["string", "safe", "encoding", "errors"])
            let s = a.argument(0, "string") ?? .none
            let enc = try text(a.argument(2, "encoding"), name, "utf-8")
            let errs = try text(a.argument(3, "errors"), name, "strict")
            var safe = try URLQuoting.safeBytes(a.argument(1, "safe")) ?? (plus ? [] : [47])
            var data = try URLQuoting.data(s, encoding: enc, errors: errs)
            if plus && data.contains(32) {
                safe.append(32)
                data = data.map { $0 }
                return .str(ModuleKit.replace(URLQuoting.quote(data, safe: safe), " ", "+"))
            }
            return .str(URLQuoting.quote(data, safe: safe))
        }
    }

    static func unquoteFn(plus: Bool) -> BuiltinFn {
        { _, a in
            let name = plus ? "unquote_plus" : "unquote"
            try a.expect(name, min: 1, max: 3, keywords: ["string", "encoding", "errors"])
            let v = a.argument(0, "string") ?? .none
            guard var s = v.asStr?.value else {
                if let o = v.asObject, o.kind == .bytes {
                    throw PyException.make(.typeError, "a bytes-like object is required, not 'str'")
                }
                throw PyException.make(.typeError, "Expected str, got \(typeName(v))")
            }
            if plus { s = ModuleKit.replace(s, "+", " ") }
            return .str(
                try URLQuoting.unquote(
                    s, encoding: try text(a.argument(1, "encoding"), name, "utf-8"),
                    errors: try text(a.argument(2, "errors"), name, "replace")))
        }
    }

    static func parseQSL(_ a: Args, _ name: String) throws -> [(String, String)] {
        try a.expect(
            name, min: 1, max: 7,
            keywords: ["qs", "keep_blank_values", "strict_parsing", "encoding", "errors", "max_num_fields", "separator"])
        let qs = try text(a.argument(0, "qs"), name)
        let keep = try a.argument(1, "keep_blank_values").map(truthy) ?? false
        let strict = try a.argument(2, "strict_parsing").map(truthy) ?? false
        let enc = try text(a.argument(3, "encoding"), name, "utf-8")
        let errs = try text(a.argument(4, "errors"), name, "replace")
        let sepV = a.argument(6, "separator")
        guard let sep = sepV.map({ $0.asStr?.value }) ?? "&", !sep.isEmpty else {
            throw PyException.make(.valueError, "Separator must be of type string or bytes.")
        }
        if let m = a.argument(5, "max_num_fields"), !m.isNone {
            let limit = try indexValue(m)
            if 1 + ModuleKit.split(qs, sep).count - 1 > limit { throw PyException.make(.valueError, "Max number of fields exceeded") }
        }
        var out: [(String, String)] = []
        for field in qs.isEmpty ? [] : ModuleKit.split(qs, sep) {
            if field.isEmpty && !strict { continue }
            var nv = URLSplit.split1(field, "=").map { [$0.0, $0.1] } ?? [field]
            if nv.count != 2 {
                if strict { throw PyException.make(.valueError, "bad query field: \(strRepr(field))") }
                if keep { nv.append("") } else { continue }
            }
            if !nv[1].isEmpty || keep {
                out.append(
                    (
                        try URLQuoting.unquote(ModuleKit.replace(nv[0], "+", " "), encoding: enc, errors: errs),
                        try URLQuoting.unquote(ModuleKit.replace(nv[1], "+", " "), encoding: enc, errors: errs)
                    ))
            }
        }
        return out
    }

    /// `urlencode`'s quoting of one key or value.
    static func encodeItem(_ vm: VM, _ v: Value, safe: [UInt8], via: Value?) throws -> String {
        if let via {
            let r = try vm.call(via, [v, .str(String(decoding: safe, as: UTF8.self))])
            return try pyStr(r)
        }
        let data: [UInt8]
        if let o = v.asObject, o.kind == .bytes {
            data = unsafeDowncast(o, to: PyBytes.self).bytes
        } else {
            data = Array(try pyStr(v).utf8)
        }
        var s = safe
        if data.contains(32) {
            s.append(32)
            return ModuleKit.replace(URLQuoting.quote(data, safe: s), " ", "+")
        }
        return URLQuoting.quote(data, safe: s)
    }

    static let urlencode: BuiltinFn = { vm, a in
        try a.expect("urlencode", min: 1, max: 6, keywords: ["query", "doseq", "safe", "encoding", "errors", "quote_via"])
        let q = a.argument(0, "query") ?? .none
        let doseq = try a.argument(1, "doseq").map(truthy) ?? false
        let safe = try URLQuoting.safeBytes(a.argument(2, "safe")) ?? []
        let via = a.argument(5, "quote_via")
        var pairs: [(Value, Value)] = []
        if let d = q.asDict {
            for s in 0..<d.table.slotCount where d.table.isLive(s) { pairs.append((d.table.key(at: s), d.table.value(at: s))) }
        } else if q.asObject?.kind == .multimap {
            for item in try hostIterable(q.asObject!, items: true) {
                let kv = try vm.iterateToArray(item)
                pairs.append((kv[0], kv[1]))
            }
        } else {
            guard q.asStr == nil, let items = try? vm.iterateToArray(q), items.allSatisfy({ $0.asTuple != nil }) || items.isEmpty else {
                throw PyException.make(.typeError, "not a valid non-string sequence or mapping object")
            }
            for item in items {
                let kv = try vm.iterateToArray(item)
                guard kv.count == 2 else { throw PyException.make(.valueError, "too many values to unpack (expected 2)") }
                pairs.append((kv[0], kv[1]))
            }
        }
        var parts: [String] = []
        for (k, v) in pairs {
            let key = try encodeItem(vm, k, safe: safe, via: via)
            let isText = v.asStr != nil || v.object(ofKind: .bytes) != nil
            if doseq && !isText, (try? length(v)) != nil {
                for elt in try vm.iterateToArray(v) { parts.append(key + "=" + (try encodeItem(vm, elt, safe: safe, via: via))) }
            } else {
                parts.append(key + "=" + (try encodeItem(vm, v, safe: safe, via: via)))
            }
        }
        return .str(parts.joined(separator: "&"))
    }

    static func components(_ vm: VM, _ v: Value, _ n: Int) throws -> [String] {
        let items = try vm.iterateToArray(v)
        guard items.count == n else {
            throw PyException.make(.valueError, "not enough values to unpack (expected \(n), got \(items.count))")
        }
        return try items.map { try text($0, "urlunparse") }
    }

    nonisolated(unsafe) static let parse: Value = ModuleKit.module(
        "urllib.parse",
        functions: [
            "quote": BuiltinBox(quoteFn(plus: false)), "quote_plus": BuiltinBox(quoteFn(plus: true)),
            "unquote": BuiltinBox(unquoteFn(plus: false)), "unquote_plus": BuiltinBox(unquoteFn(plus: true)),
            "urlencode": BuiltinBox(urlencode),
            "urlsplit": BuiltinBox { _, a in
                try a.expect("urlsplit", min: 1, max: 3, keywords: ["url", "scheme", "allow_fragments"])
                let parts = try URLSplit.split(
                    try text(a.argument(0, "url"), "urlsplit"), scheme: try text(a.argument(1, "scheme"), "urlsplit"),
                    allowFragments: try a.argument(2, "allow_fragments").map(truthy) ?? true)
                return .object(PyURLResult(parts, split: true))
            },
            "urlparse": BuiltinBox { _, a in
                try a.expect("urlparse", min: 1, max: 3, keywords: ["url", "scheme", "allow_fragments"])
                let parts = try URLSplit.parse(
                    try text(a.argument(0, "url"), "urlparse"), scheme: try text(a.argument(1, "scheme"), "urlparse"),
                    allowFragments: try a.argument(2, "allow_fragments").map(truthy) ?? true)
                return .object(PyURLResult(parts, split: false))
            },
            "urlunsplit": BuiltinBox { vm, a in
                try a.expect("urlunsplit", min: 1, max: 1, keywords: ["components"])
                return .str(URLSplit.unsplit(try components(vm, a.argument(0, "components") ?? .none, 5)))
            },
            "urlunparse": BuiltinBox { vm, a in
                try a.expect("urlunparse", min: 1, max: 1, keywords: ["components"])
                return .str(URLSplit.unparse(try components(vm, a.argument(0, "components") ?? .none, 6)))
            },
            "urljoin": BuiltinBox { _, a in
                try a.expect("urljoin", min: 2, max: 3, keywords: ["base", "url", "allow_fragments"])
                return .str(
                    try URLSplit.join(
                        try text(a.argument(0, "base"), "urljoin"), try text(a.argument(1, "url"), "urljoin"),
                        allowFragments: try a.argument(2, "allow_fragments").map(truthy) ?? true))
            },
            "parse_qsl": BuiltinBox { _, a in .list(try parseQSL(a, "parse_qsl").map { .tuple([.str($0.0), .str($0.1)]) }) },
            "parse_qs": BuiltinBox { _, a in
                let d = PyDict()
                for (k, v) in try parseQSL(a, "parse_qs") {
                    if let l = d.get(k)?.asList { l.items.append(.str(v)) } else { d.set(k, .list([.str(v)])) }
                }
                return .object(d)
            },
        ])

    nonisolated(unsafe) static let package: Value = .object(PyModule(name: "urllib", attributes: ["parse": parse]))
}
