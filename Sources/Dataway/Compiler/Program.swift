/// How a source text is read.
public enum ScriptMode: Sendable, Equatable {
    /// Statements; `def dw_process(msg)` is the entry point when present.
    case code
    /// One Python expression.
    case expression
    /// Text with `${expression}` placeholders.
    case text
}

/// A compiled script: immutable, shareable between concurrent runs.
final class Program: @unchecked Sendable {
    // @unchecked Sendable: all stored properties are immutable after compilation.
    let module: CodeObject
    let globalNames: [String]
    let mode: ScriptMode
    /// Slots of host-provided names (`msg`, `input`, ...), by name.
    let hostSlots: [String: Int]
    let entrySlot: Int?
    /// Global names the script reads but neither defines, imports nor gets from the host or builtins.
    let unresolvedNames: [String]

    init(
        module: CodeObject, globalNames: [String], mode: ScriptMode, hostSlots: [String: Int],
        entrySlot: Int?, unresolvedNames: [String]
    ) {
        self.unresolvedNames = unresolvedNames
        self.module = module
        self.globalNames = globalNames
        self.mode = mode
        self.hostSlots = hostSlots
        self.entrySlot = entrySlot
    }
}

/// Names that exist in Python but are refused in Dataway (when the script does not define them).
let forbiddenNames: Set<String> = [
    "open", "eval", "exec", "compile", "__import__", "globals", "locals", "vars", "input", "breakpoint",
    "exit", "quit", "memoryview", "object", "setattr", "delattr", "super", "classmethod", "staticmethod", "property",
    "help", "dir",
]

enum ProgramCompiler {
    static func compile(_ source: String, mode: ScriptMode, hostNames: [String]) throws(SyntaxIssue) -> Program {
        let body: [Stmt]
        switch mode {
        case .code:
            body = try Parser.parseModule(source)
        case .expression:
            let e = try Parser.parseExpression(source)
            body = [Stmt(.return(e), line: e.line, column: e.column)]
        case .text:
            let e = try TextTemplate.parse(source)
            body = [Stmt(.return(e), line: 1, column: 0)]
        }
        var analyzer = ScopeAnalyzer()
        for n in hostNames { analyzer.module.assign(n) }
        try analyzer.analyze(body)
        let mc = ModuleCompiler(analyzer: analyzer, builtins: Builtins.table, attributeKeys: mode != .code)
        let fb = FunctionBuilder(module: mc, scope: analyzer.module, name: "<module>")
        fb.allowsModuleReturn = mode != .code
        try fb.statements(body)
        let code = fb.build(params: nil)
        var host: [String: Int] = [:]
        for n in hostNames { host[n] = mc.slot(n) }
        let entry = mode == .code && analyzer.module.isAssigned("dw_process") ? mc.globalSlots["dw_process"] : nil
        let unresolved = mc.globalNames.filter { !mc.assignedGlobals.contains($0) }
        return Program(
            module: code, globalNames: mc.globalNames, mode: mode, hostSlots: host, entrySlot: entry,
            unresolvedNames: unresolved)
    }
}

/// Text mode: `"/users/${input.id}"` becomes an f-string-like expression.
enum TextTemplate {
    static func parse(_ text: String) throws(SyntaxIssue) -> Expr {
        var parts: [FPart] = []
        let s = Array(text.unicodeScalars)
        var lit = String.UnicodeScalarView()
        var i = 0
        var line = 1
        while i < s.count {
            if s[i] == "$" && i + 2 < s.count && s[i + 1] == "$" && s[i + 2] == "{" {
                lit.append("$")
                lit.append("{")
                i += 3
                continue
            }
            if s[i] == "$" && i + 1 < s.count && s[i + 1] == "{" {
                var depth = 1
                var j = i + 2
                var quote: Unicode.Scalar?
                while j < s.count {
                    let c = s[j]
                    if let q = quote {
                        if c == "\\" { j += 1 } else if c == q { quote = nil }
                    } else if c == "'" || c == "\"" {
                        quote = c
                    } else if c == "{" {
                        depth += 1
                    } else if c == "}" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                guard j < s.count else {
                    throw SyntaxIssue(message: "unterminated placeholder: '${' without a matching '}'", line: line, column: i)
                }
                if !lit.isEmpty {
                    parts.append(.literal(String(lit)))
                    lit = String.UnicodeScalarView()
                }
                let src = String(String.UnicodeScalarView(s[(i + 2)..<j]))
                if src.allSatisfy({ $0 == " " }) {
                    throw SyntaxIssue(message: "empty placeholder '${}'", line: line, column: i)
                }
                let e: Expr
                do {
                    e = try Parser.parseExpression("(" + src + ")")
                } catch {
                    throw SyntaxIssue(message: error.message, line: line, column: i + 2 + max(0, error.column - 1))
                }
                parts.append(.field(e, conversion: "s", spec: nil))
                i = j + 1
                continue
            }
            if s[i] == "\n" { line += 1 }
            lit.append(s[i])
            i += 1
        }
        if !lit.isEmpty { parts.append(.literal(String(lit))) }
        if parts.isEmpty { return Expr(.constant(.str("")), line: 1, column: 0) }
        return Expr(.fstring(parts), line: 1, column: 0)
    }
}
