extension RegexMatcher {
    /// Executes from `startPC` at `startPos` until `match` (top level) or `succeed` (a sub-program),
    /// backtracking through the entries above `base`. Returns the end position, or nil.
    mutating func run(pc startPC: Int, pos startPos: Int, base: Int, top: Bool) throws -> Int? {
        var pc = startPC
        var pos = startPos
        while true {
            steps &+= 1
            if steps >= 4096 { try tick() }
            let ins = code[pc]
            var ok = true
            switch ins.op {
            case .char:
                if pos < end && at(pos) == UInt32(bitPattern: ins.a) {
                    pos += 1
                    pc += 1
                } else {
                    ok = false
                }
            case .charIgnore, .notChar, .notCharIgnore, .any, .anyAll, .set:
                if pos < end && single(ins, pos) {
                    pos += 1
                    pc += 1
                } else {
                    ok = false
                }
            case .split:
                push(RegexBacktrack(kind: .branch, pc: ins.b, pos: pos, x: 0))
                pc = Int(ins.a)
            case .jump:
                pc = Int(ins.a)
            case .save:
                setSlot(Int(ins.a), pos)
                pc += 1
            case .atBeginning, .atBeginningString:
                ok = pos == 0
                pc += 1
            case .atBeginningLine:
                ok = pos == 0 || at(pos - 1) == 10
                pc += 1
            case .atEnd:
                ok = pos == end || (pos == end - 1 && at(pos) == 10)
                pc += 1
            case .atEndLine:
                ok = pos == end || at(pos) == 10
                pc += 1
            case .atEndString:
                ok = pos == end
                pc += 1
            case .boundary, .nonBoundary:
                let ascii = ins.b != 0
                if end == 0 {
                    ok = false
                } else {
                    let differs = isWord(pos - 1, ascii: ascii) != isWord(pos, ascii: ascii)
                    ok = ins.op == .boundary ? differs : !differs
                }
                pc += 1
            case .groupRef:
                let g = Int(ins.a)
                let s = slots[2 * g]
                let e = slots[2 * g + 1]
                if s < 0 || e < 0 || pos + (e - s) > end {
                    ok = false
                } else {
                    let ascii = ins.c != 0
                    for i in 0..<(e - s) {
                        let x = at(s + i)
                        let y = at(pos + i)
                        if x != y && (ins.b == 0 || RegexChars.lower(x, ascii: ascii) != RegexChars.lower(y, ascii: ascii)) {
                            ok = false
                            break
                        }
                    }
                    if ok {
                        pos += e - s
                        pc += 1
                    }
                }
            case .repeatOne:
                let mn = Int(ins.b)
                let n = countSingle(pc + 1, pos, Int(ins.c))
                if n < mn {
                    ok = false
                } else {
                    if n > mn { push(RegexBacktrack(kind: .repeatGreedy, pc: Int32(pc + 2), pos: pos + n, x: pos + mn)) }
                    pos += n
                    pc += 2
                }
            case .repeatOneLazy:
                let mn = Int(ins.b)
                let n = countSingle(pc + 1, pos, mn)
                if n < mn {
                    ok = false
                } else {
                    pos += n
                    let maxEnd = pos - mn + Int(ins.c)
                    if Int(ins.c) > mn { push(RegexBacktrack(kind: .repeatLazy, pc: Int32(pc), pos: pos, x: maxEnd)) }
                    pc += 2
                }
            case .repeatOnePossessive:
                let n = countSingle(pc + 1, pos, Int(ins.c))
                if n < Int(ins.b) {
                    ok = false
                } else {
                    pos += n
                    pc += 2
                }
            case .loopInit:
                setRegister(Int(ins.a), 0)
                pc += 1
            case .loopBranch, .loopBranchLazy:
                let count = registers[Int(ins.a)]
                if count < Int(ins.b) {
                    pc += 1
                } else if count >= Int(ins.c) {
                    pc = Int(ins.d)
                } else if ins.op == .loopBranch {
                    push(RegexBacktrack(kind: .branch, pc: ins.d, pos: pos, x: 0))
                    pc += 1
                } else {
                    push(RegexBacktrack(kind: .branch, pc: Int32(pc + 1), pos: pos, x: 0))
                    pc = Int(ins.d)
                }
            case .loopMark:
                setRegister(Int(ins.a), pos)
                pc += 1
            case .loopEnd:
                let count = registers[Int(ins.a)] + 1
                setRegister(Int(ins.a), count)
                if pos == registers[Int(ins.b)] && count >= Int(ins.c) {
                    pc = Int(code[Int(ins.d)].d)
                } else {
                    pc = Int(ins.d)
                }
            case .assert:
                let behind = ins.b & 1 != 0
                let negated = ins.b & 2 != 0
                let mark = sp
                var found = false
                let from = behind ? pos - Int(ins.c) : pos
                if from >= 0 {
                    found = try run(pc: Int(ins.a), pos: from, base: mark, top: false) != nil
                }
                if found == negated {
                    if found { unwind(to: mark) }
                    ok = false
                } else {
                    if found { collapse(to: mark) }
                    pc = Int(ins.d)
                }
            case .atomic:
                let mark = sp
                if let e = try run(pc: Int(ins.a), pos: pos, base: mark, top: false) {
                    collapse(to: mark)
                    pos = e
                    pc = Int(ins.d)
                } else {
                    ok = false
                }
            case .groupExists:
                let g = Int(ins.a)
                pc = slots[2 * g] >= 0 && slots[2 * g + 1] >= 0 ? pc + 1 : Int(ins.b)
            case .succeed:
                return pos
            case .match:
                if top && ((matchAll && pos != end) || (mustAdvance && pos == searchStart)) {
                    ok = false
                } else {
                    return pos
                }
            }
            if ok { continue }
            // Backtrack.
            var resumed = false
            while !resumed {
                if sp <= base { return nil }
                sp -= 1
                let e = stack[sp]
                switch e.kind {
                case .restoreSlot: restoreSlot(e)
                case .restoreRegister: registers[Int(e.pc)] = e.x
                case .branch:
                    pc = Int(e.pc)
                    pos = e.pos
                    resumed = true
                case .repeatGreedy:
                    var p = e.pos - 1
                    var np = Int(e.pc)
                    while code[np].op == .save { np += 1 }
                    let next = code[np]
                    if next.op == .char {
                        let c = UInt32(bitPattern: next.a)
                        while p >= e.x && (p >= end || at(p) != c) { p -= 1 }
                        if p < e.x { continue }
                    }
                    if p > e.x { push(RegexBacktrack(kind: .repeatGreedy, pc: e.pc, pos: p, x: e.x)) }
                    pc = Int(e.pc)
                    pos = p
                    resumed = true
                case .repeatLazy:
                    let p = e.pos
                    if p < end && p < e.x && single(code[Int(e.pc) + 1], p) {
                        if p + 1 < e.x { push(RegexBacktrack(kind: .repeatLazy, pc: e.pc, pos: p + 1, x: e.x)) }
                        pc = Int(e.pc) + 2
                        pos = p + 1
                        resumed = true
                    }
                }
                steps &+= 1
            }
        }
    }
}
