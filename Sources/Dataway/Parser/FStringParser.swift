/// Splits an f-string body into literal text and `{expression!conversion:spec}` fields.
enum FStringParser {
    static func parse(_ lit: StringLiteral) throws(SyntaxIssue) -> [FPart] {
        let body = Array(lit.value.unicodeScalars)
        var i = 0
        return try parts(body, &i, lit: lit, inSpec: false)
    }

    private static func fail(_ msg: String, _ lit: StringLiteral) -> SyntaxIssue {
        SyntaxIssue(message: "f-string: " + msg, line: lit.bodyLine, column: lit.bodyColumn)
    }

    private static func decoded(_ s: [Unicode.Scalar], _ lit: StringLiteral) throws(SyntaxIssue) -> String {
        if lit.isRaw { return String(String.UnicodeScalarView(s)) }
        return try Lexer.decodeEscapes(s, line: lit.bodyLine, col: lit.bodyColumn)
    }

    private static func parts(_ b: [Unicode.Scalar], _ i: inout Int, lit: StringLiteral, inSpec: Bool) throws(SyntaxIssue) -> [FPart] {
        var out: [FPart] = []
        var text: [Unicode.Scalar] = []
        func flush() throws(SyntaxIssue) {
            if !text.isEmpty {
                out.append(.literal(try decoded(text, lit)))
                text = []
            }
        }
        while i < b.count {
            let c = b[i]
            if c == "{" {
                if !inSpec && i + 1 < b.count && b[i + 1] == "{" {
                    text.append("{")
                    i += 2
                    continue
                }
                try flush()
                i += 1
                out.append(try field(b, &i, lit: lit))
                continue
            }
            if c == "}" {
                if inSpec { break }
                if i + 1 < b.count && b[i + 1] == "}" {
                    text.append("}")
                    i += 2
                    continue
                }
                throw fail("single '}' is not allowed", lit)
            }
            text.append(c)
            i += 1
        }
        try flush()
        return out
    }

    private static func field(_ b: [Unicode.Scalar], _ i: inout Int, lit: StringLiteral) throws(SyntaxIssue) -> FPart {
        let start = i
        var depth = 0
        var quote: Unicode.Scalar?
        while i < b.count {
            let c = b[i]
            if let q = quote {
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "'" || c == "\"" {
                quote = c
            } else if c == "[" || c == "(" || c == "{" {
                depth += 1
            } else if c == "]" || c == ")" || (c == "}" && depth > 0) {
                depth -= 1
            } else if depth == 0 && (c == "}" || c == ":" || (c == "!" && i + 1 < b.count && b[i + 1] != "=")) {
                break
            } else if c == "\\" {
                throw fail("expression part cannot include a backslash", lit)
            } else if c == "#" {
                throw fail("expression part cannot include '#'", lit)
            }
            i += 1
        }
        guard i < b.count else { throw fail("expecting '}'", lit) }
        var exprText = String(String.UnicodeScalarView(b[start..<i]))
        var prefix = ""
        let trimmed = exprText.trimmingTrailingSpaces
        var conversion: Character?
        if trimmed.hasSuffix("="), !trimmed.hasSuffix("=="), !trimmed.hasSuffix("!="), !trimmed.hasSuffix("<="), !trimmed.hasSuffix(">=") {
            prefix = exprText
            exprText = String(trimmed.dropLast())
            conversion = "r"
        }
        if exprText.allSatisfy({ $0 == " " }) { throw fail("empty expression not allowed", lit) }
        let expr: Expr
        do {
            expr = try Parser.parseExpression("(" + exprText + ")")
        } catch {
            throw SyntaxIssue(message: "f-string: " + error.message, line: lit.bodyLine, column: lit.bodyColumn)
        }
        if b[i] == "!" {
            i += 1
            guard i < b.count, b[i] == "r" || b[i] == "s" || b[i] == "a" else {
                throw fail("invalid conversion character: expected 's', 'r', or 'a'", lit)
            }
            conversion = Character(b[i])
            i += 1
        }
        var spec: [FPart]?
        if i < b.count && b[i] == ":" {
            i += 1
            spec = try parts(b, &i, lit: lit, inSpec: true)
            if prefix.isEmpty == false && conversion == "r" { conversion = nil }
        }
        guard i < b.count, b[i] == "}" else { throw fail("expecting '}'", lit) }
        i += 1
        let f = FPart.field(expr, conversion: conversion, spec: spec)
        if !prefix.isEmpty {
            // Self-documenting `{x=}`: the text, then the value.
            return .field(Expr(.fstring([.literal(prefix), f]), line: expr.line, column: expr.column), conversion: nil, spec: nil)
        }
        return f
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
