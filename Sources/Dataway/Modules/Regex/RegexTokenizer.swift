/// Reads a pattern one token at a time: a code point, or a backslash and the code point after it
/// (CPython's `re._parser.Tokenizer`). Positions are code point offsets into the pattern.
struct RegexTokenizer {
    let chars: [Unicode.Scalar]
    var index = 0
    /// The current token (nil at the end).
    private(set) var next: String?

    init(_ pattern: String) throws(RegexSyntaxError) {
        chars = Array(pattern.unicodeScalars)
        try advance()
    }

    private mutating func advance() throws(RegexSyntaxError) {
        var i = index
        guard i < chars.count else {
            next = nil
            return
        }
        var s = String(chars[i])
        if chars[i] == "\\" {
            i += 1
            guard i < chars.count else { throw RegexSyntaxError(message: "bad escape (end of pattern)", position: chars.count - 1) }
            s.unicodeScalars.append(chars[i])
        }
        index = i + 1
        next = s
    }

    /// Consumes `token` if it is next.
    mutating func match(_ token: String) throws(RegexSyntaxError) -> Bool {
        if next == token {
            try advance()
            return true
        }
        return false
    }

    mutating func get() throws(RegexSyntaxError) -> String? {
        let t = next
        try advance()
        return t
    }

    /// Up to `n` tokens that are single characters in `set`.
    mutating func getWhile(_ n: Int, _ set: String) throws(RegexSyntaxError) -> String {
        var r = ""
        for _ in 0..<n {
            guard let c = next, c.unicodeScalars.count == 1, set.unicodeScalars.contains(c.unicodeScalars.first!) else { break }
            r += c
            try advance()
        }
        return r
    }

    mutating func getUntil(_ terminator: String, _ name: String) throws(RegexSyntaxError) -> String {
        var r = ""
        while true {
            let c = next
            try advance()
            guard let c else {
                if r.isEmpty { throw error("missing " + name) }
                throw error("missing \(terminator), unterminated name", r.unicodeScalars.count)
            }
            if c == terminator {
                if r.isEmpty { throw error("missing " + name, 1) }
                break
            }
            r += c
        }
        return r
    }

    var pos: Int { index - (next?.unicodeScalars.count ?? 0) }

    mutating func seek(_ i: Int) throws(RegexSyntaxError) {
        index = i
        try advance()
    }

    func error(_ msg: String, _ offset: Int = 0) -> RegexSyntaxError {
        RegexSyntaxError(message: msg, position: pos - offset)
    }

    mutating func checkGroupName(_ name: String, _ offset: Int) throws(RegexSyntaxError) {
        if !isIdentifier(name) {
            throw error("bad character in group name \(strRepr(name))", name.unicodeScalars.count + offset)
        }
    }
}

/// `str.isidentifier()` (close enough: XID rules on the scalars).
func isIdentifier(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first else { return false }
    if !(first == "_" || first.properties.isXIDStart) { return false }
    return s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
}

extension String {
    /// The single code point of a one-character token.
    var scalarValue: UInt32 { unicodeScalars.first?.value ?? 0 }
    var scalarCount: Int { unicodeScalars.count }
}
