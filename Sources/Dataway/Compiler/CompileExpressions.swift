extension FunctionBuilder {
    /// A register holding the value of `e` (a local's own register when possible).
    /// Refuses the Python builtins that Dataway leaves out (unless the script defines the name).
    func checkAllowed(_ n: String, _ e: Expr) throws(SyntaxIssue) {
        if forbiddenNames.contains(n), case .global = resolve(n), !module.assignedGlobals.contains(n) {
            throw SyntaxIssue(message: "'\(n)' is not supported in Dataway", line: e.line, column: e.column)
        }
    }

    func value(_ e: Expr) throws(SyntaxIssue) -> Int {
        if case .name(let n) = e.kind { try checkAllowed(n, e) }
        if case .name(let n) = e.kind, case .local(let r) = resolve(n) {
            if !assignedRegisters.contains(r) { emit(.checkBound, r, nameConstant(n)) }
            return r
        }
        let r = temp()
        try compile(e, into: r)
        return r
    }

    /// A register, or `~constant` for literals (the `rk` operand form).
    func operand(_ e: Expr) throws(SyntaxIssue) -> Int {
        if case .constant(let c) = e.kind { return ~constant(c) }
        return try value(e)
    }

    /// `operand`, marked `movedOperand` when it is a temporary that nothing reads afterwards, so
    /// that a container display takes the value over instead of copying it (build instructions
    /// only).
    func itemOperand(_ e: Expr) throws(SyntaxIssue) -> Int {
        let r = try operand(e)
        return r >= 0 && !isNamedRegister(r) ? r | movedOperand : r
    }

    func compile(_ e: Expr, into dst: Int) throws(SyntaxIssue) {
        let savedLine = line
        line = e.line
        defer { line = savedLine }
        let mark = nextRegister
        defer { nextRegister = mark }
        switch e.kind {
        case .name(let n):
            try checkAllowed(n, e)
            load(n, into: dst)
        case .constant(let c): emit(.loadConst, dst, constant(c))
        case .binary(let op, let a, let b):
            let x = try operand(a)
            let y = try operand(b)
            switch op {
            case .add: emit(.add, dst, x, y)
            case .sub: emit(.sub, dst, x, y)
            case .mul: emit(.mul, dst, x, y)
            case .mod: emit(.mod, dst, x, y)
            case .floordiv: emit(.floordiv, dst, x, y)
            case .div: emit(.truediv, dst, x, y)
            default:
                emit(.binary, dst, x, y)
                emit(.ext, BinOp.allCases.firstIndex(of: op) ?? 0)
            }
        case .unary(let op, let a):
            let x = try value(a)
            switch op {
            case .neg: emit(.neg, dst, x)
            case .pos: emit(.pos, dst, x)
            case .not: emit(.not, dst, x)
            case .invert: emit(.invert, dst, x)
            }
        case .boolOp(let isAnd, let items):
            var ends: [Int] = []
            for (i, item) in items.enumerated() {
                try compile(item, into: dst)
                if i < items.count - 1 { ends.append(emit(isAnd ? .jumpIfFalse : .jumpIfTrue, dst, 0)) }
            }
            for j in ends { patch(j, to: here) }
        case .compare(let first, let rest):
            var lhs = try operand(first)
            var ends: [Int] = []
            for (i, (op, rhsExpr)) in rest.enumerated() {
                let rhs: Int
                if i < rest.count - 1 {
                    // Middle operands are evaluated once and reused.
                    let r = temp()
                    try compile(rhsExpr, into: r)
                    rhs = r
                } else {
                    rhs = try operand(rhsExpr)
                }
                emit(compareOpcode(op), dst, lhs, rhs)
                if i < rest.count - 1 { ends.append(emit(.jumpIfFalse, dst, 0)) }
                lhs = rhs
            }
            for j in ends { patch(j, to: here) }
        case .call(let f, let args):
            try call(f, args, into: dst)
        case .attribute(let obj, let n):
            let o = try value(obj)
            emit(module.attributeKeys ? .getAttrOrKey : .getAttr, dst, o, nameConstant(n))
        case .subscript(let obj, let key):
            let o = try value(obj)
            let k = try operand(key)
            emit(.getItem, dst, o, k)
        case .slice(let a, let b, let c):
            let base = temps(3)
            for (i, part) in [a, b, c].enumerated() {
                if let part { try compile(part, into: base + i) } else { emit(.loadConst, base + i, constant(.none)) }
            }
            emit(.buildSlice, dst, base)
        case .list(let items): try sequence(items, into: dst, kind: .list)
        case .tuple(let items): try sequence(items, into: dst, kind: .tuple)
        case .set(let items): try sequence(items, into: dst, kind: .set)
        case .dict(let pairs):
            if pairs.allSatisfy({ $0.0 != nil }) {
                // Keys and values are read in place (constants, locals, temporaries).
                var operands: [Int] = []
                for (k, v) in pairs {
                    if let k { operands.append(try operand(k)) }
                    operands.append(try itemOperand(v))
                }
                emit(.buildDict, dst, 0, pairs.count)
                emitOperands(operands)
            } else {
                let d = temp()
                emit(.buildDict, d, 0, 0)
                for (k, v) in pairs {
                    let m = nextRegister
                    if let k {
                        let kr = try value(k)
                        let vr = try value(v)
                        emit(.dictSet, d, kr, vr)
                    } else {
                        emit(.dictUpdate, d, try value(v))
                    }
                    nextRegister = m
                }
                emit(.move, dst, d)
            }
        case .starred:
            throw SyntaxIssue(message: "can't use starred expression here", line: e.line, column: e.column)
        case .ifExp(let test, let body, let orElse):
            let skip = try jumpIfFalse(test)
            try compile(body, into: dst)
            let end = emit(.jump)
            for j in skip { patch(j, to: here) }
            try compile(orElse, into: dst)
            patch(end, to: here)
        case .lambda(let params, let body):
            guard let fs = module.scopes[ObjectIdentifier(e)] else { return }
            try makeFunction(name: "<lambda>", params: params, scope: fs, into: dst) { b throws(SyntaxIssue) in
                let r = try b.operand(body)
                b.emit(.returnValue, r)
            }
        case .comprehension(let kind, let element, let valueExpr, let clauses):
            try comprehension(e, kind, element, valueExpr, clauses, into: dst)
        case .fstring(let parts):
            try fstring(parts, into: dst)
        }
    }

    /// True when compiling `e` into a variable's own register cannot read that register after
    /// writing it (so `x = e` may target `x` directly).
    func writesDestinationLast(_ e: Expr) -> Bool {
        switch e.kind {
        case .boolOp, .ifExp: return false
        case .compare(_, let rest): return rest.count == 1
        default: return true
        }
    }

    func compareOpcode(_ op: CmpOp) -> Opcode {
        switch op {
        case .lt: return .lt
        case .le: return .le
        case .eq: return .eq
        case .ne: return .ne
        case .gt: return .gt
        case .ge: return .ge
        case .is: return .is
        case .isNot: return .isNot
        case .in: return .in
        case .notIn: return .notIn
        }
    }

    enum SequenceKind { case list, tuple, set }

    func sequence(_ items: [Expr], into dst: Int, kind: SequenceKind) throws(SyntaxIssue) {
        let hasStar = items.contains { if case .starred = $0.kind { return true } else { return false } }
        if !hasStar {
            var operands: [Int] = []
            for item in items { operands.append(kind == .set ? try operand(item) : try itemOperand(item)) }
            emit(kind == .list ? .buildList : kind == .tuple ? .buildTuple : .buildSet, dst, 0, items.count)
            emitOperands(operands)
            return
        }
        let acc = temp()
        emit(kind == .set ? .buildSet : .buildList, acc, 0, 0)
        for item in items {
            let m = nextRegister
            if case .starred(let inner) = item.kind {
                emit(kind == .set ? .setUpdate : .listExtend, acc, try value(inner))
            } else {
                emit(kind == .set ? .setAdd : .listAppend, acc, try value(item))
            }
            nextRegister = m
        }
        if kind == .tuple { emit(.listToTuple, dst, acc) } else { emit(.move, dst, acc) }
    }

    /// True when evaluating `e` cannot run script code, and so cannot rebind a global name.
    static func cannotRebind(_ e: Expr) -> Bool {
        switch e.kind {
        case .name, .constant: return true
        case .attribute(let a, _), .unary(_, let a): return cannotRebind(a)
        case .binary(_, let a, let b), .subscript(let a, let b): return cannotRebind(a) && cannotRebind(b)
        case .compare(let a, let rest): return cannotRebind(a) && rest.allSatisfy { cannotRebind($0.1) }
        case .list(let items), .tuple(let items), .boolOp(_, let items): return items.allSatisfy(cannotRebind)
        default: return false
        }
    }

    func call(_ f: Expr, _ args: [Arg], into dst: Int) throws(SyntaxIssue) {
        let simple = args.allSatisfy {
            switch $0 {
            case .positional, .keyword: return true
            default: return false
            }
        }
        if simple {
            var kwNames: [String] = []
            let positional = args.compactMap { a -> Expr? in
                if case .positional(let e) = a { return e }
                return nil
            }
            let keywords = args.compactMap { a -> (String, Expr)? in
                if case .keyword(let n, let e) = a { return (n, e) }
                return nil
            }
            // Operands are read in place by the call (borrowed, not copied into argument
            // registers): a local's own register, a temporary, or a constant.
            var callee = 0
            var globalSlot = -1
            var methodName: String?
            if case .attribute(let obj, let n) = f.kind {
                methodName = n
                callee = try operand(obj)
            } else if case .name(let n) = f.kind {
                try checkAllowed(n, f)
                switch resolve(n) {
                case .builtin(let v): callee = ~constant(v, key: "B" + n)
                case .global(let slot)
                where module.assignedGlobals.contains(n)
                    && (positional + keywords.map(\.1)).allSatisfy(FunctionBuilder.cannotRebind):
                    // A function the script defines, read when the call happens: no argument can
                    // rebind a global before then.
                    globalSlot = slot
                default: callee = try value(f)
                }
            } else {
                callee = try value(f)
            }
            var operands: [Int] = []
            for a in positional { operands.append(try operand(a)) }
            for (n, a) in keywords {
                operands.append(try operand(a))
                kwNames.append(n)
            }
            let kw = kwNames.isEmpty ? -1 : constant(.tuple(kwNames.map { .str($0) }), key: "K" + kwNames.joined(separator: ","))
            line = f.line
            if let methodName {
                emit(.callMethod, dst, callee, operands.count)
                emit(.ext, nameConstant(methodName), kw, MethodRegistry.ids[methodName] ?? -1)
            } else {
                emit(.call, dst, callee, operands.count)
                emit(.ext, kw, globalSlot)
            }
            emitOperands(operands)
            return
        }
        // General form: build the positional tuple and keyword dict.
        let callee = try value(f)
        let list = temp()
        emit(.buildList, list, 0, 0)
        let dict = temp()
        emit(.buildDict, dict, 0, 0)
        for a in args {
            let m = nextRegister
            switch a {
            case .positional(let e): emit(.listAppend, list, try value(e))
            case .star(let e): emit(.listExtend, list, try value(e))
            case .keyword(let n, let e):
                let k = temp()
                emit(.loadConst, k, nameConstant(n))
                emit(.dictSet, dict, k, try value(e))
            case .doubleStar(let e): emit(.dictUpdate, dict, try value(e))
            }
            nextRegister = m
        }
        emit(.listToTuple, list, list)
        line = f.line
        emit(.callEx, dst, callee, list)
        emit(.ext, dict)
    }

    func comprehension(
        _ e: Expr, _ kind: ComprehensionKind, _ element: Expr, _ valueExpr: Expr?, _ clauses: [CompFor], into dst: Int
    ) throws(SyntaxIssue) {
        guard let cs = module.scopes[ObjectIdentifier(e)] else { return }
        if kind == .generator && clauses.count == 1 {
            try lazyGenerator(cs, element, clauses[0], into: dst)
            return
        }
        let acc = temp()
        switch kind {
        case .list, .generator: emit(.buildList, acc, 0, 0)
        case .set: emit(.buildSet, acc, 0, 0)
        case .dict: emit(.buildDict, acc, 0, 0)
        }
        // The first iterable is evaluated before the comprehension scope starts.
        let firstIter = try value(clauses[0].iter)
        var regs: [String: Int] = [:]
        for n in cs.assigned { regs[n] = temp() }
        overlays.append((cs, regs))
        defer { overlays.removeLast() }
        let savedAssigned = assignedRegisters
        for n in cs.assigned where cs.cells.contains(n) {
            if let r = regs[n] { emit(.makeCell, r, 1) }
        }
        var loopStack: [(top: Int, exit: Int)] = []
        for (i, clause) in clauses.enumerated() {
            let it = temp()
            let src = i == 0 ? firstIter : try value(clause.iter)
            emit(.getIter, it, src)
            let top = here
            let v = temp()
            let exit = emit(.forIter, it, v, 0)
            try assign(clause.target, from: v, consuming: true)
            loopStack.append((top, exit))
            for cond in clause.conditions {
                for j in try jumpIfFalse(cond) { patch(j, to: top) }
            }
        }
        let m = nextRegister
        switch kind {
        case .list, .generator:
            let r = try value(element)
            emit(.listAppend, acc, r, isNamedRegister(r) ? 0 : 1)
        case .set: emit(.setAdd, acc, try value(element))
        case .dict:
            let k = try value(element)
            let v = try value(valueExpr ?? element)
            emit(.dictSet, acc, k, v)
        }
        nextRegister = m
        for (top, exit) in loopStack.reversed() {
            emit(.jump, top)
            patch(exit, to: here)
        }
        assignedRegisters = savedAssigned
        if kind == .generator {
            emit(.getIter, dst, acc)
        } else {
            emit(.move, dst, acc)
        }
    }

    /// `(element for target in iterable if ...)`: a function from one item to the element (or to
    /// the skip marker when a condition fails), driven lazily by a generator iterator.
    func lazyGenerator(_ fs: Scope, _ element: Expr, _ clause: CompFor, into dst: Int) throws(SyntaxIssue) {
        let source = try value(clause.iter)
        let fn = temp()
        var params = Params()
        params.positional = [Params.Param(name: ".0", defaultValue: nil, line: line, column: 0)]
        try makeFunction(name: "<genexpr>", params: params, scope: fs, into: fn) { b throws(SyntaxIssue) in
            guard let item = b.locals[".0"] else { return }
            try b.assign(clause.target, from: item)
            var skips: [Int] = []
            for cond in clause.conditions { skips += try b.jumpIfFalse(cond) }
            let r = try b.operand(element)
            b.emit(.returnValue, r)
            if !skips.isEmpty {
                for j in skips { b.patch(j, to: b.here) }
                b.emit(.returnValue, ~b.constant(.undefined, key: "U"))
            }
        }
        emit(.makeGenerator, dst, fn, source)
    }

    func fstring(_ parts: [FPart], into dst: Int) throws(SyntaxIssue) {
        let base = temps(parts.count)
        for (i, p) in parts.enumerated() {
            switch p {
            case .literal(let s): emit(.loadConst, base + i, nameConstant(s))
            case .field(let e, let conv, let spec):
                let v = try value(e)
                var specReg = -1
                if let spec {
                    specReg = temp()
                    try fstring(spec, into: specReg)
                }
                let c: Int
                switch conv {
                case "s": c = 1
                case "r": c = 2
                case "a": c = 3
                default: c = 0
                }
                emit(.formatValue, base + i, v, c)
                emit(.ext, specReg)
            }
        }
        if parts.count == 1, case .field = parts[0] {
            emit(.move, dst, base)
        } else {
            emit(.buildString, dst, base, parts.count)
        }
    }

    // MARK: conditions

    /// Emits a test that jumps when `e` is false; returns the jumps to patch.
    func jumpIfFalse(_ e: Expr) throws(SyntaxIssue) -> [Int] {
        let mark = nextRegister
        defer { nextRegister = mark }
        switch e.kind {
        case .unary(.not, let inner):
            return try jumpIfTrue(inner)
        case .boolOp(true, let items):
            var out: [Int] = []
            for i in items { out += try jumpIfFalse(i) }
            return out
        case .boolOp(false, let items):
            var trues: [Int] = []
            for i in items.dropLast() { trues += try jumpIfTrue(i) }
            let out = try jumpIfFalse(items[items.count - 1])
            for j in trues { patch(j, to: here) }
            return out
        case .compare(let a, let rest) where rest.count == 1:
            let fused: Opcode?
            switch rest[0].0 {
            case .lt: fused = .ltJumpIfFalse
            case .le: fused = .leJumpIfFalse
            case .gt: fused = .gtJumpIfFalse
            case .ge: fused = .geJumpIfFalse
            case .eq: fused = .eqJumpIfFalse
            case .ne: fused = .neJumpIfFalse
            default: fused = nil
            }
            if let fused {
                let x = try operand(a)
                let y = try operand(rest[0].1)
                line = e.line
                return [emit(fused, x, y, 0)]
            }
        case .constant(.bool(true)):
            return []
        default: break
        }
        let r = try value(e)
        return [emit(.jumpIfFalse, r, 0)]
    }

    func jumpIfTrue(_ e: Expr) throws(SyntaxIssue) -> [Int] {
        let mark = nextRegister
        defer { nextRegister = mark }
        switch e.kind {
        case .unary(.not, let inner):
            return try jumpIfFalse(inner)
        case .boolOp(false, let items):
            var out: [Int] = []
            for i in items { out += try jumpIfTrue(i) }
            return out
        case .boolOp(true, let items):
            var falses: [Int] = []
            for i in items.dropLast() { falses += try jumpIfFalse(i) }
            let out = try jumpIfTrue(items[items.count - 1])
            for j in falses { patch(j, to: here) }
            return out
        default: break
        }
        let r = try value(e)
        return [emit(.jumpIfTrue, r, 0)]
    }
}
