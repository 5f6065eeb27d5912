/// Turns source text into tokens, producing INDENT/DEDENT from leading whitespace as Python does.
struct Lexer {
    private let src: [Unicode.Scalar]
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var indents: [Int] = [0]
    private var depth = 0  // bracket nesting
    private var openers: [(Unicode.Scalar, Int, Int)] = []  // open brackets: character, line, column
    private var unclosed: SyntaxIssue?
    private var tokens: [Token] = []
    private var atLineStart = true

    init(_ source: String) {
        var s = Array(source.unicodeScalars)
        if s.first == "\u{FEFF}" { s.removeFirst() }
        src = s
    }

    static func tokenize(_ source: String) throws(SyntaxIssue) -> [Token] {
        try tokenizeReportingUnclosed(source).tokens
    }

    /// The tokens and, when a bracket is never closed, that error; the parser reports it only when
    /// it does not fail earlier (as CPython's parser does).
    static func tokenizeReportingUnclosed(_ source: String) throws(SyntaxIssue) -> (tokens: [Token], unclosed: SyntaxIssue?) {
        var lx = Lexer(source)
        try lx.run()
        return (lx.tokens, lx.unclosed)
    }

    private var column: Int { pos - lineStart }

    private func peek(_ o: Int = 0) -> Unicode.Scalar? {
        pos + o < src.count ? src[pos + o] : nil
    }

    private func fail(_ msg: String, column c: Int? = nil) -> SyntaxIssue {
        SyntaxIssue(message: msg, line: line, column: c ?? column)
    }

    private mutating func add(_ kind: Token.Kind, _ text: String, col: Int, line l: Int? = nil) {
        tokens.append(Token(kind: kind, text: text, line: l ?? line, column: col))
    }

    private mutating func run() throws(SyntaxIssue) {
        while true {
            if atLineStart && depth == 0 {
                if try handleIndentation() { continue }
            }
            guard let c = peek() else { break }
            if c == " " || c == "\t" || c == "\u{0C}" {
                pos += 1
                continue
            }
            if c == "#" {
                while let d = peek(), d != "\n" { pos += 1 }
                continue
            }
            if c == "\\" && (peek(1) == "\n" || (peek(1) == "\r" && peek(2) == "\n")) {
                pos += peek(1) == "\r" ? 3 : 2
                line += 1
                lineStart = pos
                continue
            }
            if c == "\n" || c == "\r" {
                let col = column
                pos += (c == "\r" && peek(1) == "\n") ? 2 : 1
                if depth == 0 {
                    add(.newline, "", col: col)
                    atLineStart = true
                }
                line += 1
                lineStart = pos
                continue
            }
            if isIdentStart(c) {
                if let q = stringPrefixQuote() {
                    try lexString(prefixLength: q)
                    continue
                }
                let start = pos
                while let d = peek(), isIdentContinue(d) { pos += 1 }
                let name = String(String.UnicodeScalarView(src[start..<pos]))
                add(.name, name, col: start - lineStart)
                continue
            }
            if c == "\"" || c == "'" {
                try lexString(prefixLength: 0)
                continue
            }
            if c.properties.numericType != nil && c.isASCII || (c == "." && peek(1).map(isDigit) == true) {
                try lexNumber()
                continue
            }
            try lexOperator()
        }
        if let (c, l, col) = openers.first {
            unclosed = SyntaxIssue(message: "'\(Character(c))' was never closed", line: l, column: col)
        }
        if tokens.last.map({ $0.kind != .newline }) ?? false { add(.newline, "", col: column) }
        while indents.count > 1 {
            indents.removeLast()
            add(.dedent, "", col: 0)
        }
        add(.eof, "", col: 0)
    }

    /// Measures indentation at the start of a logical line. Returns true if it consumed a blank line.
    private mutating func handleIndentation() throws(SyntaxIssue) -> Bool {
        var width = 0
        var p = pos
        while p < src.count {
            let c = src[p]
            if c == " " {
                width += 1
            } else if c == "\t" {
                width = (width / 8 + 1) * 8
            } else if c == "\u{0C}" {
                width = 0
            } else {
                break
            }
            p += 1
        }
        // Blank or comment-only lines don't count.
        if p >= src.count || src[p] == "\n" || src[p] == "\r" || src[p] == "#" {
            pos = p
            while let d = peek(), d != "\n", d != "\r" { pos += 1 }
            if peek() == nil { atLineStart = false; return true }
            pos += (peek() == "\r" && peek(1) == "\n") ? 2 : 1
            line += 1
            lineStart = pos
            return true
        }
        pos = p
        atLineStart = false
        let current = indents.last ?? 0
        if width > current {
            indents.append(width)
            add(.indent, "", col: 0)
        } else if width < current {
            while let last = indents.last, last > width {
                indents.removeLast()
                add(.dedent, "", col: 0)
            }
            if indents.last != width {
                throw fail("unindent does not match any outer indentation level", column: width)
            }
        }
        return false
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    private func isIdentStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.value < 128 ? (c.value | 0x20 >= 97 && c.value | 0x20 <= 122) : c.properties.isXIDStart)
    }
    private func isIdentContinue(_ c: Unicode.Scalar) -> Bool {
        isIdentStart(c) || isDigit(c) || (c.value >= 128 && c.properties.isXIDContinue)
    }

    /// If the identifier at `pos` is a string prefix followed by a quote, its length.
    private func stringPrefixQuote() -> Int? {
        var n = 0
        while n < 3, let c = peek(n), "rRbBuUfF".unicodeScalars.contains(c) { n += 1 }
        guard n > 0, n <= 2, let q = peek(n), q == "\"" || q == "'" else { return nil }
        let p = String(String.UnicodeScalarView(src[pos..<pos + n])).lowercased()
        return ["r", "b", "u", "f", "rb", "br", "fr", "rf"].contains(p) ? n : nil
    }

    private mutating func lexString(prefixLength: Int) throws(SyntaxIssue) {
        let startCol = column
        let startLine = line
        var lit = StringLiteral()
        for i in 0..<prefixLength {
            switch src[pos + i] {
            case "r", "R": lit.isRaw = true
            case "b", "B": lit.isBytes = true
            case "f", "F": lit.isFString = true
            default: break
            }
        }
        pos += prefixLength
        let q = src[pos]
        let triple = peek(1) == q && peek(2) == q
        pos += triple ? 3 : 1
        lit.bodyLine = line
        lit.bodyColumn = column
        var body: [Unicode.Scalar] = []
        while true {
            guard let c = peek() else {
                throw SyntaxIssue(
                    message: triple
                        ? "unterminated triple-quoted string literal (detected at line \(line))"
                        : "unterminated string literal (detected at line \(line))",
                    line: startLine, column: startCol)
            }
            if c == q {
                if !triple {
                    pos += 1
                    break
                }
                if peek(1) == q && peek(2) == q {
                    pos += 3
                    break
                }
            }
            if c == "\n" || c == "\r" {
                if !triple {
                    throw SyntaxIssue(
                        message: "unterminated string literal (detected at line \(line))", line: startLine,
                        column: startCol)
                }
                pos += 1
                if c == "\r" && peek() == "\n" { pos += 1 }
                body.append("\n")
                line += 1
                lineStart = pos
                continue
            }
            if c == "\\" {
                guard let n = peek(1) else {
                    pos += 1
                    continue
                }
                body.append(c)
                body.append(n)
                pos += 2
                if n == "\n" || n == "\r" {
                    if n == "\r" && peek() == "\n" {
                        pos += 1
                        body[body.count - 1] = "\n"
                    }
                    line += 1
                    lineStart = pos
                }
                continue
            }
            body.append(c)
            pos += 1
        }
        if lit.isFString {
            lit.value = String(String.UnicodeScalarView(body))
        } else if lit.isBytes {
            lit.bytes = try decodeBytes(body, raw: lit.isRaw, line: startLine, col: startCol)
        } else {
            lit.value = lit.isRaw ? String(String.UnicodeScalarView(body)) : try Lexer.decodeEscapes(body, line: startLine, col: startCol)
        }
        var t = Token(kind: .string, text: "", line: startLine, column: startCol)
        t.string = lit
        tokens.append(t)
    }

    private mutating func lexNumber() throws(SyntaxIssue) {
        let start = pos
        var text = ""
        var isFloat = false
        func digits(_ ok: (Unicode.Scalar) -> Bool) {
            while let c = peek(), ok(c) || (c == "_" && peek(1).map(ok) == true) {
                if c != "_" { text.unicodeScalars.append(c) }
                pos += 1
            }
        }
        if peek() == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
            pos += 2
            if peek() == "_" { pos += 1 }
            let lower = Character(x).lowercased()
            let ok: (Unicode.Scalar) -> Bool = {
                switch lower {
                case "x": return $0.properties.isASCIIHexDigit
                case "o": return $0.value >= 48 && $0.value <= 55
                default: return $0 == "0" || $0 == "1"
                }
            }
            digits(ok)
            if text.isEmpty {
                throw fail("invalid \(lower == "x" ? "hexadecimal" : lower == "o" ? "octal" : "binary") literal", column: start - lineStart)
            }
            text = "0" + lower + text
        } else {
            digits(isDigit)
            if peek() == ".", !(peek(1).map { isIdentStart($0) } ?? false) || peek(1) == "e" || peek(1) == "E" {
                isFloat = true
                text += "."
                pos += 1
                digits(isDigit)
            }
            if let e = peek(), e == "e" || e == "E" {
                let save = pos
                var t2 = "e"
                pos += 1
                if let s = peek(), s == "+" || s == "-" {
                    t2.unicodeScalars.append(s)
                    pos += 1
                }
                if peek().map(isDigit) == true {
                    isFloat = true
                    text += t2
                    digits(isDigit)
                } else {
                    pos = save
                }
            }
        }
        if let c = peek(), c == "j" || c == "J" { throw fail("complex numbers are not supported", column: start - lineStart) }
        if let c = peek(), isIdentStart(c) { throw fail("invalid decimal literal", column: start - lineStart) }
        if !isFloat && text.count > 1 && text.first == "0" && !text.hasPrefix("0x") && !text.hasPrefix("0o") && !text.hasPrefix("0b")
            && text.contains(where: { $0 != "0" })
        {
            throw fail(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                column: start - lineStart)
        }
        add(isFloat ? .float : .int, text, col: start - lineStart)
    }

    private static let operators3: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    private static let operators2: Set<String> = [
        "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "->", ":=", "@=",
    ]
    private static let operators1: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".",
        ";", "=",
    ]

    private mutating func lexOperator() throws(SyntaxIssue) {
        let col = column
        func s(_ n: Int) -> String? {
            guard pos + n <= src.count else { return nil }
            return String(String.UnicodeScalarView(src[pos..<pos + n]))
        }
        if let t = s(3), Lexer.operators3.contains(t) {
            pos += 3
            add(.op, t, col: col)
            return
        }
        if let t = s(2), Lexer.operators2.contains(t) {
            pos += 2
            add(.op, t, col: col)
            return
        }
        let c = src[pos]
        guard Lexer.operators1.contains(c) else {
            if c == "$" || c == "?" || c == "`" || c == "!" {
                throw fail("invalid syntax")
            }
            throw fail("invalid character '\(Character(c))' (U+\(String(c.value, radix: 16, uppercase: true).leftPad(4)))")
        }
        pos += 1
        switch c {
        case "(", "[", "{":
            depth += 1
            openers.append((c, line, col))
            if depth > 200 { throw fail("too many nested parentheses", column: col) }
        case ")", "]", "}":
            guard let (open, _, _) = openers.last else { throw fail("unmatched '\(Character(c))'", column: col) }
            let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
            if c != expected {
                throw fail("closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open))'", column: col)
            }
            openers.removeLast()
            depth -= 1
        default: break
        }
        add(.op, String(Character(c)), col: col)
    }

    static func decodeEscapes(_ body: [Unicode.Scalar], line: Int, col: Int) throws(SyntaxIssue) -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        while i < body.count {
            let c = body[i]
            if c != "\\" || i + 1 >= body.count {
                out.append(c)
                i += 1
                continue
            }
            let n = body[i + 1]
            i += 2
            switch n {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var v = n.value - 48
                var k = 0
                while k < 2, i < body.count, body[i].value >= 48, body[i].value <= 55 {
                    v = v * 8 + body[i].value - 48
                    i += 1
                    k += 1
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            case "x", "u", "U":
                let len = n == "x" ? 2 : n == "u" ? 4 : 8
                guard i + len <= body.count, let v = UInt32(String(String.UnicodeScalarView(body[i..<i + len])), radix: 16) else {
                    throw SyntaxIssue(
                        message:
                            "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\\(n == "x" ? "xXX" : n == "u" ? "uXXXX" : "UXXXXXXXX") escape",
                        line: line, column: col)
                }
                guard let sc = Unicode.Scalar(v) else {
                    throw SyntaxIssue(
                        message: "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", line: line,
                        column: col)
                }
                out.append(sc)
                i += len
            default:
                out.append("\\")
                out.append(n)
            }
        }
        return String(out)
    }

    private func decodeBytes(_ body: [Unicode.Scalar], raw: Bool, line: Int, col: Int) throws(SyntaxIssue) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            let c = body[i]
            guard c.isASCII else {
                throw SyntaxIssue(message: "bytes can only contain ASCII literal characters", line: line, column: col)
            }
            if raw || c != "\\" || i + 1 >= body.count {
                out.append(UInt8(c.value))
                i += 1
                continue
            }
            let n = body[i + 1]
            i += 2
            switch n {
            case "\n": break
            case "\\": out.append(92)
            case "'": out.append(39)
            case "\"": out.append(34)
            case "a": out.append(7)
            case "b": out.append(8)
            case "f": out.append(12)
            case "n": out.append(10)
            case "r": out.append(13)
            case "t": out.append(9)
            case "v": out.append(11)
            case "0"..."7":
                var v = n.value - 48
                var k = 0
                while k < 2, i < body.count, body[i].value >= 48, body[i].value <= 55 {
                    v = v * 8 + body[i].value - 48
                    i += 1
                    k += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case "x":
                guard i + 2 <= body.count, let v = UInt8(String(String.UnicodeScalarView(body[i..<i + 2])), radix: 16) else {
                    throw SyntaxIssue(message: "(value error) invalid \\x escape at position \(i - 2)", line: line, column: col)
                }
                out.append(v)
                i += 2
            default:
                out.append(92)
                out.append(UInt8(n.value))
            }
        }
        return out
    }
}

extension String {
    func leftPad(_ n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
