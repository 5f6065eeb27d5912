import BigInt

extension Parser {
    mutating func enter() throws(SyntaxIssue) {
        nesting += 1
        if nesting > Parser.maxNesting { throw issue("too many nested parentheses") }
    }

    func checked(_ e: Expr) throws(SyntaxIssue) -> Expr {
        if e.height > Parser.maxHeight {
            throw SyntaxIssue(
                message: "expression too deeply nested (more than \(Parser.maxHeight) levels)", line: e.line, column: e.column)
        }
        return e
    }

    /// `a, b, *c` at statement level: a tuple when there is a comma.
    mutating func starExpressions() throws(SyntaxIssue) -> Expr {
        let t = tok
        let first = try starOrExpression()
        guard isOp(",") else {
            if case .starred = first.kind {
                throw SyntaxIssue(message: "can't use starred expression here", line: first.line, column: first.column)
            }
            return first
        }
        var items = [first]
        while accept(",") {
            if atExpressionEnd { break }
            items.append(try starOrExpression())
        }
        return try checked(Expr(.tuple(items), line: t.line, column: t.column))
    }

    var atExpressionEnd: Bool {
        atStatementEnd || isOp("=") || isOp(")") || isOp("]") || isOp("}") || isOp(":")
            || (tok.kind == .op && tok.text.count >= 2 && tok.text.hasSuffix("=") && tok.text != "==" && tok.text != "<="
                && tok.text != ">=" && tok.text != "!=")
    }

    mutating func starOrExpression() throws(SyntaxIssue) -> Expr {
        if isOp("*") {
            let t = tok
            pos += 1
            return Expr(.starred(try bitOr()), line: t.line, column: t.column)
        }
        return try namedExpression()
    }

    mutating func namedExpression() throws(SyntaxIssue) -> Expr {
        let e = try expression()
        if isOp(":=") { throw issue("assignment expressions (':=') are not supported in Dataway") }
        return e
    }

    mutating func expression() throws(SyntaxIssue) -> Expr {
        try enter()
        defer { nesting -= 1 }
        if isKeyword("lambda") { return try lambda() }
        if isKeyword("yield") { throw issue("'yield' is not supported in Dataway") }
        if isKeyword("await") { throw issue("'await' is not supported in Dataway") }
        let body = try disjunction()
        if isKeyword("if") {
            pos += 1
            let test = try disjunction()
            guard accept("else") else { throw issue("expected 'else' after 'if' expression") }
            let orElse = try expression()
            return try checked(Expr(.ifExp(test: test, body: body, orElse: orElse), line: body.line, column: body.column))
        }
        return body
    }

    mutating func lambda() throws(SyntaxIssue) -> Expr {
        let t = tok
        pos += 1
        let params = try parameters(closing: ":")
        try expect(":")
        let body = try expression()
        return try checked(Expr(.lambda(params, body), line: t.line, column: t.column))
    }

    mutating func disjunction() throws(SyntaxIssue) -> Expr {
        let first = try conjunction()
        guard isKeyword("or") else { return first }
        var items = [first]
        while accept("or") { items.append(try conjunction()) }
        return try checked(Expr(.boolOp(isAnd: false, items), line: first.line, column: first.column))
    }

    mutating func conjunction() throws(SyntaxIssue) -> Expr {
        let first = try inversion()
        guard isKeyword("and") else { return first }
        var items = [first]
        while accept("and") { items.append(try inversion()) }
        return try checked(Expr(.boolOp(isAnd: true, items), line: first.line, column: first.column))
    }

    mutating func inversion() throws(SyntaxIssue) -> Expr {
        if isKeyword("not") {
            let t = tok
            pos += 1
            try enter()
            defer { nesting -= 1 }
            return try checked(Expr(.unary(.not, try inversion()), line: t.line, column: t.column))
        }
        return try comparison()
    }

    mutating func comparison() throws(SyntaxIssue) -> Expr {
        let first = try bitOr()
        var rest: [(CmpOp, Expr)] = []
        while true {
            var op: CmpOp?
            if tok.kind == .op {
                switch tok.text {
                case "<": op = .lt
                case "<=": op = .le
                case "==": op = .eq
                case "!=": op = .ne
                case ">": op = .gt
                case ">=": op = .ge
                default: break
                }
                if op != nil { pos += 1 }
            } else if isKeyword("in") {
                pos += 1
                op = .in
            } else if isKeyword("not") && peekTok().kind == .name && peekTok().text == "in" {
                pos += 2
                op = .notIn
            } else if isKeyword("is") {
                pos += 1
                op = accept("not") ? .isNot : .is
            }
            guard let o = op else { break }
            rest.append((o, try bitOr()))
        }
        if rest.isEmpty { return first }
        return try checked(Expr(.compare(first, rest), line: first.line, column: first.column))
    }

    static func binaryPrecedence(_ s: String) -> (Int, BinOp)? {
        switch s {
        case "|": return (1, .bitor)
        case "^": return (2, .bitxor)
        case "&": return (3, .bitand)
        case "<<": return (4, .lshift)
        case ">>": return (4, .rshift)
        case "+": return (5, .add)
        case "-": return (5, .sub)
        case "*": return (6, .mul)
        case "/": return (6, .div)
        case "//": return (6, .floordiv)
        case "%": return (6, .mod)
        case "@": return (6, .matmul)
        default: return nil
        }
    }

    mutating func bitOr() throws(SyntaxIssue) -> Expr { try binary(minPrecedence: 1) }

    /// Precedence climbing over the left-associative binary operators.
    mutating func binary(minPrecedence: Int) throws(SyntaxIssue) -> Expr {
        var lhs = try factor()
        while tok.kind == .op, let (prec, op) = Parser.binaryPrecedence(tok.text), prec >= minPrecedence {
            pos += 1
            let rhs = try binary(minPrecedence: prec + 1)
            lhs = try checked(Expr(.binary(op, lhs, rhs), line: lhs.line, column: lhs.column))
        }
        return lhs
    }

    mutating func factor() throws(SyntaxIssue) -> Expr {
        if tok.kind == .op, tok.text == "-" || tok.text == "+" || tok.text == "~" {
            let t = tok
            pos += 1
            try enter()
            defer { nesting -= 1 }
            let operand = try factor()
            if t.text == "-", case .constant(let c) = operand.kind {
                switch c {
                case .int(let i) where i != Int.min: return Expr(.constant(.int(-i)), line: t.line, column: t.column)
                case .bigint(let b): return Expr(.constant(Value.bigintConstant(-b)), line: t.line, column: t.column)
                case .float(let d): return Expr(.constant(.float(-d)), line: t.line, column: t.column)
                default: break
                }
            }
            let op: UnaryOp = t.text == "-" ? .neg : t.text == "+" ? .pos : .invert
            return try checked(Expr(.unary(op, operand), line: t.line, column: t.column))
        }
        return try power()
    }

    mutating func power() throws(SyntaxIssue) -> Expr {
        let base = try primary()
        if accept("**") {
            try enter()
            defer { nesting -= 1 }
            let exp = try factor()
            return try checked(Expr(.binary(.pow, base, exp), line: base.line, column: base.column))
        }
        return base
    }

    mutating func primary() throws(SyntaxIssue) -> Expr {
        var e = try atom()
        while true {
            if isOp(".") {
                pos += 1
                let t = tok
                let n = try name()
                if n.hasPrefix("__") {
                    throw SyntaxIssue(
                        message: "access to '\(n)' is not allowed in Dataway (attributes starting with '__' are blocked)", line: t.line,
                        column: t.column)
                }
                e = try checked(Expr(.attribute(e, n), line: e.line, column: e.column))
            } else if isOp("(") {
                pos += 1
                var args = try callArguments()
                try expect(")")
                // `"sep".join(x for x in xs)` consumes the whole generator at once, so it is built
                // as a list in the calling frame instead of resuming a generator for every item.
                if case .attribute(let recv, "join") = e.kind, case .constant(.str) = recv.kind, args.count == 1,
                    case .positional(let g) = args[0], case .comprehension(.generator, let element, let v, let clauses) = g.kind
                {
                    args = [.positional(Expr(.comprehension(.list, element: element, value: v, clauses), line: g.line, column: g.column))]
                }
                e = try checked(Expr(.call(e, args), line: e.line, column: e.column))
            } else if isOp("[") {
                pos += 1
                let idx = try subscriptList()
                try expect("]")
                e = try checked(Expr(.subscript(e, idx), line: e.line, column: e.column))
            } else {
                return e
            }
        }
    }

    mutating func subscriptList() throws(SyntaxIssue) -> Expr {
        let t = tok
        let first = try sliceItem()
        guard isOp(",") else { return first }
        var items = [first]
        while accept(",") {
            if isOp("]") { break }
            items.append(try sliceItem())
        }
        return Expr(.tuple(items), line: t.line, column: t.column)
    }

    mutating func sliceItem() throws(SyntaxIssue) -> Expr {
        let t = tok
        var lower: Expr?
        if !isOp(":") {
            lower = try namedExpression()
            if !isOp(":") { return lower! }
        }
        pos += 1  // ':'
        var upper: Expr?
        var step: Expr?
        if !isOp(":") && !isOp("]") && !isOp(",") { upper = try expression() }
        if accept(":") {
            if !isOp("]") && !isOp(",") { step = try expression() }
        }
        return Expr(.slice(lower, upper, step), line: t.line, column: t.column)
    }

    mutating func callArguments() throws(SyntaxIssue) -> [Arg] {
        var args: [Arg] = []
        var sawKeyword = false
        while !isOp(")") {
            let t = tok
            if accept("**") {
                args.append(.doubleStar(try expression()))
                sawKeyword = true
            } else if accept("*") {
                args.append(.star(try expression()))
            } else if tok.kind == .name && peekTok().kind == .op && peekTok().text == "=" {
                let n = try name()
                pos += 1
                args.append(.keyword(n, try expression()))
                sawKeyword = true
            } else {
                let e = try namedExpression()
                if isKeyword("for") {
                    let gen = try comprehensionTail(.generator, element: e, value: nil, start: t)
                    args.append(.positional(gen))
                } else {
                    if sawKeyword { throw issue("positional argument follows keyword argument", t) }
                    args.append(.positional(e))
                }
            }
            if !accept(",") { break }
        }
        var seen = Set<String>()
        for a in args {
            if case .keyword(let n, let e) = a, !seen.insert(n).inserted {
                throw SyntaxIssue(message: "keyword argument repeated: \(n)", line: e.line, column: e.column)
            }
        }
        return args
    }

    mutating func comprehensionTail(_ kind: ComprehensionKind, element: Expr, value: Expr?, start: Token) throws(SyntaxIssue) -> Expr {
        var clauses: [CompFor] = []
        while isKeyword("for") {
            pos += 1
            let target = try targetList()
            guard accept("in") else { throw syntaxError() }
            let iter = try disjunction()
            var conds: [Expr] = []
            while isKeyword("if") {
                pos += 1
                conds.append(try disjunction())
            }
            clauses.append(CompFor(target: target, iter: iter, conditions: conds))
        }
        if isKeyword("async") { throw issue("'async' is not supported in Dataway") }
        return try checked(Expr(.comprehension(kind, element: element, value: value, clauses), line: start.line, column: start.column))
    }

    mutating func atom() throws(SyntaxIssue) -> Expr {
        let t = tok
        func mk(_ k: Expr.Kind) -> Expr { Expr(k, line: t.line, column: t.column) }
        switch t.kind {
        case .name:
            switch t.text {
            case "None":
                pos += 1
                return mk(.constant(.none))
            case "True":
                pos += 1
                return mk(.constant(.bool(true)))
            case "False":
                pos += 1
                return mk(.constant(.bool(false)))
            case "lambda": return try lambda()
            default:
                if pythonKeywords.contains(t.text) {
                    if t.text == "yield" { throw issue("'yield' is not supported in Dataway") }
                    throw syntaxError()
                }
                pos += 1
                return mk(.name(t.text))
            }
        case .int:
            pos += 1
            return mk(.constant(Parser.intConstant(t.text)))
        case .float:
            pos += 1
            return mk(.constant(.float(Double(t.text) ?? .infinity)))
        case .string:
            return try strings()
        case .op:
            switch t.text {
            case "(":
                pos += 1
                try enter()
                defer { nesting -= 1 }
                if accept(")") { return mk(.tuple([])) }
                let first = try starOrExpression()
                if isKeyword("for") {
                    let g = try comprehensionTail(.generator, element: first, value: nil, start: t)
                    try expect(")")
                    return g
                }
                if accept(")") {
                    if case .starred = first.kind {
                        throw SyntaxIssue(message: "can't use starred expression here", line: first.line, column: first.column)
                    }
                    return first
                }
                var items = [first]
                while accept(",") {
                    if isOp(")") { break }
                    items.append(try starOrExpression())
                }
                try expect(")")
                return try checked(mk(.tuple(items)))
            case "[":
                pos += 1
                try enter()
                defer { nesting -= 1 }
                if accept("]") { return mk(.list([])) }
                let first = try starOrExpression()
                if isKeyword("for") {
                    let c = try comprehensionTail(.list, element: first, value: nil, start: t)
                    try expect("]")
                    return c
                }
                var items = [first]
                while accept(",") {
                    if isOp("]") { break }
                    items.append(try starOrExpression())
                }
                try expect("]")
                return try checked(mk(.list(items)))
            case "{":
                pos += 1
                try enter()
                defer { nesting -= 1 }
                return try braces(t)
            case "...":
                pos += 1
                return mk(.constant(.ellipsis))
            default:
                break
            }
        default: break
        }
        throw syntaxError()
    }

    mutating func braces(_ t: Token) throws(SyntaxIssue) -> Expr {
        func mk(_ k: Expr.Kind) -> Expr { Expr(k, line: t.line, column: t.column) }
        if accept("}") { return mk(.dict([])) }
        if accept("**") {
            var pairs: [(Expr?, Expr)] = [(nil, try bitOr())]
            try dictRest(&pairs)
            return try checked(mk(.dict(pairs)))
        }
        let first = try starOrExpression()
        if accept(":") {
            let v = try expression()
            if isKeyword("for") {
                let c = try comprehensionTail(.dict, element: first, value: v, start: t)
                try expect("}")
                return c
            }
            var pairs: [(Expr?, Expr)] = [(first, v)]
            try dictRest(&pairs)
            return try checked(mk(.dict(pairs)))
        }
        if isKeyword("for") {
            let c = try comprehensionTail(.set, element: first, value: nil, start: t)
            try expect("}")
            return c
        }
        var items = [first]
        while accept(",") {
            if isOp("}") { break }
            items.append(try starOrExpression())
        }
        try expect("}")
        return try checked(mk(.set(items)))
    }

    mutating func dictRest(_ pairs: inout [(Expr?, Expr)]) throws(SyntaxIssue) {
        while accept(",") {
            if isOp("}") { break }
            if accept("**") {
                pairs.append((nil, try bitOr()))
            } else {
                let k = try expression()
                try expect(":")
                pairs.append((k, try expression()))
            }
        }
        try expect("}")
    }

    static func intConstant(_ text: String) -> Constant {
        var radix = 10
        var digits = Substring(text)
        if text.hasPrefix("0x") {
            radix = 16; digits = digits.dropFirst(2)
        } else if text.hasPrefix("0o") {
            radix = 8; digits = digits.dropFirst(2)
        } else if text.hasPrefix("0b") {
            radix = 2; digits = digits.dropFirst(2)
        }
        if let i = Int(digits, radix: radix) { return .int(i) }
        return .bigint(BigInt(digits, radix: radix) ?? 0)
    }

    /// Adjacent string literals, concatenated; any f-string makes the whole an f-string.
    mutating func strings() throws(SyntaxIssue) -> Expr {
        let t = tok
        var parts: [FPart] = []
        var isBytes: Bool?
        var bytes: [UInt8] = []
        var anyF = false
        while tok.kind == .string, let lit = tok.string {
            if let b = isBytes, b != lit.isBytes { throw issue("cannot mix bytes and nonbytes literals") }
            isBytes = lit.isBytes
            if lit.isBytes {
                bytes += lit.bytes
            } else if lit.isFString {
                anyF = true
                parts += try FStringParser.parse(lit)
            } else {
                parts.append(.literal(lit.value))
            }
            pos += 1
        }
        if isBytes == true { return Expr(.constant(.bytes(bytes)), line: t.line, column: t.column) }
        if !anyF {
            var s = ""
            for case .literal(let l) in parts { s += l }
            return Expr(.constant(.str(s)), line: t.line, column: t.column)
        }
        return Expr(.fstring(parts), line: t.line, column: t.column)
    }
}

extension Value {
    static func bigintConstant(_ b: BigInt) -> Constant {
        if let i = Int(exactly: b) { return .int(i) }
        return .bigint(b)
    }
}

extension Expr {
    /// Height of the expression tree (for the nesting bound), from the children's cached heights.
    static func computeHeight(_ kind: Kind) -> Int {
        switch kind {
        case .name, .constant, .lambda: return 1
        case .binary(_, let a, let b): return 1 + Swift.max(a.cachedHeight, b.cachedHeight)
        case .unary(_, let a), .starred(let a), .attribute(let a, _): return 1 + a.cachedHeight
        case .boolOp(_, let items), .list(let items), .tuple(let items), .set(let items):
            return 1 + (items.map(\.cachedHeight).max() ?? 0)
        case .compare(let a, let rest): return 1 + Swift.max(a.cachedHeight, rest.map(\.1.cachedHeight).max() ?? 0)
        case .call(let f, let args):
            var h = f.cachedHeight
            for a in args {
                switch a {
                case .positional(let e), .keyword(_, let e), .star(let e), .doubleStar(let e): h = Swift.max(h, e.cachedHeight)
                }
            }
            return 1 + h
        case .subscript(let a, let b): return 1 + Swift.max(a.cachedHeight, b.cachedHeight)
        case .ifExp(let a, let b, let c): return 1 + Swift.max(a.cachedHeight, b.cachedHeight, c.cachedHeight)
        case .dict(let pairs): return 1 + (pairs.map { Swift.max($0.0?.cachedHeight ?? 0, $0.1.cachedHeight) }.max() ?? 0)
        case .slice, .fstring, .comprehension: return 2
        }
    }
}
