/// A replacement template of `sub` and `Match.expand`: literal text and group references
/// (CPython's `re._parser.parse_template`).
struct RegexTemplate {
    enum Part {
        case literal(String)
        case group(Int)
    }
    var parts: [Part] = []
    /// True when the template has no group references (the replacement is the same every time).
    var literalOnly: Bool { parts.allSatisfy { if case .literal = $0 { return true } else { return false } } }

    static func parse(_ template: String, _ compiled: RegexCompiled) throws -> RegexTemplate {
        do {
            return try parseTemplate(template, compiled)
        } catch let e as RegexSyntaxError {
            throw RegexModule.raise(e, pattern: template)
        }
    }

    private static func parseTemplate(_ template: String, _ compiled: RegexCompiled) throws -> RegexTemplate {
        var out = RegexTemplate()
        // Fast path: no backslash at all.
        if !template.utf8.contains(92) {
            out.parts = [.literal(template)]
            return out
        }
        var s = try RegexTokenizer(template)
        var literal = ""
        func addGroup(_ index: Int, _ offset: Int, _ s: RegexTokenizer) throws {
            if index > compiled.groupCount { throw s.error("invalid group reference \(index)", offset) }
            if !literal.isEmpty {
                out.parts.append(.literal(literal))
                literal = ""
            }
            out.parts.append(.group(index))
        }
        while let this = try s.get() {
            guard this.unicodeScalars.first == "\\", let c = this.unicodeScalars.dropFirst().first else {
                literal += this
                continue
            }
            if c == "g" {
                if !(try s.match("<")) { throw s.error("missing <") }
                let name = try s.getUntil(">", "group name")
                let index: Int
                if isIdentifier(name) {
                    guard let i = compiled.groupIndex(name) else {
                        throw PyException.make(.indexError, "unknown group name \(strRepr(name))")
                    }
                    index = i
                } else {
                    guard name.allSatisfy({ $0.isASCII && $0.isNumber }), let i = Int(name) else {
                        throw s.error("bad character in group name \(strRepr(name))", name.scalarCount + 1)
                    }
                    index = i
                }
                try addGroup(index, name.scalarCount + 1, s)
            } else if c == "0" {
                var t = this
                if let n = s.next, n.scalarCount == 1, RegexParser.octDigits.contains(n) {
                    t += try s.get() ?? ""
                    if let n2 = s.next, n2.scalarCount == 1, RegexParser.octDigits.contains(n2) { t += try s.get() ?? "" }
                }
                let v = (UInt32(String(t.unicodeScalars.dropFirst()), radix: 8) ?? 0) & 0xFF
                literal.unicodeScalars.append(Unicode.Scalar(v) ?? "\0")
            } else if RegexParser.digits.unicodeScalars.contains(c) {
                var t = this
                var isOctal = false
                if let n = s.next, n.scalarCount == 1, RegexParser.digits.contains(n) {
                    t += try s.get() ?? ""
                    let chars = Array(t.unicodeScalars)
                    if RegexParser.octDigits.unicodeScalars.contains(c) && RegexParser.octDigits.unicodeScalars.contains(chars[2]),
                        let n2 = s.next, n2.scalarCount == 1, RegexParser.octDigits.contains(n2)
                    {
                        t += try s.get() ?? ""
                        isOctal = true
                        let v = UInt32(String(t.unicodeScalars.dropFirst()), radix: 8) ?? 0
                        if v > 0o377 { throw s.error("octal escape value \(t) outside of range 0-0o377", t.scalarCount) }
                        literal.unicodeScalars.append(Unicode.Scalar(v) ?? "\0")
                    }
                }
                if !isOctal { try addGroup(Int(String(t.unicodeScalars.dropFirst())) ?? 0, t.scalarCount - 1, s) }
            } else if let v = RegexParser.simpleEscapes[this] {
                literal.unicodeScalars.append(Unicode.Scalar(v) ?? "\0")
            } else {
                if RegexParser.isASCIILetter(c) { throw s.error("bad escape \(this)", this.scalarCount) }
                literal += this
            }
        }
        if !literal.isEmpty { out.parts.append(.literal(literal)) }
        return out
    }

    /// Appends the replacement for the match with capture `slots` in `subject` to `out`.
    func expand(_ subject: RegexSubject, _ slots: UnsafeBufferPointer<Int>, into out: inout String) {
        for p in parts {
            switch p {
            case .literal(let s): out += s
            case .group(let g):
                let s = slots[2 * g]
                let e = slots[2 * g + 1]
                if s >= 0 && e >= 0 { subject.append(s, e, to: &out) }
            }
        }
    }

    /// The replacement text for a match.
    func expand(_ m: PyRegexMatch) -> String {
        var out = ""
        m.slots.withUnsafeBufferPointer { expand(m.subject, $0, into: &out) }
        return out
    }
}
