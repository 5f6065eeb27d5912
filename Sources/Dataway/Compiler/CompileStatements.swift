extension FunctionBuilder {
    func statements(_ body: [Stmt]) throws(SyntaxIssue) {
        for s in body { try statement(s) }
    }

    func statement(_ s: Stmt) throws(SyntaxIssue) {
        line = s.line
        let mark = nextRegister
        defer { nextRegister = mark }
        switch s.kind {
        case .expr(let e):
            if case .constant = e.kind { return }  // docstrings and bare literals
            _ = try value(e)
        case .assign(let targets, let valueExpr):
            if targets.count == 1, case .name(let n) = targets[0].kind, case .local(let r) = resolve(n), writesDestinationLast(valueExpr) {
                try compile(valueExpr, into: r)
                assignedRegisters.insert(r)
                return
            }
            if targets.count == 1, try parallelAssign(targets[0], valueExpr) { return }
            let v = try value(valueExpr)
            // The last target may take a temporary value apart (its register is dead afterwards).
            let temporary = !isNamedRegister(v)
            for (i, t) in targets.enumerated() { try assign(t, from: v, consuming: temporary && i == targets.count - 1) }
        case .annAssign(let t, let v):
            if let v { try assign(t, from: try value(v)) }
        case .augAssign(let target, let op, let valueExpr):
            try augmentedAssign(target, op, valueExpr)
        case .if(let cond, let body, let orElse):
            let before = assignedRegisters
            let skip = try jumpIfFalse(cond)
            try statements(body)
            let afterBody = assignedRegisters
            if orElse.isEmpty {
                for j in skip { patch(j, to: here) }
                assignedRegisters = before
            } else {
                let end = emit(.jump)
                for j in skip { patch(j, to: here) }
                assignedRegisters = before
                try statements(orElse)
                assignedRegisters.formIntersection(afterBody)
                patch(end, to: here)
            }
        case .while(let cond, let body, let orElse):
            let before = assignedRegisters
            let top = here
            let exits = try jumpIfFalse(cond)
            loops.append(LoopContext(continueTarget: top, protectionDepth: protection.count, finallyDepth: finallies.count))
            try statements(body)
            emit(.jump, top)
            let loop = loops.removeLast()
            for j in exits { patch(j, to: here) }
            assignedRegisters = before
            try statements(orElse)
            assignedRegisters = before
            for j in loop.breaks { patch(j, to: here) }
        case .for(let target, let iter, let body, let orElse):
            try forLoop(target, iter, body, orElse)
        case .def(let n, let params, let body):
            guard let fs = module.scopes[ObjectIdentifier(s)] else { return }
            let f = temp()
            try makeFunction(name: n, params: params, scope: fs, into: f) { b throws(SyntaxIssue) in
                try b.statements(body)
            }
            store(n, from: f)
        case .return(let e):
            if scope.kind == .module && !allowsModuleReturn {
                throw SyntaxIssue(message: "'return' outside function", line: s.line, column: s.column)
            }
            var operand = ~constant(.none)
            if let e {
                if finallies.isEmpty {
                    operand = try self.operand(e)
                } else {
                    let r = temp()
                    try compile(e, into: r)
                    operand = r
                }
            }
            try unwindFinallies(to: 0)
            emit(.returnValue, operand)
            reopenRegions()
        case .pass: break
        case .break, .continue:
            guard var loop = loops.last else {
                throw SyntaxIssue(message: "'\(s.kind.isBreak ? "break" : "continue")' outside loop", line: s.line, column: s.column)
            }
            try unwindFinallies(to: loop.finallyDepth)
            if s.kind.isBreak {
                loop.breaks.append(emit(.jump))
                loops[loops.count - 1] = loop
            } else {
                emit(.jump, loop.continueTarget)
            }
            reopenRegions()
        case .del(let targets):
            for t in targets { try deleteTarget(t) }
        case .global, .nonlocal: break
        case .assert(let test, let msg):
            let ok = try jumpIfTrue(test)
            if let msg {
                let r = try value(msg)
                emit(.assertFail, r)
            } else {
                emit(.assertFail, -1)
            }
            for j in ok { patch(j, to: here) }
        case .raise(let e, let cause):
            guard let e else {
                if let r = activeExceptions.last { emit(.reraise, r) } else { emit(.raiseNoActive) }
                return
            }
            let r = try value(e)
            if let cause {
                let c = try value(cause)
                emit(.raise, r, c, 1)
            } else {
                emit(.raise, r, -1, 0)
            }
        case .try(let body, let handlers, let orElse, let fin):
            try tryStatement(body, handlers, orElse, fin)
        case .import(let items):
            for (m, _) in items where !Modules.available.contains(m) {
                throw SyntaxIssue(
                    message: "import of '\(m)' is not supported in Dataway (available: \(Modules.available.joined(separator: ", ")))",
                    line: s.line, column: s.column)
            }
            for (m, asName) in items {
                let r = temp()
                // `import a.b` binds `a` (the package, whose attribute `b` is the submodule).
                emit(.importModule, r, nameConstant(asName == nil ? String(m.split(separator: ".")[0]) : m))
                store(asName ?? String(m.split(separator: ".")[0]), from: r)
            }
        case .importFrom(let m, let items):
            if !Modules.available.contains(m) {
                throw SyntaxIssue(
                    message: "import of '\(m)' is not supported in Dataway (available: \(Modules.available.joined(separator: ", ")))",
                    line: s.line, column: s.column)
            }
            let mod = temp()
            emit(.importModule, mod, nameConstant(m))
            for (n, asName) in items {
                let r = temp()
                emit(.importFrom, r, mod, nameConstant(n))
                store(asName ?? n, from: r)
            }
        }
    }

    func forLoop(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws(SyntaxIssue) {
        let before = assignedRegisters
        // A plain local loop variable receives each item directly.
        var direct: Int?
        if case .name(let n) = target.kind, case .local(let r) = resolve(n) { direct = r }
        let loopVar = direct ?? temp()
        var exitJump: Int
        let top: Int
        if let args = rangeArguments(iter) {
            // for x in range(a, b, c): counter, stop and step live in three registers.
            let base = temps(3)
            if args.count == 1 {
                emit(.loadConst, base, constant(.int(0)))
                try compile(args[0], into: base + 1)
                emit(.loadConst, base + 2, constant(.int(1)))
            } else {
                try compile(args[0], into: base)
                try compile(args[1], into: base + 1)
                if args.count == 3 { try compile(args[2], into: base + 2) } else { emit(.loadConst, base + 2, constant(.int(1))) }
            }
            // Validates the operands (ints, non-zero step) once; the loop op then only counts.
            emit(.forRangePrep, base)
            top = here
            exitJump = emit(.forRange, base, loopVar, 0)
        } else {
            let it = temp()
            let src = try value(iter)
            emit(.getIter, it, src)
            top = here
            exitJump = emit(.forIter, it, loopVar, 0)
        }
        if let direct {
            assignedRegisters.insert(direct)
        } else {
            try assign(target, from: loopVar, consuming: true)
        }
        loops.append(LoopContext(continueTarget: top, protectionDepth: protection.count, finallyDepth: finallies.count))
        try statements(body)
        emit(.jump, top)
        let loop = loops.removeLast()
        patch(exitJump, to: here)
        assignedRegisters = before
        try statements(orElse)
        assignedRegisters = before
        for j in loop.breaks { patch(j, to: here) }
    }

    /// The arguments of `range(...)` when the iterable is a call of the builtin `range`.
    func rangeArguments(_ e: Expr) -> [Expr]? {
        guard case .call(let f, let args) = e.kind, case .name("range") = f.kind,
            case .builtin = resolve("range"), (1...3).contains(args.count)
        else { return nil }
        var out: [Expr] = []
        for a in args {
            guard case .positional(let x) = a else { return nil }
            out.append(x)
        }
        return out
    }

    func tryStatement(_ body: [Stmt], _ clauses: [ExceptClause], _ orElse: [Stmt], _ fin: [Stmt]) throws(SyntaxIssue) {
        let before = assignedRegisters
        var finallyRegion: TryRegion?
        if !fin.isEmpty {
            let r = pushRegion(register: temp())
            finallyRegion = r
            finallies.append(FinallyContext(body: fin, protectionIndex: protection.count - 1))
        }
        if clauses.isEmpty {
            try statements(body)
        } else {
            let excReg = temp()
            let region = pushRegion(register: excReg)
            try statements(body)
            detachRegion(region)
            assignedRegisters = before
            try statements(orElse)
            let toEnd = emit(.jump)
            finishRegion(region, handler: here)
            var ends = [toEnd]
            activeExceptions.append(excReg)
            for clause in clauses {
                line = clause.line
                assignedRegisters = before
                var next: Int?
                if let t = clause.type {
                    let tr = try value(t)
                    let m = temp()
                    emit(.excMatch, m, excReg, tr)
                    next = emit(.jumpIfFalse, m, 0)
                }
                if let n = clause.name { store(n, from: excReg) }
                try statements(clause.body)
                if let n = clause.name { delete(n) }
                ends.append(emit(.jump))
                if let next { patch(next, to: here) }
            }
            activeExceptions.removeLast()
            emit(.reraise, excReg)
            for j in ends { patch(j, to: here) }
        }
        assignedRegisters = before
        if let fr = finallyRegion {
            finallies.removeLast()
            detachRegion(fr)
            let skip = emit(.jump)
            finishRegion(fr, handler: here)
            activeExceptions.append(fr.register)
            try statements(fin)
            activeExceptions.removeLast()
            emit(.reraise, fr.register)
            patch(skip, to: here)
            assignedRegisters = before
            try statements(fin)
        }
        assignedRegisters = before
    }

    func augmentedAssign(_ target: Expr, _ op: BinOp, _ valueExpr: Expr) throws(SyntaxIssue) {
        switch target.kind {
        case .name(let n):
            if case .local(let r) = resolve(n) {
                // In place in the variable's register (no other code can see it meanwhile).
                if !assignedRegisters.contains(r) { emit(.checkBound, r, nameConstant(n)) }
                let rhs = try operand(valueExpr)
                emitInplace(op, r, r, rhs)
                assignedRegisters.insert(r)
                return
            }
            let cur = temp()
            load(n, into: cur)
            let rhs = try operand(valueExpr)
            let out = temp()
            emitInplace(op, out, cur, rhs)
            store(n, from: out)
        case .subscript(let obj, let key):
            let o = try value(obj)
            let k = try operand(key)
            let cur = temp()
            emit(.getItem, cur, o, k)
            let rhs = try operand(valueExpr)
            emitInplace(op, cur, cur, rhs)
            emit(.setItem, o, k, cur)
        case .attribute(let obj, let n):
            let o = try value(obj)
            let cur = temp()
            emit(.getAttr, cur, o, nameConstant(n))
            let rhs = try operand(valueExpr)
            emitInplace(op, cur, cur, rhs)
            emit(.setAttr, o, nameConstant(n), cur)
        default:
            throw SyntaxIssue(message: "illegal expression for augmented assignment", line: target.line, column: target.column)
        }
    }

    /// `a, b = x, y` (no starred items, as many values as targets): the values are computed into
    /// temporaries first, then assigned left to right, without building and unpacking a tuple.
    func parallelAssign(_ target: Expr, _ valueExpr: Expr) throws(SyntaxIssue) -> Bool {
        guard case .tuple(let values) = valueExpr.kind, !values.isEmpty else { return false }
        let targets: [Expr]
        switch target.kind {
        case .tuple(let items), .list(let items): targets = items
        default: return false
        }
        let starred: (Expr) -> Bool = { if case .starred = $0.kind { return true } else { return false } }
        guard targets.count == values.count, !targets.contains(where: starred), !values.contains(where: starred) else { return false }
        let base = temps(values.count)
        for (i, v) in values.enumerated() { try compile(v, into: base + i) }
        for (i, t) in targets.enumerated() { try assign(t, from: base + i) }
        return true
    }

    /// The registers of `items` when each is a plain local name and no two are the same.
    func distinctLocals(_ items: [Expr]) -> [Int]? {
        var out: [Int] = []
        for t in items {
            guard case .name(let n) = t.kind, case .local(let r) = resolve(n), !out.contains(r) else { return nil }
            out.append(r)
        }
        return out
    }

    /// Register operands three to an `ext` word (read with `operand(_:_:)` in the VM).
    func emitOperands(_ operands: [Int]) {
        var i = 0
        while i < operands.count {
            emit(.ext, operands[i], i + 1 < operands.count ? operands[i + 1] : 0, i + 2 < operands.count ? operands[i + 2] : 0)
            i += 3
        }
    }

    func emitInplace(_ op: BinOp, _ dst: Int, _ a: Int, _ b: Int) {
        emit(.inplace, dst, a, b)
        emit(.ext, BinOp.allCases.firstIndex(of: op) ?? 0)
    }

    /// Stores the value in register `src` into an assignment target. `consuming`: `src` is a
    /// temporary nothing reads afterwards, so unpacking may move its items out.
    func assign(_ target: Expr, from src: Int, consuming: Bool = false) throws(SyntaxIssue) {
        line = target.line
        switch target.kind {
        case .name(let n): store(n, from: src)
        case .attribute(let obj, let n):
            let o = try value(obj)
            emit(.setAttr, o, nameConstant(n), src)
        case .subscript(let obj, let key):
            let o = try value(obj)
            let k = try operand(key)
            emit(.setItem, o, k, src)
        case .tuple(let items), .list(let items):
            let mark = nextRegister
            defer { nextRegister = mark }
            if let star = items.firstIndex(where: { if case .starred = $0.kind { return true } else { return false } }) {
                if items.lastIndex(where: { if case .starred = $0.kind { return true } else { return false } }) != star {
                    throw SyntaxIssue(message: "multiple starred expressions in assignment", line: target.line, column: target.column)
                }
                let base = temps(items.count)
                emit(.unpackEx, src, base, star)
                emit(.ext, items.count - star - 1)
                for (i, t) in items.enumerated() {
                    if case .starred(let inner) = t.kind { try assign(inner, from: base + i) } else { try assign(t, from: base + i) }
                }
            } else if let regs = distinctLocals(items) {
                // Every target a different local: unpack straight into their registers.
                emit(.unpackTo, src, consuming ? 1 : 0, regs.count)
                emitOperands(regs)
                for r in regs { assignedRegisters.insert(r) }
            } else {
                let base = temps(items.count)
                emit(.unpackSequence, src, base, items.count)
                for (i, t) in items.enumerated() { try assign(t, from: base + i) }
            }
        case .starred:
            throw SyntaxIssue(message: "starred assignment target must be in a list or tuple", line: target.line, column: target.column)
        default:
            throw SyntaxIssue(message: "cannot assign to expression", line: target.line, column: target.column)
        }
    }

    func deleteTarget(_ t: Expr) throws(SyntaxIssue) {
        switch t.kind {
        case .name(let n): delete(n)
        case .subscript(let obj, let key):
            let o = try value(obj)
            let k = try operand(key)
            emit(.delItem, o, k)
        case .attribute(let obj, let n):
            let o = try value(obj)
            emit(.delAttr, o, nameConstant(n))
        case .tuple(let items), .list(let items):
            for i in items { try deleteTarget(i) }
        default:
            throw SyntaxIssue(message: "cannot delete expression", line: t.line, column: t.column)
        }
    }

    /// Compiles a nested function body and emits `makeFunction` into `dst`.
    func makeFunction(
        name: String, params: Params, scope fs: Scope, into dst: Int,
        body: (FunctionBuilder) throws(SyntaxIssue) -> Void
    ) throws(SyntaxIssue) {
        // Defaults are evaluated in the defining scope, at definition time.
        var defaultsReg = -1
        let positionalDefaults = params.positional.compactMap(\.defaultValue)
        if !positionalDefaults.isEmpty {
            var operands: [Int] = []
            for d in positionalDefaults { operands.append(try operand(d)) }
            defaultsReg = temp()
            emit(.buildTuple, defaultsReg, 0, positionalDefaults.count)
            emitOperands(operands)
        }
        var kwDefaultsReg = -1
        let kwDefaults = params.kwonly.filter { $0.defaultValue != nil }
        if !kwDefaults.isEmpty {
            var operands: [Int] = []
            for p in kwDefaults {
                operands.append(~nameConstant(p.name))
                if let d = p.defaultValue { operands.append(try operand(d)) }
            }
            kwDefaultsReg = temp()
            emit(.buildDict, kwDefaultsReg, 0, kwDefaults.count)
            emitOperands(operands)
        }
        let child = FunctionBuilder(module: module, scope: fs, name: name)
        child.line = line
        for p in fs.params {
            let r = child.reserveLocal(p)
            child.assignedRegisters.insert(r)
        }
        for n in fs.assigned where !fs.globals.contains(n) && !fs.nonlocals.contains(n) { _ = child.reserveLocal(n) }
        for n in fs.frees {
            let r = child.reserveLocal(n)
            child.assignedRegisters.insert(r)
        }
        try body(child)
        let code = child.build(params: params)
        codes.append(code)
        // Captured cells, in the child's free-variable order, must sit in consecutive registers.
        let captureBase = temps(fs.frees.count)
        for (i, n) in fs.frees.enumerated() {
            switch resolve(n) {
            case .cell(let r): emit(.move, captureBase + i, r)
            default: emit(.loadConst, captureBase + i, constant(.none, key: "N"))
            }
        }
        emit(.makeFunction, dst, codes.count - 1, defaultsReg)
        emit(.ext, kwDefaultsReg, captureBase, fs.frees.count)
    }
}

extension Stmt.Kind {
    var isBreak: Bool {
        if case .break = self { return true }
        return false
    }
}
