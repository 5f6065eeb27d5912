/// Turns a parsed pattern into a `RegexProgram`.
struct RegexCompiler {
    private var code: [RegexInst] = []
    private var sets: [RegexCharSet] = []
    private var registers = 0
    private let groupWidths: [(Int, Int)?]

    private init(groupWidths: [(Int, Int)?]) { self.groupWidths = groupWidths }

    static func compile(_ parse: RegexParse) throws(RegexSyntaxError) -> RegexProgram {
        var c = RegexCompiler(groupWidths: [])
        try c.emit(parse.items, flags: parse.flags)
        c.code.append(RegexInst(op: .match))
        var anchored = false
        var firstChar: UInt32?
        var firstSet: RegexCharSet?
        c.firstInfo(parse.items, flags: parse.flags, &anchored, &firstChar, &firstSet)
        return RegexProgram(
            code: c.code, sets: c.sets, groupCount: parse.groupCount, registerCount: c.registers, anchoredAtStart: anchored,
            firstChar: firstChar, firstSet: firstSet)
    }

    private var pc: Int32 { Int32(code.count) }

    private mutating func add(_ op: RegexOp, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, _ d: Int32 = 0) -> Int {
        code.append(RegexInst(op: op, a: a, b: b, c: c, d: d))
        return code.count - 1
    }

    private static func isSingle(_ items: [RegexItem]) -> Bool {
        guard items.count == 1 else { return false }
        switch items[0] {
        case .literal, .notLiteral, .any, .set: return true
        default: return false
        }
    }

    private mutating func emitSingle(_ item: RegexItem, flags: Int) {
        let ic = flags & RegexFlag.ignoreCase != 0
        let ascii = flags & RegexFlag.ascii != 0
        switch item {
        case .literal(let ch), .notLiteral(let ch):
            let negated: Bool
            if case .notLiteral = item { negated = true } else { negated = false }
            let lo = RegexChars.lower(ch, ascii: ascii)
            if ic && (lo != ch || RegexChars.upper(ch, ascii: ascii) != ch) {
                _ = add(negated ? .notCharIgnore : .charIgnore, Int32(bitPattern: lo), ascii ? 1 : 0)
            } else {
                _ = add(negated ? .notChar : .char, Int32(bitPattern: ch))
            }
        case .any:
            _ = add(flags & RegexFlag.dotAll != 0 ? .anyAll : .any)
        case .set(let negated, let items):
            sets.append(RegexCharSet(negated: negated, items: items, ignoreCase: ic, ascii: ascii))
            _ = add(.set, Int32(sets.count - 1))
        default: break
        }
    }

    private mutating func emit(_ items: [RegexItem], flags: Int) throws(RegexSyntaxError) {
        for item in items { try emit(item, flags: flags) }
    }

    private mutating func emit(_ item: RegexItem, flags: Int) throws(RegexSyntaxError) {
        let multiline = flags & RegexFlag.multiline != 0
        let ascii: Int32 = flags & RegexFlag.ascii != 0 ? 1 : 0
        switch item {
        case .literal, .notLiteral, .any, .set:
            emitSingle(item, flags: flags)
        case .at(let anchor):
            switch anchor {
            case .beginning: _ = add(multiline ? .atBeginningLine : .atBeginning)
            case .end: _ = add(multiline ? .atEndLine : .atEnd)
            case .beginningString: _ = add(.atBeginningString)
            case .endString: _ = add(.atEndString)
            case .boundary: _ = add(.boundary, 0, ascii)
            case .nonBoundary: _ = add(.nonBoundary, 0, ascii)
            }
        case .branch(let alts):
            var jumps: [Int] = []
            for (i, alt) in alts.enumerated() {
                if i < alts.count - 1 {
                    let split = add(.split)
                    code[split].a = pc
                    try emit(alt, flags: flags)
                    jumps.append(add(.jump))
                    code[split].b = pc
                } else {
                    try emit(alt, flags: flags)
                }
            }
            for j in jumps { code[j].a = pc }
        case .repeated(let mn, let mx, let kind, let body):
            try emitRepeat(mn, mx, kind, body, flags: flags)
        case .subpattern(let group, let addFlags, let removeFlags, let body):
            let inner = (flags | addFlags) & ~removeFlags
            if let g = group { _ = add(.save, Int32(2 * g)) }
            try emit(body, flags: inner)
            if let g = group { _ = add(.save, Int32(2 * g + 1)) }
        case .atomic(let body):
            let at = add(.atomic, pc + 1)
            try emit(body, flags: flags)
            _ = add(.succeed)
            code[at].d = pc
        case .assert(let behind, let negated, let body):
            var width: Int32 = 0
            if behind {
                let (lo, hi) = regexWidth(body, groupWidths)
                if lo != hi { throw RegexSyntaxError(message: "look-behind requires fixed-width pattern", position: nil) }
                width = Int32(clamping: lo)
            }
            let at = add(.assert, pc + 1, (behind ? 1 : 0) | (negated ? 2 : 0), width)
            try emit(body, flags: flags)
            _ = add(.succeed)
            code[at].d = pc
        case .groupRef(let g):
            _ = add(.groupRef, Int32(g), flags & RegexFlag.ignoreCase != 0 ? 1 : 0, ascii)
        case .groupExists(let g, let yes, let no):
            let test = add(.groupExists, Int32(g))
            try emit(yes, flags: flags)
            let j = add(.jump)
            code[test].b = pc
            if let no { try emit(no, flags: flags) }
            code[j].a = pc
        }
    }

    private mutating func emitRepeat(_ mn: Int, _ mx: Int, _ kind: RegexRepeatKind, _ body: [RegexItem], flags: Int)
        throws(RegexSyntaxError)
    {
        let maxValue = Int32(clamping: mx >= regexMaxRepeat ? Int(Int32.max) : mx)
        if Self.isSingle(body) {
            let op: RegexOp = kind == .greedy ? .repeatOne : kind == .lazy ? .repeatOneLazy : .repeatOnePossessive
            _ = add(op, 0, Int32(clamping: mn), maxValue)
            emitSingle(body[0], flags: flags)
            return
        }
        if kind == .possessive {
            let at = add(.atomic, pc + 1)
            try emitRepeat(mn, mx, .greedy, body, flags: flags)
            _ = add(.succeed)
            code[at].d = pc
            return
        }
        if mn == 0 && mx == 1 {
            let split = add(.split)
            if kind == .greedy {
                code[split].a = pc
                try emit(body, flags: flags)
                code[split].b = pc
            } else {
                code[split].b = pc
                try emit(body, flags: flags)
                code[split].a = pc
            }
            return
        }
        let counter = Int32(registers)
        let mark = Int32(registers + 1)
        registers += 2
        _ = add(.loopInit, counter)
        let head = add(kind == .greedy ? .loopBranch : .loopBranchLazy, counter, Int32(clamping: mn), maxValue)
        _ = add(.loopMark, mark)
        try emit(body, flags: flags)
        _ = add(.loopEnd, counter, mark, Int32(clamping: mn), Int32(head))
        code[head].d = pc
    }

    /// Where a match can start: anchored at 0, a fixed first code point, or a first-character set.
    private func firstInfo(_ items: [RegexItem], flags: Int, _ anchored: inout Bool, _ ch: inout UInt32?, _ set: inout RegexCharSet?) {
        guard let first = items.first else { return }
        let ic = flags & RegexFlag.ignoreCase != 0
        let ascii = flags & RegexFlag.ascii != 0
        switch first {
        case .at(.beginningString): anchored = true
        case .at(.beginning): anchored = flags & RegexFlag.multiline == 0
        case .literal(let c):
            if !ic { ch = c } else { set = RegexCharSet(negated: false, items: [.literal(c)], ignoreCase: true, ascii: ascii) }
        case .set(let negated, let its):
            set = RegexCharSet(negated: negated, items: its, ignoreCase: ic, ascii: ascii)
        case .repeated(let mn, _, _, let body) where mn >= 1:
            firstInfo(body, flags: flags, &anchored, &ch, &set)
        case .subpattern(_, let a, let r, let body):
            firstInfo(body, flags: (flags | a) & ~r, &anchored, &ch, &set)
        default: break
        }
    }
}
