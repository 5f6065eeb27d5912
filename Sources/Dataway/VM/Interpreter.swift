import CHeap

extension VM {
    /// Runs the top frame until the entry frame that started this invocation returns.
    func run() throws -> Value {
        var (fp, code, regs, consts, pc) = topState()
        // `self` for the builtin-call closures below, captured without a retain: the caller holds
        // the VM for the whole of `run()`, and a captured strong `self` costs an atomic retain and
        // release per call.
        let vmRef = Unmanaged.passUnretained(self)

        while true {
            let ins = code[pc]
            pc += 1
            do {
                switch ins.op {
                case .nop, .ext: break
                case .loadConst: store(regs + Int(ins.a), consts[Int(ins.b)])
                case .move: store(regs + Int(ins.a), regs[Int(ins.b)])
                case .checkBound:
                    if regs[Int(ins.a)].isUndefined {
                        let name = consts[Int(ins.b)].asStr?.value ?? "?"
                        throw PyException.make(
                            .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                    }
                case .loadGlobal: store(regs + Int(ins.a), try readGlobal(Int(ins.b)))
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
                    store(regs + Int(ins.a), cell.value)
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
                    store(regs + Int(ins.a), .undefined)
                case .makeCell:
                    store(regs + Int(ins.a), .object(PyCell(ins.b == 1 ? .undefined : regs[Int(ins.a)])))

                case .add:
                    let pa = rkp(regs, consts, ins.b), pb = rkp(regs, consts, ins.c)
                    if case .int(let x) = pa.pointee, case .int(let y) = pb.pointee {
                        let (r, o) = x.addingReportingOverflow(y)
                        if !o {
                            store(regs + Int(ins.a), .int(r))
                            break
                        }
                    } else if case .float(let x) = pa.pointee, case .float(let y) = pb.pointee {
                        store(regs + Int(ins.a), .float(x + y))
                        break
                    }
                    let r = try borrowing(pa, pb) { try binaryOp(.add, $0, $1) }
                    store(regs + Int(ins.a), r)
                case .sub:
                    let pa = rkp(regs, consts, ins.b), pb = rkp(regs, consts, ins.c)
                    if case .int(let x) = pa.pointee, case .int(let y) = pb.pointee {
                        let (r, o) = x.subtractingReportingOverflow(y)
                        if !o {
                            store(regs + Int(ins.a), .int(r))
                            break
                        }
                    } else if case .float(let x) = pa.pointee, case .float(let y) = pb.pointee {
                        store(regs + Int(ins.a), .float(x - y))
                        break
                    }
                    let r = try borrowing(pa, pb) { try binaryOp(.sub, $0, $1) }
                    store(regs + Int(ins.a), r)
                case .mul:
                    let pa = rkp(regs, consts, ins.b), pb = rkp(regs, consts, ins.c)
                    if case .int(let x) = pa.pointee, case .int(let y) = pb.pointee {
                        let (r, o) = x.multipliedReportingOverflow(by: y)
                        if !o {
                            store(regs + Int(ins.a), .int(r))
                            break
                        }
                    } else if case .float(let x) = pa.pointee, case .float(let y) = pb.pointee {
                        store(regs + Int(ins.a), .float(x * y))
                        break
                    }
                    let r = try borrowing(pa, pb) { try binaryOp(.mul, $0, $1) }
                    store(regs + Int(ins.a), r)
                case .mod:
                    let pa = rkp(regs, consts, ins.b), pb = rkp(regs, consts, ins.c)
                    if case .int(let x) = pa.pointee, case .int(let y) = pb.pointee, y > 0, x >= 0 {
                        store(regs + Int(ins.a), .int(x % y))
                        break
                    }
                    let r = try borrowing(pa, pb) { try binaryOp(.mod, $0, $1) }
                    store(regs + Int(ins.a), r)
                case .floordiv:
                    let pa = rkp(regs, consts, ins.b), pb = rkp(regs, consts, ins.c)
                    if case .int(let x) = pa.pointee, case .int(let y) = pb.pointee, y > 0, x >= 0 {
                        store(regs + Int(ins.a), .int(x / y))
                        break
                    }
                    let r = try borrowing(pa, pb) { try binaryOp(.floordiv, $0, $1) }
                    store(regs + Int(ins.a), r)
                case .truediv:
                    store(regs + Int(ins.a), try binaryOp(.div, rkv(regs, consts, ins.b), rkv(regs, consts, ins.c)))
                case .binary:
                    let op = BinOp.allCases[Int(code[pc].a)]
                    pc += 1
                    store(regs + Int(ins.a), try binaryOp(op, rkv(regs, consts, ins.b), rkv(regs, consts, ins.c)))
                case .inplace:
                    let op = BinOp.allCases[Int(code[pc].a)]
                    pc += 1
                    if case .int(let x) = rkv(regs, consts, ins.b), case .int(let y) = rkv(regs, consts, ins.c) {
                        // Ints are immutable: `+=` and `-=` are the plain operations.
                        if op == .add {
                            let (r, o) = x.addingReportingOverflow(y)
                            if !o {
                                store(regs + Int(ins.a), .int(r))
                                break
                            }
                        } else if op == .sub {
                            let (r, o) = x.subtractingReportingOverflow(y)
                            if !o {
                                store(regs + Int(ins.a), .int(r))
                                break
                            }
                        }
                    }
                    store(regs + Int(ins.a), try inplaceOp(op, rkv(regs, consts, ins.b), rkv(regs, consts, ins.c)))
                case .neg: store(regs + Int(ins.a), try unaryOp(.neg, regs[Int(ins.b)]))
                case .pos: store(regs + Int(ins.a), try unaryOp(.pos, regs[Int(ins.b)]))
                case .invert: store(regs + Int(ins.a), try unaryOp(.invert, regs[Int(ins.b)]))
                case .not:
                    let t = try borrowing(regs + Int(ins.b)) { try truthy($0) }
                    store(regs + Int(ins.a), .bool(!t))

                case .lt, .le, .gt, .ge, .eq, .ne:
                    let pa = rkp(regs, consts, ins.b), pb = rkp(regs, consts, ins.c)
                    if case .int(let x) = pa.pointee, case .int(let y) = pb.pointee {
                        let r: Bool
                        switch ins.op {
                        case .lt: r = x < y
                        case .le: r = x <= y
                        case .gt: r = x > y
                        case .ge: r = x >= y
                        case .eq: r = x == y
                        default: r = x != y
                        }
                        store(regs + Int(ins.a), .bool(r))
                        break
                    }
                    let r = try borrowing(pa, pb) { try compareOp(ins.op, $0, $1) }
                    store(regs + Int(ins.a), .bool(r))
                case .is, .isNot:
                    let same = borrowing(rkp(regs, consts, ins.b), rkp(regs, consts, ins.c)) { isSame($0, $1) }
                    store(regs + Int(ins.a), .bool(ins.op == .is ? same : !same))
                case .in, .notIn:
                    let found = try borrowing(rkp(regs, consts, ins.c), rkp(regs, consts, ins.b)) { try contains($0, $1) }
                    store(regs + Int(ins.a), .bool(ins.op == .in ? found : !found))

                case .jump:
                    let t = Int(ins.a)
                    if t < pc {
                        fuel &-= 1
                        fuelUntilClockCheck &-= 1
                        if fuel < 0 || fuelUntilClockCheck < 0 { try charge(0) }
                    }
                    pc = t
                case .jumpIfFalse:
                    if case .bool(let b) = regs[Int(ins.a)] {
                        if !b { pc = Int(ins.b) }
                    } else if !(try borrowing(regs + Int(ins.a)) { try truthy($0) }) {
                        pc = Int(ins.b)
                    }
                case .jumpIfTrue:
                    if case .bool(let b) = regs[Int(ins.a)] {
                        if b { pc = Int(ins.b) }
                    } else if try borrowing(regs + Int(ins.a), { try truthy($0) }) {
                        pc = Int(ins.b)
                    }
                case .ltJumpIfFalse, .leJumpIfFalse, .gtJumpIfFalse, .geJumpIfFalse, .eqJumpIfFalse, .neJumpIfFalse:
                    let pa = rkp(regs, consts, ins.a), pb = rkp(regs, consts, ins.b)
                    let r: Bool
                    if case .int(let x) = pa.pointee, case .int(let y) = pb.pointee {
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
                        r = try borrowing(pa, pb) { try compareOp(op, $0, $1) }
                    }
                    if !r { pc = Int(ins.c) }

                case .getIter: store(regs + Int(ins.a), .object(try makeIterator(regs[Int(ins.b)])))
                case .makeGenerator:
                    store(regs + Int(ins.a), .object(PyIterator(.generator(regs[Int(ins.b)], try makeIterator(regs[Int(ins.c)])))))
                case .forIter:
                    fuel &-= 1
                    fuelUntilClockCheck &-= 1
                    if fuel < 0 || fuelUntilClockCheck < 0 { try charge(0) }
                    // The iterator register holds the iterator for the whole loop: borrow it.
                    let next = try peekObject(regs + Int(ins.a)).unsafelyUnwrapped._withUnsafeGuaranteedRef {
                        try unsafeDowncast($0, to: PyIterator.self).next(self)
                    }
                    if let v = next {
                        store(regs + Int(ins.b), v)
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
                    store(regs + Int(ins.b), .int(i))
                    let (n, o) = i.addingReportingOverflow(step)
                    store(regs + base, .int(o ? stop : n))

                case .buildList, .buildTuple:
                    let n = Int(ins.c)
                    let words = code + pc
                    pc += (n + 2) / 3
                    let items = [Value](unsafeUninitializedCapacity: n) { buf, count in
                        for i in 0..<n {
                            (buf.baseAddress.unsafelyUnwrapped + i).initialize(to: takeOperand(regs, consts, operand(words, i)))
                        }
                        count = n
                    }
                    store(regs + Int(ins.a), ins.op == .buildList ? .object(PyList(items)) : .object(PyTuple(items)))
                case .buildSet:
                    let n = Int(ins.c)
                    let words = code + pc
                    pc += (n + 2) / 3
                    let s = PySet()
                    for i in 0..<n {
                        try borrowing(rkp(regs, consts, operand(words, i))) { v in s.table.set(v, hash: try hashKey(v), value: .none) }
                    }
                    store(regs + Int(ins.a), .object(s))
                case .buildDict:
                    let n = Int(ins.c)
                    let words = code + pc
                    pc += (2 * n + 2) / 3
                    let d = PyDict(HashTable(minimumCapacity: n))
                    for i in 0..<n {
                        try borrowing(rkp(regs, consts, operand(words, 2 * i))) { k in
                            let h = try hashKey(k)
                            d.table.set(k, hash: h, value: takeOperand(regs, consts, operand(words, 2 * i + 1)))
                        }
                    }
                    store(regs + Int(ins.a), .object(d))
                case .listAppend:
                    let n = peekObject(regs + Int(ins.a)).unsafelyUnwrapped._withUnsafeGuaranteedRef { o in
                        let l = unsafeDowncast(o, to: PyList.self)
                        if ins.c != 0 {
                            // A dead temporary: its value moves into the list.
                            let slot = regs + Int(ins.b)
                            l.append(slot.move())
                            slot.initialize(to: .undefined)
                        } else {
                            l.append(regs[Int(ins.b)])
                        }
                        return l.items.count
                    }
                    if n & 0xFFF == 0 { try checkSize(n) }
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
                    try peekObject(regs + Int(ins.a)).unsafelyUnwrapped._withUnsafeGuaranteedRef { o in
                        try borrowing(regs + Int(ins.b), regs + Int(ins.c)) { k, v in
                            unsafeDowncast(o, to: PyDict.self).table.set(k, hash: try hashKey(k), value: v)
                        }
                    }
                case .dictUpdate:
                    let d = unsafeDowncast(regs[Int(ins.a)].asObject!, to: PyDict.self)
                    try dictMerge(d, regs[Int(ins.b)], forCall: false)
                case .listToTuple:
                    let l = unsafeDowncast(regs[Int(ins.b)].asObject!, to: PyList.self)
                    store(regs + Int(ins.a), .tuple(l.items))

                case .getItem:
                    let r = try borrowing(regs + Int(ins.b), rkp(regs, consts, ins.c)) { try getItem($0, $1) }
                    store(regs + Int(ins.a), r)
                case .setItem:
                    try borrowing(regs + Int(ins.a), rkp(regs, consts, ins.b)) { o, k in
                        try borrowing(rkp(regs, consts, ins.c)) { try setItem(o, k, $0) }
                    }
                case .delItem: try borrowing(regs + Int(ins.a), rkp(regs, consts, ins.b)) { try delItem($0, $1) }
                case .getAttr:
                    let r = try borrowing(regs + Int(ins.b)) {
                        try getAttribute($0, consts[Int(ins.c)].asStr!.value, keysAsAttributes: false)
                    }
                    store(regs + Int(ins.a), r)
                case .getAttrOrKey:
                    let r = try borrowing(regs + Int(ins.b)) {
                        try getAttribute($0, consts[Int(ins.c)].asStr!.value, keysAsAttributes: true)
                    }
                    store(regs + Int(ins.a), r)
                case .setAttr: try setAttribute(regs[Int(ins.a)], consts[Int(ins.b)].asStr!.value, rkv(regs, consts, ins.c))
                case .delAttr:
                    throw PyException.make(
                        .attributeError,
                        "'\(typeName(regs[Int(ins.a)]))' object attribute '\(consts[Int(ins.b)].asStr!.value)' cannot be deleted")
                case .buildSlice:
                    let b = Int(ins.b)
                    store(regs + Int(ins.a), .object(PySlice(start: regs[b], stop: regs[b + 1], step: regs[b + 2])))

                case .call:
                    // Operands are read in place (borrowed) from registers and constants; only a
                    // script function's parameters get their own copies.
                    let ext = code[pc]
                    let argc = Int(ins.c)
                    let operands = code + pc + 1
                    let next = pc + 1 + (argc + 2) / 3
                    let dst = Int(ins.a)
                    let calleeSlot = ext.b >= 0 ? UnsafePointer(globals + Int(ext.b)) : rkp(regs, consts, ins.b)
                    if ext.a < 0, let u = peekObject(calleeSlot) {
                        let kind = u._withUnsafeGuaranteedRef { $0.kind }
                        if kind == .function {
                            // A positional call of a plain script function whose registers are
                            // already initialised; anything else takes the general path below.
                            let fcode = u._withUnsafeGuaranteedRef {
                                Unmanaged.passUnretained(unsafeDowncast($0, to: PyFunction.self).code)
                            }
                            let (plain, parameterCount, registerCount) = fcode._withUnsafeGuaranteedRef {
                                ($0.isPlain, $0.parameterCount, $0.registerCount)
                            }
                            let newBase = fp.pointee.base + fp.pointee.registerCount
                            if plain && argc == parameterCount && frameCount <= limits.callDepth
                                && frameCount < frameCapacity && newBase + registerCount <= initializedRegisters
                            {
                                fuel &-= 1
                                if fuel < 0 { try charge(0) }
                                fp.pointee.pc = next
                                let newRegs = stack + newBase
                                for i in 0..<argc { newRegs[i] = rkv(regs, consts, operand(operands, i)) }
                                // `Frame` is trivial: a plain store builds it in place (an `initialize(to:)`
                                // call the optimizer may leave out of line copies it through the stack).
                                (frames + frameCount).pointee = Frame(
                                    code: fcode, base: newBase, pc: 0, returnRegister: fp.pointee.base + dst, isEntry: false)
                                frameCount += 1
                                (fp, code, regs, consts, pc) = topState()
                                break
                            }
                        } else if kind == .builtinFunction || kind == .type {
                            // A builtin function, or a type (`str(x)`, `int(x)`). The callee stays in
                            // its slot for the call (frames a builtin pushes start above this frame's
                            // registers, and nothing rebinds a global meanwhile).
                            pc = next
                            fp.pointee.pc = pc
                            let r = try withBorrowedArgs(operands, argc, regs, consts) { args in
                                try u._withUnsafeGuaranteedRef { f in
                                    try vmRef._withUnsafeGuaranteedRef { vm in
                                        kind == .type
                                            ? try vm.construct(unsafeDowncast(f, to: PyType.self), args: args)
                                            : try unsafeDowncast(f, to: PyBuiltinFunction.self).fn(vm, args)
                                    }
                                }
                            }
                            store(regs + dst, r)
                            break
                        }
                    }
                    pc = next
                    fp.pointee.pc = pc
                    let callee = ext.b >= 0 ? try readGlobal(Int(ext.b)) : calleeSlot.pointee
                    let kwNames = ext.a >= 0 ? keywordNames(consts[Int(ext.a)]) : nil
                    let returnRegister = fp.pointee.base + dst
                    let r = try withBorrowedArgs(operands, argc, regs, consts, keywordNames: kwNames) { args in
                        try callFromFrame(callee, args, returnRegister: returnRegister)
                    }
                    if let r { store(regs + dst, r) } else { (fp, code, regs, consts, pc) = topState() }
                case .callMethod:
                    let ext = code[pc]
                    let argc = Int(ins.c)
                    let operands = code + pc + 1
                    pc += 1 + (argc + 2) / 3
                    fp.pointee.pc = pc
                    let dst = Int(ins.a)
                    let slot = rkp(regs, consts, ins.b)
                    let kwNames = ext.b >= 0 ? keywordNames(consts[Int(ext.b)]) : nil
                    if ext.c >= 0, let m = MethodRegistry.method(at: slot, Int(ext.c)) {
                        // A builtin type's method: the receiver is borrowed from its slot, which holds
                        // it for the whole call.
                        let r = try withBorrowedArgs(operands, argc, regs, consts, keywordNames: kwNames) { args in
                            try m._withUnsafeGuaranteedRef { box in
                                try vmRef._withUnsafeGuaranteedRef { vm in
                                    if let u = peekObject(slot) {
                                        return try u._withUnsafeGuaranteedRef { try box.fn(vm, .object($0), args) }
                                    }
                                    return try box.fn(vm, slot.pointee, args)
                                }
                            }
                        }
                        store(regs + dst, r)
                        break
                    }
                    let name = consts[Int(ext.a)].asStr!
                    let found: MethodLookup
                    if let u = peekObject(slot), u._withUnsafeGuaranteedRef({ $0.kind == .module }) {
                        // `module.function(...)`: the function from the run's cache (no hashing of
                        // the name into the module's attributes on every call).
                        found = .value(
                            try moduleCalls.value(name, u.takeUnretainedValue()) {
                                try getAttribute(slot.pointee, name.value, keysAsAttributes: false)
                            })
                    } else {
                        found = try lookupMethod(slot.pointee, name.value)
                    }
                    switch found {
                    case .method(let m):
                        let receiver = slot.pointee
                        let r = try withBorrowedArgs(operands, argc, regs, consts, keywordNames: kwNames) { args in
                            try m(self, receiver, args)
                        }
                        store(regs + dst, r)
                    case .value(let callee):
                        let returnRegister = fp.pointee.base + dst
                        let r = try withBorrowedArgs(operands, argc, regs, consts, keywordNames: kwNames) { args in
                            try callFromFrame(callee, args, returnRegister: returnRegister)
                        }
                        if let r { store(regs + dst, r) } else { (fp, code, regs, consts, pc) = topState() }
                    }
                case .callEx:
                    let ext = code[pc]
                    pc += 1
                    let dst = Int(ins.a)
                    let callee = regs[Int(ins.b)]
                    var tupleArgs = regs[Int(ins.c)].asTuple?.items ?? []
                    var names: [String] = []
                    if ext.a >= 0, let d = regs[Int(ext.a)].asDict {
                        for slot in 0..<d.table.slotCount where d.table.isLive(slot) {
                            guard let k = d.table.key(at: slot).asStr else {
                                throw PyException.make(.typeError, "keywords must be strings")
                            }
                            names.append(k.value)
                            tupleArgs.append(d.table.value(at: slot))
                        }
                    }
                    fp.pointee.pc = pc
                    let returnRegister = fp.pointee.base + dst
                    let r = try tupleArgs.withUnsafeBufferPointer {
                        try callFromFrame(callee, Args($0, keywordNames: names), returnRegister: returnRegister)
                    }
                    if let r { store(regs + dst, r) } else { (fp, code, regs, consts, pc) = topState() }
                case .makeFunction:
                    let ext = code[pc]
                    pc += 1
                    let fcode = fp.pointee.code.codes[Int(ins.b)]
                    let defaults = ins.c >= 0 ? (regs[Int(ins.c)].asTuple?.items ?? []) : []
                    let kwd = ext.a >= 0 ? regs[Int(ext.a)].asDict : nil
                    let closure = Array(UnsafeBufferPointer(start: regs + Int(ext.b), count: Int(ext.c)))
                    store(regs + Int(ins.a), .object(PyFunction(code: fcode, defaults: defaults, kwDefaults: kwd, closure: closure)))
                case .returnValue:
                    var v = Value.undefined
                    if ins.a >= 0 { swap(&v, &regs[Int(ins.a)]) } else { v = consts[Int(~ins.a)] }
                    let finished = popFrame()
                    if finished.isEntry { return v }
                    store(stack + finished.returnRegister, v)
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
                    store(regs + Int(ins.a), .bool(try exceptionMatches(regs[Int(ins.b)], regs[Int(ins.c)])))
                case .unpackSequence:
                    try unpack(regs[Int(ins.a)], into: regs + Int(ins.b), count: Int(ins.c))
                case .unpackTo:
                    let n = Int(ins.c)
                    let targets = code + pc
                    pc += (n + 2) / 3
                    if ins.b != 0, let t = takeUniqueTuple(regs + Int(ins.a), count: n) {
                        // A temporary tuple nothing else holds: its items move into the targets, and
                        // the targets' old values leave with the tuple (no retain or release).
                        t.withMutableItems { items in
                            for i in 0..<n { swap(&regs[Int(operand(targets, i))], &items[i]) }
                        }
                        break
                    }
                    let src = regs[Int(ins.a)]
                    try withUnsafeTemporaryAllocation(of: Value.self, capacity: n) { buf in
                        let items = buf.baseAddress.unsafelyUnwrapped
                        items.initialize(repeating: .undefined, count: n)
                        defer { items.deinitialize(count: n) }
                        try unpack(src, into: items, count: n)
                        for i in 0..<n { swap(&regs[Int(operand(targets, i))], &items[i]) }
                    }
                case .unpackEx:
                    let after = Int(code[pc].a)
                    pc += 1
                    try unpackStarred(regs[Int(ins.a)], into: regs + Int(ins.b), before: Int(ins.c), after: after)
                case .importModule:
                    store(regs + Int(ins.a), try importModule(consts[Int(ins.b)].asStr!.value))
                case .importFrom:
                    let name = consts[Int(ins.c)].asStr!.value
                    guard let m = regs[Int(ins.b)].asObject as? PyModule, let v = m.attributes[name] else {
                        let mname = (regs[Int(ins.b)].asObject as? PyModule)?.name ?? "?"
                        throw PyException.make(.nameError, "cannot import name '\(name)' from '\(mname)'")
                    }
                    store(regs + Int(ins.a), v)
                case .formatValue:
                    let spec = code[pc].a
                    pc += 1
                    store(
                        regs + Int(ins.a),
                        try formatField(regs[Int(ins.b)], conversion: Int(ins.c), spec: spec >= 0 ? regs[Int(spec)] : nil))
                case .buildString:
                    // The parts are strings: their lengths and ASCII-ness add up.
                    let parts = UnsafeBufferPointer(start: regs + Int(ins.b), count: Int(ins.c))
                    var bytes = 0
                    var count = 0
                    var ascii = true
                    for part in parts {
                        guard let p = part.asStr else { continue }
                        bytes += p.value.utf8.count
                        count += p.count
                        ascii = ascii && p.isASCII
                    }
                    try checkSize(bytes)
                    regs[Int(ins.a)] = .object(
                        PyStr.build(byteCount: bytes, isASCII: ascii, count: count) { start in
                            var p = start
                            for part in parts {
                                if case .object(let o) = part, o.kind == .str { p = unsafeDowncast(o, to: PyStr.self).copyUTF8(to: p) }
                            }
                        })
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
                    let f = frames + (frameCount - 1)
                    let at = f.pointee.pc - 1
                    if let h = f.pointee.codeRef._withUnsafeGuaranteedRef({ $0.handler(at: at, tracing: exc) }) {
                        (fp, code, regs, consts, pc) = topState()
                        regs[h.register] = .object(exc)
                        pc = h.handler
                        break
                    }
                    if popFrame().isEntry { throw raised }
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

    /// Calls `callee` from the running frame. A script function gets its frame pushed (returning
    /// nil: the run loop goes on in that frame, which writes `returnRegister` when it returns);
    /// anything else is called here and its result returned.
    func callFromFrame(_ callee: Value, _ args: Args, returnRegister: Int) throws -> Value? {
        // A builtin (a module's function, say) is called in place, with no reference counting.
        if let u = peekObject(callee), u._withUnsafeGuaranteedRef({ $0.kind == .builtinFunction }) {
            return try u._withUnsafeGuaranteedRef { try unsafeDowncast($0, to: PyBuiltinFunction.self).fn(self, args) }
        }
        guard case .object(let o) = callee, o.kind == .function else { return try call(callee, args: args) }
        fuel &-= 1
        if fuel < 0 { try charge(0) }
        try enterFunction(unsafeDowncast(o, to: PyFunction.self), args: args, returnRegister: returnRegister, isEntry: false)
        return nil
    }

    /// The global in `slot`. A global named like a builtin reads the builtin until the script
    /// assigns it (and again after `del`).
    @inline(__always) func readGlobal(_ slot: Int) throws -> Value {
        let v = globals[slot]
        if !v.isUndefined { return v }
        guard let b = Builtins.table[globalNames[slot]] else {
            throw PyException.make(.nameError, "name '\(globalNames[slot])' is not defined")
        }
        return b
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

/// The object `v` holds, without retaining it: valid while `v` is (a binding of the payload would
/// retain it).
@inline(__always)
func peekObject(_ v: borrowing Value) -> Unmanaged<PyObject>? {
    withUnsafePointer(to: v) { peekObject($0) }
}

/// Takes the tuple of `count` items out of `slot` (leaving it undefined) when the slot holds the
/// only reference to it; otherwise leaves the slot as it was and returns nil.
@inline(__always)
func takeUniqueTuple(_ slot: UnsafeMutablePointer<Value>, count: Int) -> PyTuple? {
    guard let u = peekObject(slot),
        u._withUnsafeGuaranteedRef({ $0.kind == .tuple && unsafeDowncast($0, to: PyTuple.self).items.count == count })
    else { return nil }
    // The slot's reference moves into `t` (no retain), and the slot is overwritten without a release.
    var t = unsafeDowncast(u.takeRetainedValue(), to: PyTuple.self)
    slot.initialize(to: .undefined)
    if isKnownUniquelyReferenced(&t) { return t }
    slot.initialize(to: .object(t))
    return nil
}

/// The object in `slot`, without retaining it (see above).
@inline(__always)
func peekObject(_ slot: UnsafePointer<Value>) -> Unmanaged<PyObject>? {
    if case .object(let o) = slot.pointee { return Unmanaged.passUnretained(o) }
    return nil
}

/// Where an `rk` operand lives: a register when non-negative, else the constant `~x`.
@inline(__always)
func rkp(_ regs: UnsafeMutablePointer<Value>, _ consts: UnsafePointer<Value>, _ x: Int32) -> UnsafePointer<Value> {
    x >= 0 ? UnsafePointer(regs + Int(x)) : consts + Int(~x)
}

/// Call operand `i`, three to an `ext` word after the call instruction.
@inline(__always)
func operand(_ words: UnsafeMutablePointer<Instruction>, _ i: Int) -> Int32 {
    let w = words[i / 3]
    switch i % 3 {
    case 0: return w.a
    case 1: return w.b
    default: return w.c
    }
}

/// Runs `body` with the call operands as `Args`: bitwise copies of the operand slots, borrowed
/// (never retained or released), valid because those slots keep their values for the whole call.
@inline(__always)
func withBorrowedArgs<R>(
    _ words: UnsafeMutablePointer<Instruction>, _ count: Int, _ regs: UnsafeMutablePointer<Value>, _ consts: UnsafePointer<Value>,
    keywordNames: [String]? = nil, _ body: (Args) throws -> R
) rethrows -> R {
    try withUnsafeTemporaryAllocation(of: Value.self, capacity: count) { buf in
        for i in 0..<count {
            UnsafeMutableRawPointer(buf.baseAddress.unsafelyUnwrapped + i).copyMemory(
                from: rkp(regs, consts, operand(words, i)), byteCount: MemoryLayout<Value>.size)
        }
        return try body(Args(UnsafeBufferPointer(start: buf.baseAddress, count: count), names: keywordNames))
    }
}

/// Runs `body` with the value in `slot` borrowed: no retain or release, valid because the slot (a
/// register or constant of the running frame) keeps the value for the whole call and `body` does
/// not write it.
@inline(__always)
func borrowing<R>(_ slot: UnsafePointer<Value>, _ body: (Value) throws -> R) rethrows -> R {
    if let u = peekObject(slot) { return try u._withUnsafeGuaranteedRef { try body(.object($0)) } }
    return try body(slot.pointee)
}

/// `borrowing` for two slots.
@inline(__always)
func borrowing<R>(_ a: UnsafePointer<Value>, _ b: UnsafePointer<Value>, _ body: (Value, Value) throws -> R) rethrows -> R {
    try borrowing(a) { x in try borrowing(b) { y in try body(x, y) } }
}

/// Stores `v` in `slot`, releasing the value the slot held; an object that only the slot held is
/// freed without atomic instructions (`cheap_release_object`), the usual fate of a temporary.
@inline(__always)
func store(_ slot: UnsafeMutablePointer<Value>, _ v: consuming Value) {
    if let old = peekObject(slot) {
        // The slot's reference to the old object is handed to `cheap_release_object`.
        slot.initialize(to: v)
        cheap_release_object(old.toOpaque())
    } else {
        slot.initialize(to: v)
    }
}

/// A display item operand: a constant or register copied, or a register marked `movedOperand`
/// taken over (left undefined).
@inline(__always)
func takeOperand(_ regs: UnsafeMutablePointer<Value>, _ consts: UnsafePointer<Value>, _ x: Int32) -> Value {
    if x >= Int32(movedOperand) {
        let slot = regs + Int(x & Int32(movedOperand - 1))
        let v = slot.move()
        slot.initialize(to: .undefined)
        return v
    }
    return rkv(regs, consts, x)
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
