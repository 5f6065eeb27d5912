/// Recursive-descent parser for the Dataway subset of Python 3.
///
/// Nesting is bounded (`maxNesting`) so hostile input gets a `SyntaxError` instead of exhausting the
/// native stack.
struct Parser {
    var tokens: [Token]
    var pos = 0
    var nesting = 0
    var blockDepth = 0
    static let maxNesting = 200
    static let maxHeight = 1000

    init(tokens: [Token]) { self.tokens = tokens }

    static func parseModule(_ source: String) throws(SyntaxIssue) -> [Stmt] {
        let (tokens, unclosed) = try Lexer.tokenizeReportingUnclosed(source)
        var p = Parser(tokens: tokens)
        var body: [Stmt] = []
        do throws(SyntaxIssue) {
            while p.tok.kind != .eof {
                if p.tok.kind == .newline {
                    p.pos += 1
                    continue
                }
                body += try p.statement()
            }
        } catch {
            // An error past the line of a bracket that is never closed is that bracket's fault.
            if let unclosed, error.line > unclosed.line || p.tok.kind == .eof { throw unclosed }
            throw error
        }
        if let unclosed { throw unclosed }
        return body
    }

    static func parseExpression(_ source: String) throws(SyntaxIssue) -> Expr {
        let (tokens, unclosed) = try Lexer.tokenizeReportingUnclosed(source)
        var p = Parser(tokens: tokens)
        do throws(SyntaxIssue) {
            while p.tok.kind == .newline || p.tok.kind == .indent { p.pos += 1 }
            let e = try p.starExpressions()
            while p.tok.kind == .newline || p.tok.kind == .dedent { p.pos += 1 }
            if p.tok.kind != .eof { throw p.syntaxError() }
            if let unclosed { throw unclosed }
            return e
        } catch {
            throw unclosed ?? error
        }
    }

    // MARK: token helpers

    var tok: Token { tokens[pos] }
    func peekTok(_ n: Int = 1) -> Token { tokens[min(pos + n, tokens.count - 1)] }

    func isOp(_ s: String) -> Bool { tok.kind == .op && tok.text == s }
    func isKeyword(_ s: String) -> Bool { tok.kind == .name && tok.text == s }

    mutating func accept(_ s: String) -> Bool {
        if (tok.kind == .op || tok.kind == .name) && tok.text == s {
            pos += 1
            return true
        }
        return false
    }

    mutating func expect(_ s: String) throws(SyntaxIssue) {
        if !accept(s) {
            if s == ":" { throw issue("expected ':'") }
            if s == ")" || s == "]" || s == "}" {
                if tok.kind == .newline || tok.kind == .eof { throw issue("'\(opener(s))' was never closed") }
            }
            throw syntaxError()
        }
    }

    private func opener(_ s: String) -> String { s == ")" ? "(" : s == "]" ? "[" : "{" }

    func issue(_ msg: String, _ t: Token? = nil) -> SyntaxIssue {
        let t = t ?? tok
        return SyntaxIssue(message: msg, line: t.line, column: t.column)
    }

    func syntaxError() -> SyntaxIssue {
        if tok.kind == .indent { return issue("unexpected indent") }
        if tok.kind == .eof { return issue("unexpected EOF while parsing") }
        return issue("invalid syntax")
    }

    mutating func name() throws(SyntaxIssue) -> String {
        guard tok.kind == .name, !pythonKeywords.contains(tok.text) else { throw syntaxError() }
        defer { pos += 1 }
        return tok.text
    }

    // MARK: statements

    mutating func block() throws(SyntaxIssue) -> [Stmt] {
        try expect(":")
        if tok.kind != .newline {
            return try simpleStatements()
        }
        pos += 1
        while tok.kind == .newline { pos += 1 }
        guard tok.kind == .indent else { throw issue("expected an indented block") }
        pos += 1
        blockDepth += 1
        if blockDepth > 100 { throw issue("too many levels of indentation") }
        defer { blockDepth -= 1 }
        var body: [Stmt] = []
        while tok.kind != .dedent && tok.kind != .eof {
            if tok.kind == .newline {
                pos += 1
                continue
            }
            body += try statement()
        }
        if tok.kind == .dedent { pos += 1 }
        return body
    }

    mutating func statement() throws(SyntaxIssue) -> [Stmt] {
        let t = tok
        if t.kind == .indent { throw issue("unexpected indent") }
        if t.kind == .name {
            switch t.text {
            case "if": return [try ifStatement()]
            case "while":
                pos += 1
                let cond = try namedExpression()
                let body = try block()
                var orElse: [Stmt] = []
                if isKeyword("else") {
                    pos += 1
                    orElse = try block()
                }
                return [Stmt(.while(cond, body, orElse: orElse), line: t.line, column: t.column)]
            case "for":
                pos += 1
                let target = try targetList()
                guard accept("in") else { throw syntaxError() }
                let iter = try starExpressions()
                let body = try block()
                var orElse: [Stmt] = []
                if isKeyword("else") {
                    pos += 1
                    orElse = try block()
                }
                return [Stmt(.for(target: target, iter: iter, body, orElse: orElse), line: t.line, column: t.column)]
            case "def":
                pos += 1
                let n = try name()
                try expect("(")
                let params = try parameters(closing: ")")
                try expect(")")
                if accept("->") { _ = try expression() }
                let body = try block()
                return [Stmt(.def(name: n, params, body), line: t.line, column: t.column)]
            case "try": return [try tryStatement()]
            case "class": throw issue("'class' is not supported in Dataway")
            case "with": throw issue("'with' is not supported in Dataway")
            case "async": throw issue("'async' is not supported in Dataway")
            case "match" where peekTok().kind == .name || peekTok().kind == .string:
                throw issue("'match' is not supported in Dataway")
            default: break
            }
        }
        if isOp("@") { throw issue("decorators are not supported in Dataway") }
        return try simpleStatements()
    }

    mutating func ifStatement() throws(SyntaxIssue) -> Stmt {
        let t = tok
        pos += 1
        let cond = try namedExpression()
        let body = try block()
        var orElse: [Stmt] = []
        if isKeyword("elif") {
            orElse = [try ifStatement()]
        } else if isKeyword("else") {
            pos += 1
            orElse = try block()
        }
        return Stmt(.if(cond, body, orElse), line: t.line, column: t.column)
    }

    mutating func tryStatement() throws(SyntaxIssue) -> Stmt {
        let t = tok
        pos += 1
        let body = try block()
        var handlers: [ExceptClause] = []
        while isKeyword("except") {
            let et = tok
            pos += 1
            if isOp("*") { throw issue("'except*' is not supported in Dataway") }
            var type: Expr?
            var asName: String?
            if !isOp(":") {
                type = try expression()
                if isOp(",") {
                    throw issue("multiple exception types must be parenthesized")
                }
                if accept("as") { asName = try name() }
            }
            let hb = try block()
            handlers.append(ExceptClause(type: type, name: asName, body: hb, line: et.line))
        }
        var orElse: [Stmt] = []
        var fin: [Stmt] = []
        if isKeyword("else") {
            if handlers.isEmpty { throw syntaxError() }
            pos += 1
            orElse = try block()
        }
        if isKeyword("finally") {
            pos += 1
            fin = try block()
        }
        if handlers.isEmpty && fin.isEmpty { throw issue("expected 'except' or 'finally' block") }
        return Stmt(.try(body, handlers, orElse: orElse, finally: fin), line: t.line, column: t.column)
    }

    mutating func simpleStatements() throws(SyntaxIssue) -> [Stmt] {
        var out: [Stmt] = [try simpleStatement()]
        while accept(";") {
            if tok.kind == .newline || tok.kind == .eof { break }
            out.append(try simpleStatement())
        }
        if tok.kind == .newline {
            pos += 1
        } else if tok.kind != .eof && tok.kind != .dedent {
            throw syntaxError()
        }
        return out
    }

    mutating func simpleStatement() throws(SyntaxIssue) -> Stmt {
        let t = tok
        func mk(_ k: Stmt.Kind) -> Stmt { Stmt(k, line: t.line, column: t.column) }
        if t.kind == .name {
            switch t.text {
            case "pass":
                pos += 1
                return mk(.pass)
            case "break":
                pos += 1
                return mk(.break)
            case "continue":
                pos += 1
                return mk(.continue)
            case "return":
                pos += 1
                if atStatementEnd { return mk(.return(nil)) }
                return mk(.return(try starExpressions()))
            case "del":
                pos += 1
                var targets = [try primaryTarget()]
                while accept(",") {
                    if atStatementEnd { break }
                    targets.append(try primaryTarget())
                }
                return mk(.del(targets))
            case "global", "nonlocal":
                pos += 1
                var names = [try name()]
                while accept(",") { names.append(try name()) }
                return mk(t.text == "global" ? .global(names) : .nonlocal(names))
            case "assert":
                pos += 1
                let test = try expression()
                let msg = accept(",") ? try expression() : nil
                return mk(.assert(test, msg))
            case "raise":
                pos += 1
                if atStatementEnd { return mk(.raise(nil, cause: nil)) }
                let e = try expression()
                let cause = accept("from") ? try expression() : nil
                return mk(.raise(e, cause: cause))
            case "import":
                pos += 1
                var items: [(String, String?)] = []
                repeat {
                    let m = try dottedName()
                    let a = accept("as") ? try name() : nil
                    items.append((m, a))
                } while accept(",")
                return mk(.import(items))
            case "from":
                pos += 1
                let m = try dottedName()
                guard accept("import") else { throw syntaxError() }
                if isOp("*") { throw issue("'from \(m) import *' is not supported in Dataway") }
                let paren = accept("(")
                var items: [(String, String?)] = []
                repeat {
                    if paren && isOp(")") { break }
                    let n = try name()
                    let a = accept("as") ? try name() : nil
                    items.append((n, a))
                } while accept(",")
                if paren { try expect(")") }
                return mk(.importFrom(module: m, items))
            case "yield": throw issue("'yield' is not supported in Dataway")
            case "await": throw issue("'await' is not supported in Dataway")
            default: break
            }
        }
        let first = try starExpressions()
        if tok.kind == .op {
            switch tok.text {
            case "=":
                var targets = [first]
                var value = first
                while accept("=") {
                    if isKeyword("yield") { throw issue("'yield' is not supported in Dataway") }
                    value = try starExpressions()
                    targets.append(value)
                }
                targets.removeLast()
                for tgt in targets { try checkTarget(tgt, augmented: false) }
                return mk(.assign(targets: targets, value: value))
            case "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=":
                let opText = String(tok.text.dropLast())
                pos += 1
                try checkTarget(first, augmented: true)
                let value = try starExpressions()
                return mk(.augAssign(first, BinOp(rawValue: opText) ?? .add, value))
            case ":":
                pos += 1
                _ = try expression()
                let value = accept("=") ? try starExpressions() : nil
                try checkTarget(first, augmented: true)
                return mk(.annAssign(first, value: value))
            default: break
            }
        }
        return mk(.expr(first))
    }

    var atStatementEnd: Bool {
        tok.kind == .newline || tok.kind == .eof || isOp(";") || tok.kind == .dedent
    }

    mutating func dottedName() throws(SyntaxIssue) -> String {
        var n = try name()
        while accept(".") { n += "." + (try name()) }
        return n
    }

    func checkTarget(_ e: Expr, augmented: Bool) throws(SyntaxIssue) {
        switch e.kind {
        case .name, .attribute, .subscript: return
        case .tuple(let items), .list(let items):
            if augmented {
                throw SyntaxIssue(
                    message: "'\(e.kind.isTuple ? "tuple" : "list")' is an illegal expression for augmented assignment", line: e.line,
                    column: e.column)
            }
            for i in items { try checkTarget(i, augmented: false) }
        case .starred(let inner):
            if augmented { throw SyntaxIssue(message: "invalid syntax", line: e.line, column: e.column) }
            try checkTarget(inner, augmented: false)
        case .call: throw SyntaxIssue(message: "cannot assign to function call", line: e.line, column: e.column)
        case .constant(let c):
            if case .none = c { throw SyntaxIssue(message: "cannot assign to None", line: e.line, column: e.column) }
            if case .bool(let b) = c {
                throw SyntaxIssue(message: "cannot assign to \(b ? "True" : "False")", line: e.line, column: e.column)
            }
            throw SyntaxIssue(message: "cannot assign to literal", line: e.line, column: e.column)
        default:
            throw SyntaxIssue(message: "cannot assign to expression", line: e.line, column: e.column)
        }
    }

    /// A `del` target or `for` target element.
    mutating func primaryTarget() throws(SyntaxIssue) -> Expr {
        let e = try bitOr()
        try checkTarget(e, augmented: false)
        return e
    }

    /// `for` targets: a comma list of targets (no `in` parsing inside).
    mutating func targetList() throws(SyntaxIssue) -> Expr {
        let t = tok
        var items: [Expr] = []
        var trailingComma = false
        repeat {
            if isKeyword("in") { break }
            if isOp("*") {
                let st = tok
                pos += 1
                items.append(Expr(.starred(try bitOr()), line: st.line, column: st.column))
            } else {
                items.append(try bitOr())
            }
            trailingComma = isOp(",")
        } while accept(",")
        let e = items.count == 1 && !trailingComma ? items[0] : Expr(.tuple(items), line: t.line, column: t.column)
        try checkTarget(e, augmented: false)
        return e
    }

    mutating func parameters(closing: String) throws(SyntaxIssue) -> Params {
        var p = Params()
        var sawStar = false
        var sawDefault = false
        while !isOp(closing) {
            let t = tok
            if accept("**") {
                p.kwargs = try name()
                _ = accept(",")
                break
            }
            if accept("*") {
                if sawStar { throw syntaxError() }
                sawStar = true
                if tok.kind == .name { p.varargs = try name() }
            } else if accept("/") {
                // positional-only marker: parameters before it stay positional.
            } else {
                let n = try name()
                if closing == ")" && accept(":") { _ = try expression() }
                var d: Expr?
                if accept("=") {
                    d = try expression()
                    sawDefault = true
                } else if sawDefault && !sawStar {
                    throw issue("non-default argument follows default argument", t)
                }
                let all = p.positional.map(\.name) + p.kwonly.map(\.name) + [p.varargs].compactMap { $0 }
                if all.contains(n) { throw issue("duplicate argument '\(n)' in function definition", t) }
                let param = Params.Param(name: n, defaultValue: d, line: t.line, column: t.column)
                if sawStar { p.kwonly.append(param) } else { p.positional.append(param) }
            }
            if !accept(",") { break }
        }
        return p
    }
}

extension Expr.Kind {
    var isTuple: Bool {
        if case .tuple = self { return true }
        return false
    }
}
