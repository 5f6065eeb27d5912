/// The `re` module: Python's regular expressions, matched by Dataway's own backtracking engine.
enum RegexModule {
    // Process-wide immutable type objects.
    nonisolated(unsafe) static let errorType = PyType(name: "error", base: .exception, constructor: nil)
    nonisolated(unsafe) static let patternType = PyType(name: "re.Pattern", base: .object, constructor: nil)
    nonisolated(unsafe) static let matchType = PyType(name: "re.Match", base: .object, constructor: nil)

    /// `re.error` for a bad pattern (or the `ValueError` / `OverflowError` CPython raises instead).
    static func raise(_ error: Error, pattern: String) -> Error {
        guard let e = error as? RegexSyntaxError else { return error }
        if e.message.hasPrefix("\u{0}") { return PyException.make(.valueError, String(e.message.dropFirst())) }
        if e.message.hasPrefix("\u{1}") { return PyException.make(.overflowError, String(e.message.dropFirst())) }
        var text = e.message
        var extra: [String: Value] = ["msg": .str(e.message), "pattern": .str(pattern), "pos": .none, "lineno": .none, "colno": .none]
        if let pos = e.position {
            text += " at position \(pos)"
            let before = Array(pattern.unicodeScalars.prefix(pos))
            let line = before.filter { $0 == "\n" }.count + 1
            let col = pos - (before.lastIndex(of: "\n") ?? -1)
            if pattern.unicodeScalars.contains("\n") { text += " (line \(line), column \(col))" }
            extra["pos"] = .int(pos)
            extra["lineno"] = .int(line)
            extra["colno"] = .int(col)
        }
        let exc = PyException(type: errorType, args: [.str(text)])
        exc.extra = extra
        return PyRaise(exc)
    }

    static func subjectArg(_ v: Value) throws -> PyStr {
        if let s = v.asStr { return s }
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray {
            throw PyException.make(.typeError, "cannot use a string pattern on a bytes-like object")
        }
        throw PyException.make(.typeError, "expected string or bytes-like object, got '\(typeName(v))'")
    }

    static func flagsArg(_ v: Value?) throws -> Int {
        guard let v, !v.isNone else { return 0 }
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw PyException.make(.typeError, "unsupported operand type(s) for &: '\(typeName(v))' and 'int'")
        }
    }

    /// `re.compile(pattern, flags)` for a str or an already compiled pattern.
    static func pattern(_ vm: VM, _ v: Value, flags: Value?) throws -> PyRegexPattern {
        let f = try flagsArg(flags)
        if let p = v.asNative as? PyRegexPattern {
            if f != 0 { throw PyException.make(.valueError, "cannot process flags argument with a compiled pattern") }
            return p
        }
        guard let s = v.asStr else {
            if let o = v.asObject, o.kind == .bytes {
                throw PyException.make(.typeError, "Dataway's re module supports str patterns only")
            }
            throw PyException.make(.typeError, "first argument must be string or compiled pattern")
        }
        return try vm.regexState.pattern(s, flags: f)
    }

    static func fn(_ name: String, _ body: @escaping BuiltinFn) -> (String, Value) {
        (name, .object(PyBuiltinFunction(name, body)))
    }

    /// A module function that compiles its first argument and calls the pattern method of the same name.
    static func forward(_ name: String, params: [String]) -> (String, Value) {
        let method = patternMethods[name]
        let allowed = ["pattern"] + params + ["flags"]
        return fn(name) { vm, a in
            try a.expect(name, min: 0, max: params.count + 2, keywords: allowed)
            let flagIndex = params.count + 1
            guard let pv = a.argument(0, "pattern") else {
                throw PyException.make(.typeError, "\(name)() missing required argument 'pattern' (pos 1)")
            }
            let p = try pattern(vm, pv, flags: a.argument(flagIndex, "flags"))
            if let method, !a.hasKeywords, a.count >= 1, a.count <= flagIndex {
                // Positional only, no flags: the pattern's method takes the rest as they are.
                return try method.fn(vm, .object(p), Args(UnsafeBufferPointer(rebasing: a.values[1..<a.count])))
            }
            var positional: [Value] = []
            var keywords: [Value] = []
            var names: [String] = []
            for (i, n) in params.enumerated() {
                if let v = a.at(i + 1) {
                    positional.append(v)
                } else if let v = a.keyword(n) {
                    keywords.append(v)
                    names.append(n)
                }
            }
            guard let m = patternMethods[name] else { return .none }
            return try withArgs(positional + keywords, keywordNames: names) { try m.fn(vm, .object(p), $0) }
        }
    }

    nonisolated(unsafe) static let module: Value = {
        var attrs: [String: Value] = [
            "error": .object(errorType), "Pattern": .object(patternType), "Match": .object(matchType), "NOFLAG": .int(0),
        ]
        for (n, v) in RegexFlag.named {
            attrs[n] = .int(v)
            attrs[String(n.prefix(1))] = .int(v)
        }
        attrs["S"] = .int(RegexFlag.dotAll)
        attrs["X"] = .int(RegexFlag.verbose)
        attrs["T"] = nil
        let entries: [(String, Value)] = [
            forward("search", params: ["string"]),
            forward("match", params: ["string"]),
            forward("fullmatch", params: ["string"]),
            forward("findall", params: ["string"]),
            forward("finditer", params: ["string"]),
            forward("split", params: ["string", "maxsplit"]),
            forward("sub", params: ["repl", "string", "count"]),
            forward("subn", params: ["repl", "string", "count"]),
            fn("compile") { vm, a in
                try a.expect("compile", min: 1, max: 2, keywords: ["pattern", "flags"])
                guard let pv = a.argument(0, "pattern") else {
                    throw PyException.make(.typeError, "compile() missing required argument 'pattern' (pos 1)")
                }
                return .object(try pattern(vm, pv, flags: a.argument(1, "flags")))
            },
            fn("escape") { _, a in
                try a.expect("escape", min: 1, max: 1, keywords: ["pattern"])
                guard let s = a.argument(0, "pattern")?.asStr else {
                    throw PyException.make(.typeError, "escape() argument must be str")
                }
                let special = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".unicodeScalars)
                var out = String.UnicodeScalarView()
                for c in s.value.unicodeScalars {
                    if special.contains(c) { out.append("\\") }
                    out.append(c)
                }
                return .str(String(out))
            },
            fn("purge") { _, _ in .none },
        ]
        for (n, v) in entries { attrs[n] = v }
        return .object(PyModule(name: "re", attributes: attrs))
    }()
}
