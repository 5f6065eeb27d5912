extension VM {
    /// Runs the top frame until the entry frame that started this invocation returns.
    func run() throws -> Value {
        var (fp, code, regs, consts, pc) = topState()

        while true {
            let ins = code[pc]
            pc += 1
            do {
                switch ins.op {
                case .nop, .ext: break
                case .loadConst: regs[Int(ins.a)] = consts[Int(ins.b)]
                case .move: regs[Int(ins.a)] = regs[Int(ins.b)]
                case .checkBound:
                    if regs[Int(ins.a)].isUndefined {
                        let name = consts[Int(ins.b)].asStr?.value ?? "?"
                        throw PyException.make(
                            .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                    }
                case .loadGlobal:
                    let v = globals[Int(ins.b)]
                    if v.isUndefined {
                        // A global named like a builtin reads the builtin until the script assigns it
                        // (and again after `del`).
                        guard let b = Builtins.table[globalNames[Int(ins.b)]] else {
                            throw PyException.make(.nameError, "name '\(globalNames[Int(ins.b)])' is not defined")
                        }
                        regs[Int(ins.a)] = b
                        break
                    }
                    regs[Int(ins.a)] = v
                case .storeGlobal: globals[Int(ins.a)] = regs[Int(ins.b)]
                case .deleteGlobal:
                    if globals[Int(ins.a)].isUndefined {
                        throw PyException.make(.nameError, "name '\(globalNames[Int(ins.a)])' is not defined")
                    }
                    globals[Int(ins.a)] = .undefined
                case .loadDeref:
                    let cell = unsafeDowncast(regs[Int(ins.b)].asObject!, to: PyCell.self)
                    if cell.value.isUndefined {
                        let name = fp.pointee.code.registerNames[Int(ins.b)] ?? "?"
                        throw PyException.make(
                            .nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                    }
                    regs[Int(ins.a)] = cell.value
                case .storeDeref:
                    unsafeDowncast(regs[Int(ins.a)].asObject!, to: PyCell.self).value = regs[Int(ins.b)]
                case .deleteDeref:
                    unsafeDowncast(regs[Int(ins.a)].asObject!, to: PyCell.self).value = .undefined
                case .deleteFast:
                    if regs[Int(ins.a)].isUndefined {
                        let name = consts[Int(ins.b)].asStr?.value ?? "?"
                        throw PyException.make(
                            .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                    }
                    regs[Int(ins.a)] = .undefined
                case .makeCell:
                    regs[Int(ins.a)] = .object(PyCell(ins.b == 1 ? .undefined : regs[Int(ins.a)]))

                case .add:
                    let a = rkv(regs, consts, ins.b), b = rkv(regs, consts, ins.c)
                    if case .int(let x) = a, case .int(let y) = b {
                        let (r, o) = x.addingReportingOverflow(y)
                        if !o {
                            regs[Int(ins.a)] = .int(r)
                            break
                        }
                    } else if case .float(let x) = a, case .float(let y) = b {
                        regs[Int(ins.a)] = .float(x + y)
                        break
                    }
                    regs[Int(ins.a)] = try binaryOp(.add, a, b)
                case .sub:
                    let a = rkv(regs, consts, ins.b), b = rkv(regs, consts, ins.c)
                    if case .int(let x) = a, case .int(let y) = b {
                        let (r, o) = x.subtractingReportingOverflow(y)
                        if !o {
                            regs[Int(ins.a)] = .int(r)
                            break
                        }
                    } else if case .float(let x) = a, case .float(let y) = b {
                        regs[Int(ins.a)] = .float(x - y)
                        break
                    }
                    regs[Int(ins.a)] = try binaryOp(.sub, a, b)
                case .mul:
                    let a = rkv(regs, consts, ins.b), b = rkv(regs, consts, ins.c)
                    if case .int(let x) = a, case .int(let y) = b {
                        let (r, o) = x.multipliedReportingOverflow(by: y)
                        if !o {
                            regs[Int(ins.a)] = .int(r)
                            break
                        }
                    } else if case .float(let x) = a, case .float(let y) = b {
                        regs[Int(ins.a)] = .float(x * y)
                        break
                    }
                    regs[Int(ins.a)] = try binaryOp(.mul, a, b)
                case .mod:
                    let a = rkv(regs, consts, ins.b), b = rkv(regs, consts, ins.c)
                    if case .int(let x) = a, case .int(let y) = b, y > 0, x >= 0 {
                        regs[Int(ins.a)] = .int(x % y)
                        break
                    }
                    regs[Int(ins.a)] = try binaryOp(.mod, a, b)
                case .floordiv:
                    let a = rkv(regs, consts, ins.b), b = rkv(regs, consts, ins.c)
                    if case .int(let x) = a, case .int(let y) = b, y > 0, x >= 0 {
                        regs[Int(ins.a)] = .int(x / y)
                        break
                    }
                    regs[Int(ins.a)] = try binaryOp(.floordiv, a, b)
                case .truediv:
                    regs[Int(ins.a)] = try binaryOp(.div, rkv(regs, consts, ins.b), rkv(regs, consts, ins.c))
                case .binary:
                    let op = BinOp.allCases[Int(code[pc].a)]
                    pc += 1
                    regs[Int(ins.a)] = try binaryOp(op, rkv(regs, consts, ins.b), rkv(regs, consts, ins.c))
                case .inplace:
                    let op = BinOp.allCases[Int(code[pc].a)]
                    pc += 1
                    regs[Int(ins.a)] = try inplaceOp(op, rkv(regs, consts, ins.b), rkv(regs, consts, ins.c))
                case .neg: regs[Int(ins.a)] = try unaryOp(.neg, regs[Int(ins.b)])
                case .pos: regs[Int(ins.a)] = try unaryOp(.pos, regs[Int(ins.b)])
                case .invert: regs[Int(ins.a)] = try unaryOp(.invert, regs[Int(ins.b)])
                case .not: regs[Int(ins.a)] = .bool(!(try truthy(regs[Int(ins.b)])))

                case .lt, .le, .gt, .ge, .eq, .ne:
                    let a = rkv(regs, consts, ins.b), b = rkv(regs, consts, ins.c)
                    if case .int(let x) = a, case .int(let y) = b {
                        let r: Bool
                        switch ins.op {
                        case .lt: r = x < y
                        case .le: r = x <= y
                        case .gt: r = x > y
                        case .ge: r = x >= y
                        case .eq: r = x == y
                        default: r = x != y
                        }
                        regs[Int(ins.a)] = .bool(r)
                        break
                    }
                    regs[Int(ins.a)] = .bool(try compareOp(ins.op, a, b))
                case .is: regs[Int(ins.a)] = .bool(isSame(rkv(regs, consts, ins.b), rkv(regs, consts, ins.c)))
                case .isNot: regs[Int(ins.a)] = .bool(!isSame(rkv(regs, consts, ins.b), rkv(regs, consts, ins.c)))
                case .in: regs[Int(ins.a)] = .bool(try contains(rkv(regs, consts, ins.c), rkv(regs, consts, ins.b)))
                case .notIn: regs[Int(ins.a)] = .bool(!(try contains(rkv(regs, consts, ins.c), rkv(regs, consts, ins.b))))

                case .jump:
                    let t = Int(ins.a)
                    if t < pc {
                        fuel &-= 1
                        fuelUntilClockCheck &-= 1
                        if fuel < 0 || fuelUntilClockCheck < 0 { try charge(0) }
                    }
                    pc = t
                case .jumpIfFalse:
                    let v = regs[Int(ins.a)]
                    if case .bool(let b) = v {
                        if !b { pc = Int(ins.b) }
                    } else if !(try truthy(v)) {
                        pc = Int(ins.b)
                    }
                case .jumpIfTrue:
                    let v = regs[Int(ins.a)]
                    if case .bool(let b) = v {
                        if b { pc = Int(ins.b) }
                    } else if try truthy(v) {
                        pc = Int(ins.b)
                    }
                case .ltJumpIfFalse, .leJumpIfFalse, .gtJumpIfFalse, .geJumpIfFalse, .eqJumpIfFalse, .neJumpIfFalse:
                    let a = rkv(regs, consts, ins.a), b = rkv(regs, consts, ins.b)
                    let r: Bool
                    if case .int(let x) = a, case .int(let y) = b {
                        switch ins.op {
                        case .ltJumpIfFalse: r = x < y
                        case .leJumpIfFalse: r = x <= y
                        case .gtJumpIfFalse: r = x > y
                        case .geJumpIfFalse: r = x >= y
                        case .eqJumpIfFalse: r = x == y
                        default: r = x != y
                        }
                    } else {
                        let op: Opcode
                        switch ins.op {
                        case .ltJumpIfFalse: op = .lt
                        case .leJumpIfFalse: op = .le
                        case .gtJumpIfFalse: op = .gt
                        case .geJumpIfFalse: op = .ge
                        case .eqJumpIfFalse: op = .eq
                        default: op = .ne
                        }
                        r = try compareOp(op, a, b)
                    }
                    if !r { pc = Int(ins.c) }

                case .getIter: regs[Int(ins.a)] = .object(try makeIterator(regs[Int(ins.b)]))
                case .makeGenerator:
                    regs[Int(ins.a)] = .object(PyIterator(.generator(regs[Int(ins.b)], try makeIterator(regs[Int(ins.c)]))))
                case .forIter:
                    fuel &-= 1
                    fuelUntilClockCheck &-= 1
                    if fuel < 0 || fuelUntilClockCheck < 0 { try charge(0) }
                    // The iterator register holds the iterator for the whole loop: borrow it.
                    let next = try peekObject(regs + Int(ins.a)).unsafelyUnwrapped._withUnsafeGuaranteedRef {
                        try unsafeDowncast($0, to: PyIterator.self).next(self)
                    }
                    if let v = next {
                        regs[Int(ins.b)] = v
                    } else {
                        pc = Int(ins.c)
                    }
                case .forRangePrep:
                    try prepareRange(regs + Int(ins.a))
                case .forRange:
                    fuel &-= 1
                    fuelUntilClockCheck &-= 1
                    if fuel < 0 || fuelUntilClockCheck < 0 { try charge(0) }
                    let base = Int(ins.a)
                    guard case .int(let i) = regs[base], case .int(let stop) = regs[base + 1], case .int(let step) = regs[base + 2] else {
                        pc = Int(ins.c)
                        break
                    }
                    if step > 0 ? i >= stop : i <= stop {
                        pc = Int(ins.c)
                        break
                    }
                    regs[Int(ins.b)] = .int(i)
                    let (n, o) = i.addingReportingOverflow(step)
                    regs[base] = .int(o ? stop : n)

                case .buildList:
                    regs[Int(ins.a)] = .object(PyList(Array(UnsafeBufferPointer(start: regs + Int(ins.b), count: Int(ins.c)))))
                case .buildTuple:
                    regs[Int(ins.a)] = .object(PyTuple(Array(UnsafeBufferPointer(start: regs + Int(ins.b), count: Int(ins.c)))))
                case .buildSet:
                    let s = PySet()
                    for i in 0..<Int(ins.c) {
                        let v = regs[Int(ins.b) + i]
                        s.table.set(v, hash: try hashKey(v), value: .none)
                    }
                    regs[Int(ins.a)] = .object(s)
                case .buildDict:
                    let d = PyDict(HashTable(minimumCapacity: Int(ins.c)))
                    for i in 0..<Int(ins.c) {
                        let k = regs[Int(ins.b) + 2 * i]
                        d.table.set(k, hash: try hashKey(k), value: regs[Int(ins.b) + 2 * i + 1])
                    }
                    regs[Int(ins.a)] = .object(d)
                case .listAppend:
                    let l = unsafeDowncast(regs[Int(ins.a)].asObject!, to: PyList.self)
                    l.items.append(regs[Int(ins.b)])
                    if l.items.count & 0xFFF == 0 { try checkSize(l.items.count) }
                case .listExtend:
                    let l = unsafeDowncast(regs[Int(ins.a)].asObject!, to: PyList.self)
                    l.items += try iterateToArray(regs[Int(ins.b)])
                case .setAdd:
                    let s = unsafeDowncast(regs[Int(ins.a)].asObject!, to: PySet.self)
                    let v = regs[Int(ins.b)]
                    s.table.set(v, hash: try hashKey(v), value: .none)
                case .setUpdate:
                    let s = unsafeDowncast(regs[Int(ins.a)].asObject!, to: PySet.self)
                    for v in try iterateToArray(regs[Int(ins.b)]) { s.table.set(v, hash: try hashKey(v), value: .none) }
                case .dictSet:
                    let d = unsafeDowncast(regs[Int(ins.a)].asObject!, to: PyDict.self)
                    let k = regs[Int(ins.b)]
                    d.table.set(k, hash: try hashKey(k), value: regs[Int(ins.c)])
                case .dictUpdate:
                    let d = unsafeDowncast(regs[Int(ins.a)].asObject!, to: PyDict.self)
                    try dictMerge(d, regs[Int(ins.b)], forCall: false)
                case .listToTuple:
                    let l = unsafeDowncast(regs[Int(ins.b)].asObject!, to: PyList.self)
                    regs[Int(ins.a)] = .tuple(l.items)

                case .getItem: regs[Int(ins.a)] = try getItem(regs[Int(ins.b)], rkv(regs, consts, ins.c))
                case .setItem: try setItem(regs[Int(ins.a)], rkv(regs, consts, ins.b), rkv(regs, consts, ins.c))
                case .delItem: try delItem(regs[Int(ins.a)], rkv(regs, consts, ins.b))
                case .getAttr:
                    regs[Int(ins.a)] = try getAttribute(regs[Int(ins.b)], consts[Int(ins.c)].asStr!.value, keysAsAttributes: false)
                case .getAttrOrKey:
                    regs[Int(ins.a)] = try getAttribute(regs[Int(ins.b)], consts[Int(ins.c)].asStr!.value, keysAsAttributes: true)
                case .setAttr: try setAttribute(regs[Int(ins.a)], consts[Int(ins.b)].asStr!.value, rkv(regs, consts, ins.c))
                case .delAttr:
                    throw PyException.make(
                        .attributeError,
                        "'\(typeName(regs[Int(ins.a)]))' object attribute '\(consts[Int(ins.b)].asStr!.value)' cannot be deleted")
                case .buildSlice:
                    let b = Int(ins.b)
                    regs[Int(ins.a)] = .object(PySlice(start: regs[b], stop: regs[b + 1], step: regs[b + 2]))

                case .call where code[pc].a < 0:
                    // Fast path: a positional call of a plain script function whose registers are
                    // already initialised; anything else takes the general path below.
                    let argc = Int(ins.c)
                    let argStart = Int(ins.b) + 1
                    if let u = peekObject(regs + Int(ins.b)), u._withUnsafeGuaranteedRef({ $0.kind == .function }) {
                        unowned(unsafe) let fcode = u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyFunction.self).code }
                        let newBase = fp.pointee.base + fp.pointee.registerCount
                        if fcode.isPlain && argc == fcode.parameterCount && frameCount <= limits.callDepth
                            && frameCount < frameCapacity && newBase + fcode.registerCount <= initializedRegisters
                        {
                            fuel &-= 1
                            if fuel < 0 { try charge(0) }
                            fp.pointee.pc = pc + 1
                            let newRegs = stack + newBase
                            for i in 0..<argc { swap(&newRegs[i], &regs[argStart + i]) }
                            (frames + frameCount).initialize(
                                to: Frame(code: fcode, base: newBase, pc: 0, returnRegister: fp.pointee.base + Int(ins.a), isEntry: false))
                            frameCount += 1
                            (fp, code, regs, consts, pc) = topState()
                            break
                        }
                    }
                    if let u = peekObject(regs + Int(ins.b)), u._withUnsafeGuaranteedRef({ $0.kind == .builtinFunction }) {
                        // A builtin called positionally: borrowed from its register, which keeps it alive
                        // for the call (frames a builtin pushes start above this frame's registers).
                        pc += 1
                        fp.pointee.pc = pc
                        let args = Args(UnsafeBufferPointer(start: regs + argStart, count: argc))
                        let r = try u._withUnsafeGuaranteedRef { try unsafeDowncast($0, to: PyBuiltinFunction.self).fn(self, args) }
                        regs[Int(ins.a)] = r
                        break
                    }
                    fallthrough
                case .call, .callMethod, .callEx:
                    let ext = code[pc]
                    pc += 1
                    let dst = Int(ins.a)
                    if ins.op == .callMethod && ext.b < 0 && ext.c >= 0 {
                        // A builtin type's method called positionally: the receiver is borrowed from its
                        // register, which holds it for the whole call.
                        let slot = regs + Int(ins.b)
                        if let m = MethodRegistry.method(at: slot, Int(ext.c)) {
                            let args = Args(UnsafeBufferPointer(start: slot + 1, count: Int(ins.c)))
                            let r: Value
                            if let u = peekObject(slot) {
                                r = try u._withUnsafeGuaranteedRef { try m(self, .object($0), args) }
                            } else {
                                r = try m(self, slot.pointee, args)
                            }
                            regs[dst] = r
                            break
                        }
                    }
                    var callee: Value
                    var kwNames: [String] = []
                    var argStart = Int(ins.b) + 1
                    var argc = Int(ins.c)
                    var receiver: Value = .none
                    var method: MethodFn?
                    var tupleArgs: [Value] = []
                    if ins.op == .call {
                        callee = regs[Int(ins.b)]
                        if ext.a >= 0 { kwNames = keywordNames(consts[Int(ext.a)]) }
                    } else if ins.op == .callMethod {
                        receiver = regs[Int(ins.b)]
                        if ext.b >= 0 { kwNames = keywordNames(consts[Int(ext.b)]) }
                        if ext.c >= 0, let m = MethodRegistry.method(receiver, Int(ext.c)) {
                            method = m
                            callee = .none
                        } else {
                            let name = consts[Int(ext.a)].asStr!.value
                            switch try lookupMethod(receiver, name) {
                            case .method(let m):
                                method = m
                                callee = .none
                            case .value(let v):
                                callee = v
                            }
                        }
                    } else {
                        callee = regs[Int(ins.b)]
                        tupleArgs = regs[Int(ins.c)].asTuple?.items ?? []
                        var names: [String] = []
                        if ext.a >= 0, let d = regs[Int(ext.a)].asDict {
                            for slot in 0..<d.table.slotCount where d.table.isLive(slot) {
                                guard let k = d.table.keys[slot].asStr else {
                                    throw PyException.make(.typeError, "keywords must be strings")
                                }
                                names.append(k.value)
                                tupleArgs.append(d.table.values[slot])
                            }
                        }
                        kwNames = names
                        argStart = -1
                        argc = tupleArgs.count
                    }
                    if let method {
                        let args = Args(UnsafeBufferPointer(start: regs + argStart, count: argc), keywordNames: kwNames)
                        regs[dst] = try method(self, receiver, args)
                        break
                    }
                    if case .object(let o) = callee, o.kind == .function {
                        let fn = unsafeDowncast(o, to: PyFunction.self)
                        fuel &-= 1
                        if fuel < 0 { try charge(0) }
                        fp.pointee.pc = pc
                        if argStart >= 0 {
                            let args = Args(UnsafeBufferPointer(start: regs + argStart, count: argc), keywordNames: kwNames)
                            try enterFunction(fn, args: args, returnRegister: fp.pointee.base + dst, isEntry: false)
                        } else {
                            try tupleArgs.withUnsafeBufferPointer {
                                try enterFunction(
                                    fn, args: Args($0, keywordNames: kwNames), returnRegister: fp.pointee.base + dst, isEntry: false)
                            }
                        }
                        (fp, code, regs, consts, pc) = topState()
                        break
                    }
                    fp.pointee.pc = pc
                    if argStart >= 0 {
                        regs[dst] = try call(
                            callee, args: Args(UnsafeBufferPointer(start: regs + argStart, count: argc), keywordNames: kwNames))
                    } else {
                        let v = try tupleArgs.withUnsafeBufferPointer { try call(callee, args: Args($0, keywordNames: kwNames)) }
                        regs[dst] = v
                    }
                case .makeFunction:
                    let ext = code[pc]
                    pc += 1
                    let fcode = fp.pointee.code.codes[Int(ins.b)]
                    let defaults = ins.c >= 0 ? (regs[Int(ins.c)].asTuple?.items ?? []) : []
                    let kwd = ext.a >= 0 ? regs[Int(ext.a)].asDict : nil
                    let closure = Array(UnsafeBufferPointer(start: regs + Int(ext.b), count: Int(ext.c)))
                    regs[Int(ins.a)] = .object(PyFunction(code: fcode, defaults: defaults, kwDefaults: kwd, closure: closure))
                case .returnValue:
                    var v = Value.undefined
                    if ins.a >= 0 { swap(&v, &regs[Int(ins.a)]) } else { v = consts[Int(~ins.a)] }
                    let finished = popFrame()
                    if finished.isEntry { return v }
                    stack[finished.returnRegister] = v
                    (fp, code, regs, consts, pc) = topState()
                case .raise:
                    throw try makeRaise(regs[Int(ins.a)], cause: ins.c == 1 ? regs[Int(ins.b)] : nil)
                case .reraise:
                    guard let e = regs[Int(ins.a)].asObject, e.kind == .exception else {
                        throw PyException.make(.runtimeError, "No active exception to reraise")
                    }
                    throw PyRaise(unsafeDowncast(e, to: PyException.self))
                case .raiseNoActive:
                    throw PyException.make(.runtimeError, "No active exception to reraise")
                case .excMatch:
                    regs[Int(ins.a)] = .bool(try exceptionMatches(regs[Int(ins.b)], regs[Int(ins.c)]))
                case .unpackSequence:
                    try unpack(regs[Int(ins.a)], into: regs + Int(ins.b), count: Int(ins.c))
                case .unpackEx:
                    let after = Int(code[pc].a)
                    pc += 1
                    try unpackStarred(regs[Int(ins.a)], into: regs + Int(ins.b), before: Int(ins.c), after: after)
                case .importModule:
                    regs[Int(ins.a)] = try importModule(consts[Int(ins.b)].asStr!.value)
                case .importFrom:
                    let name = consts[Int(ins.c)].asStr!.value
                    guard let m = regs[Int(ins.b)].asObject as? PyModule, let v = m.attributes[name] else {
                        let mname = (regs[Int(ins.b)].asObject as? PyModule)?.name ?? "?"
                        throw PyException.make(.nameError, "cannot import name '\(name)' from '\(mname)'")
                    }
                    regs[Int(ins.a)] = v
                case .formatValue:
                    let spec = code[pc].a
                    pc += 1
                    regs[Int(ins.a)] = try formatField(regs[Int(ins.b)], conversion: Int(ins.c), spec: spec >= 0 ? regs[Int(spec)] : nil)
                case .buildString:
                    var s = ""
                    for i in 0..<Int(ins.c) {
                        if let p = regs[Int(ins.b) + i].asStr { s += p.value }
                    }
                    try checkSize(s.utf8.count)
                    regs[Int(ins.a)] = .str(s)
                case .assertFail:
                    if ins.a >= 0 {
                        throw PyRaise(PyException(type: .assertionError, args: [regs[Int(ins.a)]]))
                    }
                    throw PyRaise(PyException(type: .assertionError, args: []))
                }
            } catch let raised as PyRaise {
                // Find a handler in this frame or unwind to the caller.
                let exc = raised.exception
                fp.pointee.pc = pc
                while true {
                    let f = frames[frameCount - 1]
                    let at = f.pc - 1
                    exc.traceback.append(
                        TraceEntry(function: f.code.name, line: Int(f.code.lines[max(0, min(at, f.code.lines.count - 1))])))
                    if let h = f.code.handlers.first(where: { $0.start <= at && at < $0.end }) {
                        (fp, code, regs, consts, pc) = topState()
                        regs[h.register] = .object(exc)
                        pc = h.handler
                        break
                    }
                    popFrame()
                    if f.isEntry { throw raised }
                }
            } catch {
                // Limits and host errors are not catchable: unwind to the entry frame.
                while frameCount > 0 {
                    if popFrame().isEntry { break }
                }
                throw error
            }
        }
    }

    func keywordNames(_ v: Value) -> [String] {
        v.asTuple?.items.compactMap { $0.asStr?.value } ?? []
    }
}

/// The object in `slot`, without retaining it. Only for a caller that knows the slot keeps holding
/// the object (is not overwritten) for as long as it uses the reference.
@inline(__always)
func peekObject(_ slot: UnsafeMutablePointer<Value>) -> Unmanaged<PyObject>? {
    if case .object(let o) = slot.pointee { return Unmanaged.passUnretained(o) }
    return nil
}

/// An `rk` operand: a register when non-negative, else the constant `~x`.
@inline(__always)
func rkv(_ regs: UnsafeMutablePointer<Value>, _ consts: UnsafePointer<Value>, _ x: Int32) -> Value {
    x >= 0 ? regs[Int(x)] : consts[Int(~x)]
}

extension VM {
    /// The interpreter's cached state for the top frame (after a call or return).
    @inline(__always)
    func topState() -> (
        UnsafeMutablePointer<Frame>, UnsafeMutablePointer<Instruction>, UnsafeMutablePointer<Value>, UnsafePointer<Value>, Int
    ) {
        let fp = frames + (frameCount - 1)
        return (fp, fp.pointee.instructions, stack + fp.pointee.base, fp.pointee.constants, fp.pointee.pc)
    }
}
