/// A readable listing of compiled bytecode, for people tuning scripts or the compiler.
enum Disassembler {
    /// Every code object of `program`, the module first, each instruction on its own line.
    static func listing(_ program: Program) -> String {
        var out = ""
        var queue = [program.module]
        while !queue.isEmpty {
            let code = queue.removeFirst()
            out += listing(code, globals: program.globalNames)
            queue += code.codes
        }
        return out
    }

    static func listing(_ code: CodeObject, globals: [String]) -> String {
        var out = "code \(code.name) (registers \(code.registerCount), parameters \(code.parameterNames))\n"
        for (i, ins) in code.instructions.enumerated() {
            let line = i < code.lines.count ? code.lines[i] : 0
            var text = "\(ins.op) \(ins.a) \(ins.b) \(ins.c)"
            switch ins.op {
            case .loadGlobal: text += "  ; \(name(globals, ins.b))"
            case .storeGlobal, .deleteGlobal: text += "  ; \(name(globals, ins.a))"
            case .loadConst: text += "  ; \(constant(code, ins.b))"
            case .getAttr, .getAttrOrKey: text += "  ; .\(constant(code, ins.c))"
            default: break
            }
            let pad = String(repeating: " ", count: max(0, 5 - String(i).count))
            out += "\(pad)\(i)  L\(line)  \(text)\n"
        }
        return out
    }

    private static func name(_ globals: [String], _ i: Int32) -> String {
        i >= 0 && Int(i) < globals.count ? globals[Int(i)] : "?"
    }

    private static func constant(_ code: CodeObject, _ i: Int32) -> String {
        guard i >= 0 && Int(i) < code.constants.count else { return "?" }
        let v = code.constants[Int(i)]
        if let s = v.asStr { return "'\(s.value)'" }
        switch v {
        case .int(let n): return String(n)
        case .float(let d): return String(d)
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        case .object(let o): return "<\(o.kind)>"
        case .undefined: return "<undefined>"
        }
    }
}
