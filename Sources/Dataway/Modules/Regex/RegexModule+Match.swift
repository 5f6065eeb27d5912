/// The methods of `re.Match`.
extension RegexModule {
    static func matchReceiver(_ v: Value) throws -> PyRegexMatch {
        guard let m = v.asNative as? PyRegexMatch else { throw PyException.make(.typeError, "descriptor requires a 're.Match' object") }
        return m
    }

    /// Runs `body` with the match `v` holds, borrowed rather than retained.
    @inline(__always)
    static func withMatch<R>(_ v: borrowing Value, _ body: (PyRegexMatch) throws -> R) throws -> R {
        guard let u = peekObject(v), u._withUnsafeGuaranteedRef({ $0 is PyRegexMatch }) else {
            throw PyException.make(.typeError, "descriptor requires a 're.Match' object")
        }
        return try u._withUnsafeGuaranteedRef { try body(unsafeDowncast($0, to: PyRegexMatch.self)) }
    }

    /// `start`, `end` and `span` share their argument handling.
    static func spanMethod(_ name: String, _ pick: @escaping @Sendable ((Int, Int)) -> Value) -> MethodFn {
        { _, r, a in
            try a.expect(name, min: 0, max: 1)
            let m = try matchReceiver(r)
            let g = try a.at(0).map { try m.groupNumber($0) } ?? 0
            return pick(m.span(g))
        }
    }

    static let matchMethods: [String: MethodBox] = [
        "group": MethodBox { _, r, a in
            try a.expect("group", min: 0, max: Int.max)
            return try withMatch(r) { m in
                if a.count == 0 { return m.group(0) }
                // Arguments read in place (a subscript would copy them).
                let args = a.values.baseAddress.unsafelyUnwrapped
                if a.count == 1 { return m.group(try m.groupNumber(at: args)) }
                return .tuple(try (0..<a.count).map { m.group(try m.groupNumber(at: args + $0)) })
            }
        },
        "groups": MethodBox { _, r, a in
            try a.expect("groups", min: 0, max: 1, keywords: ["default"])
            let m = try matchReceiver(r)
            let d = a.argument(0, "default") ?? .none
            if m.groupCount == 0 { return .tuple([]) }
            return .tuple((1...m.groupCount).map { m.group($0, d) })
        },
        "groupdict": MethodBox { _, r, a in
            try a.expect("groupdict", min: 0, max: 1, keywords: ["default"])
            let m = try matchReceiver(r)
            let d = a.argument(0, "default") ?? .none
            let out = PyDict()
            for (n, i) in m.pattern.compiled.groupNames { out.set(n, m.group(i, d)) }
            return .object(out)
        },
        "start": MethodBox(spanMethod("start") { .int($0.0) }),
        "end": MethodBox(spanMethod("end") { .int($0.1) }),
        "span": MethodBox(spanMethod("span") { .tuple([.int($0.0), .int($0.1)]) }),
        "expand": MethodBox { _, r, a in
            try a.expect("expand", min: 1, max: 1, keywords: ["template"])
            let m = try matchReceiver(r)
            guard let t = a.argument(0, "template")?.asStr else {
                throw PyException.make(.typeError, "expected str instance")
            }
            return .str(try RegexTemplate.parse(t.value, m.pattern.compiled).expand(m))
        },
    ]
}
