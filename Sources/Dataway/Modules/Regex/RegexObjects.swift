/// `re.Pattern`: a compiled pattern.
final class PyRegexPattern: PyNativeObject {
    let compiled: RegexCompiled

    init(_ compiled: RegexCompiled) {
        self.compiled = compiled
        super.init()
    }

    override var nativeType: PyType { RegexModule.patternType }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "pattern": return .str(compiled.source)
        case "flags": return .int(compiled.flags)
        case "groups": return .int(compiled.groupCount)
        case "groupindex":
            let d = PyDict()
            for (n, i) in compiled.groupNames { d.set(n, .int(i)) }
            return .object(d)
        default: return nil
        }
    }

    override func method(_ name: String) -> MethodFn? { RegexModule.patternMethods[name]?.fn }
    override var methodsByID: UnsafeMutablePointer<Unmanaged<MethodBox>?>? { MethodRegistry.patternPointer }

    override func repr() -> String {
        var s = "re.compile(" + strRepr(String(compiled.source.unicodeScalars.prefix(200)))
        var flags = compiled.flags & ~RegexFlag.unicode
        if flags != 0 {
            var names: [String] = []
            for (n, bit) in RegexFlag.named where flags & bit != 0 {
                names.append("re." + n)
                flags &= ~bit
            }
            if flags != 0 { names.append("0x" + String(flags, radix: 16)) }
            s += ", " + names.joined(separator: "|")
        }
        return s + ")"
    }

    override func equals(_ other: Value) -> Bool? {
        guard let o = other.asNative as? PyRegexPattern else { return nil }
        return o.compiled.source == compiled.source && o.compiled.flags == compiled.flags
    }

    override func keyHash() throws -> Int? { hashString(compiled.source) ^ compiled.flags }
}

/// `re.Match`: the result of a successful match.
final class PyRegexMatch: PyNativeObject {
    let pattern: PyRegexPattern
    let subject: RegexSubject
    /// Capture slots: start and end of group 0, 1, ...; then the last index.
    let slots: [Int]
    let pos: Int
    let endpos: Int

    init(pattern: PyRegexPattern, subject: RegexSubject, slots: [Int], pos: Int, endpos: Int) {
        self.pattern = pattern
        self.subject = subject
        self.slots = slots
        self.pos = pos
        self.endpos = endpos
        super.init()
    }

    override var nativeType: PyType { RegexModule.matchType }

    var groupCount: Int { pattern.compiled.groupCount }

    var lastIndex: Int? {
        let li = slots[slots.count - 1]
        return li > 0 ? li : nil
    }

    /// The group number for an argument of `group()`, `start()`, ...
    func groupNumber(_ v: Value) throws -> Int { try withUnsafePointer(to: v) { try groupNumber(at: $0) } }

    /// The group number for the argument at `p`, read in place (no reference counting).
    func groupNumber(at p: UnsafePointer<Value>) throws -> Int {
        if let u = peekObject(p),
            let i = u._withUnsafeGuaranteedRef({ o in
                // The compiled pattern is borrowed: the match holds the pattern, which holds it.
                o.kind == .str
                    ? Unmanaged.passUnretained(pattern.compiled)._withUnsafeGuaranteedRef {
                        $0.groupIndex(unsafeDowncast(o, to: PyStr.self))
                    } : nil
            })
        {
            return i
        }
        switch p.pointee {
        case .int(let i) where i >= 0 && i <= groupCount: return i
        case .bool(let b): return b ? 1 : 0
        default: throw PyException.make(.indexError, "no such group")
        }
    }

    /// The text of group `g`, or `fallback` when it did not take part.
    func group(_ g: Int, _ fallback: Value = .none) -> Value {
        let s = slots[2 * g]
        let e = slots[2 * g + 1]
        if s < 0 || e < 0 { return fallback }
        return .object(subject.sliceStr(s, e))
    }

    func span(_ g: Int) -> (Int, Int) {
        let s = slots[2 * g]
        let e = slots[2 * g + 1]
        return s < 0 || e < 0 ? (-1, -1) : (s, e)
    }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "pos": return .int(pos)
        case "endpos": return .int(endpos)
        case "string": return .object(subject.str)
        case "re": return .object(pattern)
        case "lastindex": return lastIndex.map { Value.int($0) } ?? Value.none
        case "lastgroup":
            guard let li = lastIndex, let name = pattern.compiled.groupNames.first(where: { $0.1 == li })?.0 else { return Value.none }
            return .str(name)
        case "regs":
            return .tuple(
                (0...groupCount).map { g in
                    let (s, e) = span(g)
                    return .tuple([.int(s), .int(e)])
                })
        default: return nil
        }
    }

    override func method(_ name: String) -> MethodFn? { RegexModule.matchMethods[name]?.fn }
    override var methodsByID: UnsafeMutablePointer<Unmanaged<MethodBox>?>? { MethodRegistry.matchPointer }

    override func getItem(_ vm: VM, _ key: Value) throws -> Value? { group(try groupNumber(key)) }

    override func repr() -> String {
        let (s, e) = span(0)
        return "<re.Match object; span=(\(s), \(e)), match=\(strRepr(subject.slice(s, e)))>"
    }
}
