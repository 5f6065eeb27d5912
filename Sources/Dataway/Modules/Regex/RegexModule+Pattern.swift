/// The methods of `re.Pattern` (the module functions forward to them).
extension RegexModule {
    static func receiver(_ v: Value) throws -> PyRegexPattern {
        guard let p = v.asNative as? PyRegexPattern else { throw PyException.make(.typeError, "descriptor requires a 're.Pattern' object") }
        return p
    }

    /// The subject string and the clamped `pos`/`endpos` of a search-like call.
    static func searchArgs(_ a: Args, _ name: String) throws -> (PyStr, Int, Int) {
        // The usual call: just the string.
        if a.count == 1 && !a.hasKeywords, let s = a.values[0].asStr { return (s, 0, s.count) }
        try a.expect(name, min: 0, max: 3, keywords: ["string", "pos", "endpos"])
        guard let sv = a.argument(0, "string") else {
            throw PyException.make(.typeError, "\(name)() missing required argument 'string' (pos 1)")
        }
        let s = try subjectArg(sv)
        var pos = try a.argument(1, "pos").map { try indexValue($0) } ?? 0
        var endpos = try a.argument(2, "endpos").map { try indexValue($0) } ?? Int.max
        pos = min(max(pos, 0), s.count)
        endpos = min(max(endpos, 0), s.count)
        return (s, pos, endpos)
    }

    static func matchOnce(_ vm: VM, _ recv: Value, _ a: Args, _ name: String, _ mode: RegexMode) throws -> Value {
        let p = try receiver(recv)
        let (s, pos, endpos) = try searchArgs(a, name)
        let subject = RegexSubject(s)
        let slots = try subject.withRunner(p.compiled.program, end: endpos, vm: vm) { r in
            try r.findSlots(from: pos, mode: mode, mustAdvance: false)
        }
        guard let slots else { return .none }
        return .object(PyRegexMatch(pattern: p, subject: subject, slots: slots, pos: pos, endpos: endpos))
    }

    /// Calls `body` with the slots of each successive match, valid during the call (CPython's
    /// iteration rules: after an empty match the next one may not be empty at the same place).
    static func forEachMatch(
        _ vm: VM, _ p: PyRegexPattern, _ subject: RegexSubject, pos: Int, endpos: Int, limit: Int,
        _ body: (UnsafeBufferPointer<Int>) throws -> Void
    ) throws {
        try subject.withRunner(p.compiled.program, end: endpos, vm: vm) { r in
            var start = pos
            var mustAdvance = false
            var n = 0
            while start <= endpos && (limit == 0 || n < limit) {
                guard try r.find(from: start, mode: .search, mustAdvance: mustAdvance) else { break }
                let slots = r.slots
                try body(slots)
                n += 1
                mustAdvance = slots[1] == slots[0]
                start = slots[1]
                try vm.charge()
            }
        }
    }

    static func groupValue(_ subject: RegexSubject, _ slots: UnsafeBufferPointer<Int>, _ g: Int, _ fallback: @autoclosure () -> Value)
        -> Value
    {
        let s = slots[2 * g]
        let e = slots[2 * g + 1]
        return s < 0 || e < 0 ? fallback() : .object(subject.sliceStr(s, e))
    }

    static func findall(_ vm: VM, _ recv: Value, _ a: Args, iterator: Bool) throws -> Value {
        let p = try receiver(recv)
        let (s, pos, endpos) = try searchArgs(a, iterator ? "finditer" : "findall")
        let subject = RegexSubject(s)
        let groups = p.compiled.groupCount
        var out: [Value] = []
        try forEachMatch(vm, p, subject, pos: pos, endpos: endpos, limit: 0) { slots in
            if out.isEmpty { out.reserveCapacity(4) }
            if iterator {
                out.append(.object(PyRegexMatch(pattern: p, subject: subject, slots: Array(slots), pos: pos, endpos: endpos)))
            } else if groups == 0 {
                out.append(groupValue(subject, slots, 0, .str("")))
            } else if groups == 1 {
                out.append(groupValue(subject, slots, 1, .str("")))
            } else {
                var items: [Value] = []
                items.reserveCapacity(groups)
                for g in 1...groups { items.append(groupValue(subject, slots, g, .str(""))) }
                out.append(.tuple(items))
            }
            if out.count & 0x3FF == 0 { try vm.checkSize(out.count) }
        }
        return iterator ? .object(PyIterator(.array(out, 0))) : .list(out)
    }

    static func split(_ vm: VM, _ recv: Value, _ a: Args) throws -> Value {
        let p = try receiver(recv)
        try a.expect("split", min: 0, max: 2, keywords: ["string", "maxsplit"])
        guard let sv = a.argument(0, "string") else {
            throw PyException.make(.typeError, "split() missing required argument 'string' (pos 1)")
        }
        let s = try subjectArg(sv)
        let maxsplit = try a.argument(1, "maxsplit").map { try indexValue($0) } ?? 0
        if maxsplit < 0 { return .list([.object(s)]) }
        let subject = RegexSubject(s)
        var out: [Value] = []
        var last = 0
        try forEachMatch(vm, p, subject, pos: 0, endpos: s.count, limit: maxsplit) { slots in
            out.append(.object(subject.sliceStr(last, slots[0])))
            for g in 0..<p.compiled.groupCount { out.append(groupValue(subject, slots, g + 1, .none)) }
            last = slots[1]
        }
        out.append(.object(subject.sliceStr(last, s.count)))
        return .list(out)
    }

    static func sub(_ vm: VM, _ recv: Value, _ a: Args, counted: Bool) throws -> Value {
        let name = counted ? "subn" : "sub"
        let p = try receiver(recv)
        try a.expect(name, min: 0, max: 3, keywords: ["repl", "string", "count"])
        guard let repl = a.argument(0, "repl"), let sv = a.argument(1, "string") else {
            throw PyException.make(.typeError, "\(name)() missing required argument 'string' (pos 2)")
        }
        let s = try subjectArg(sv)
        let count = try a.argument(2, "count").map { try indexValue($0) } ?? 0
        let subject = RegexSubject(s)
        var template: RegexTemplate?
        if let t = repl.asStr {
            template = try vm.regexState.template(t, p.compiled)
        } else if repl.asObject?.kind == .bytes {
            throw PyException.make(.typeError, "expected str instance, bytes found")
        }
        var out = ""
        var pieceCount = 0
        var last = 0
        var n = 0
        let literal: String? = template.flatMap { t in
            if t.parts.isEmpty { return "" }
            if t.literalOnly, case .literal(let text)? = t.parts.first { return text }
            return nil
        }
        func append(_ lo: Int, _ hi: Int) {
            if lo < hi {
                subject.append(lo, hi, to: &out)
                pieceCount += 1
            }
        }
        if count >= 0 {
            try forEachMatch(vm, p, subject, pos: 0, endpos: s.count, limit: count) { slots in
                append(last, slots[0])
                if let literal {
                    out += literal
                    pieceCount += 1
                } else if let template {
                    template.expand(subject, slots, into: &out)
                    pieceCount += 1
                } else {
                    let m = PyRegexMatch(pattern: p, subject: subject, slots: Array(slots), pos: 0, endpos: s.count)
                    let r = try vm.call(repl, [.object(m)])
                    if !r.isNone {
                        guard let t = r.asStr else {
                            throw PyException.make(
                                .typeError, "sequence item \(pieceCount): expected str instance, \(typeName(r)) found")
                        }
                        out += t.value
                        pieceCount += 1
                    }
                }
                last = slots[1]
                n += 1
                if out.utf8.count > 1 << 20 { try vm.checkSize(out.utf8.count) }
            }
        }
        // No substitution: the subject itself, as CPython returns it.
        if n == 0 { return counted ? .tuple([.object(s), .int(0)]) : .object(s) }
        append(last, s.count)
        try vm.checkSize(out.utf8.count)
        return counted ? .tuple([.str(out), .int(n)]) : .str(out)
    }

    static let patternMethods: [String: MethodBox] = [
        "search": MethodBox { vm, r, a in try matchOnce(vm, r, a, "search", .search) },
        "match": MethodBox { vm, r, a in try matchOnce(vm, r, a, "match", .match) },
        "fullmatch": MethodBox { vm, r, a in try matchOnce(vm, r, a, "fullmatch", .fullMatch) },
        "findall": MethodBox { vm, r, a in try findall(vm, r, a, iterator: false) },
        "finditer": MethodBox { vm, r, a in try findall(vm, r, a, iterator: true) },
        "split": MethodBox { vm, r, a in try split(vm, r, a) },
        "sub": MethodBox { vm, r, a in try sub(vm, r, a, counted: false) },
        "subn": MethodBox { vm, r, a in try sub(vm, r, a, counted: true) },
    ]
}
