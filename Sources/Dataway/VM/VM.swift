/// Executes compiled code for one run. Not shared between tasks: each run makes its own VM.
final class VM {
    static let stackCapacity = 1 << 16
    let limits: Limits
    let stack: UnsafeMutablePointer<Value>
    /// Registers below this index are initialised (to `.undefined` when not in use); the stack is
    /// initialised as frames first reach it, so a small run never touches most of it.
    private(set) var initializedRegisters = 0
    /// The frame stack (capacity `limits.callDepth + 2`).
    let frames: UnsafeMutablePointer<Frame>
    let frameCapacity: Int
    var frameCount = 0
    var globals: UnsafeMutablePointer<Value>
    let globalCount: Int
    let globalNames: [String]
    var fuel: Int
    /// The first clock and memory check comes early (most template and adapter runs end before it).
    var fuelUntilClockCheck = 512
    let deadline: UInt64
    var output = ""
    var outputBytes = 0
    var nestedRuns = 0
    /// The heap in use when memory was first checked. Taken lazily: reading it (`mallinfo2`) walks
    /// and locks every malloc arena, which short runs (templates) should not pay for. Runs reach the
    /// first check within 512 steps, and any single allocation over 1 MiB checks first.
    var memoryBaseline = -1
    let environment: ScriptEnvironment
    /// Per-run state of library modules (the `random` generator, the `decimal` context), made on
    /// first use by the module that owns the key. Never shared between runs.
    var moduleState: [String: AnyObject] = [:]
    /// Parsed `str.format` templates and a reusable output buffer (see `FormatState`).
    let formatState = FormatState()
    /// Cached patterns and templates of the `re` module and its matcher storage.
    let regexState = RegexState()
    /// The functions that `module.name(...)` call sites called, by name and module (modules are
    /// immutable, so an attribute read once stays right).
    var moduleCalls = StrIdentityCache<Value>(slotCount: 64)

    init(program: Program, limits: Limits, environment: ScriptEnvironment) {
        self.limits = limits
        self.environment = environment
        stack = StackPool.take()
        frameCapacity = max(8, limits.callDepth + 2)
        frames = UnsafeMutablePointer<Frame>.allocate(capacity: frameCapacity)
        globalCount = program.globalNames.count
        globalNames = program.globalNames
        globals = UnsafeMutablePointer<Value>.allocate(capacity: max(1, globalCount))
        globals.initialize(repeating: .undefined, count: max(1, globalCount))
        fuel = limits.steps
        let t = limits.time
        deadline = t.isFinite ? monotonicNanos() &+ UInt64(max(0, t) * 1e9) : .max
    }

    deinit {
        stack.deinitialize(count: initializedRegisters)
        StackPool.give(stack)
        frames.deallocate()
        globals.deinitialize(count: max(1, globalCount))
        globals.deallocate()
    }

    // MARK: limits

    /// Charges fuel for a loop iteration or call; checks the clock now and then.
    @inline(__always) func charge(_ n: Int = 1) throws {
        fuel &-= n
        if fuel < 0 { throw LimitError.steps(limits.steps) }
        fuelUntilClockCheck &-= n
        if fuelUntilClockCheck < 0 { try checkClock() }
    }

    func checkClock() throws {
        fuelUntilClockCheck = 4096
        if monotonicNanos() > deadline { throw LimitError.time(limits.time) }
        try checkMemory()
    }

    /// Stops the run when the heap has grown past the memory limit since the run started.
    func checkMemory() throws {
        guard limits.memory != .max else { return }
        let inUse = heapBytesInUse()
        if memoryBaseline < 0 {
            memoryBaseline = inUse
            return
        }
        if inUse - memoryBaseline > limits.memory {
            throw LimitError.memory(limits.memory)
        }
    }

    /// Refuses a value of `n` bytes/items over the size limit.
    @inline(__always) func checkSize(_ n: Int) throws {
        if n > limits.maxSize || n < 0 { throw LimitError.size(limits.maxSize) }
        if n > 1 << 20 { try checkMemory() }
    }

    // MARK: frames

    /// Top of the registers in use.
    var stackTop: Int {
        guard frameCount > 0 else { return 0 }
        let f = frames[frameCount - 1]
        return f.base + f.registerCount
    }

    func pushFrame(_ code: CodeObject, base: Int, returnRegister: Int, isEntry: Bool) throws {
        if frameCount >= limits.callDepth + 1 || frameCount >= frameCapacity { throw LimitError.depth(limits.callDepth) }
        let top = base + code.registerCount
        if top > VM.stackCapacity { throw LimitError.depth(limits.callDepth) }
        if top > initializedRegisters {
            let newCount = min(VM.stackCapacity, max(top, initializedRegisters * 2, 256))
            (stack + initializedRegisters).initialize(repeating: .undefined, count: newCount - initializedRegisters)
            initializedRegisters = newCount
        }
        // A plain store: `Frame` is trivial (see the interpreter's call fast path).
        (frames + frameCount).pointee = Frame(
            code: Unmanaged.passUnretained(code), base: base, pc: 0, returnRegister: returnRegister, isEntry: isEntry)
        frameCount += 1
    }

    /// Releases the registers of the top frame and removes it.
    @discardableResult
    func popFrame() -> Frame {
        frameCount -= 1
        let f = frames[frameCount]
        let regs = stack + f.base
        for i in 0..<f.registerCount {
            // Only a heap object needs releasing (without atomics when the register held the only
            // reference); any other case is overwritten in place.
            store(regs + i, .undefined)
        }
        return f
    }

    /// Sets up a call of a script function with the arguments in `args`.
    func enterFunction(_ fn: PyFunction, args: Args, returnRegister: Int, isEntry: Bool) throws {
        let base = stackTop
        try pushFrame(fn.code, base: base, returnRegister: returnRegister, isEntry: isEntry)
        do {
            try bindArguments(fn, args: args, registers: stack + base)
        } catch {
            popFrame()
            throw error
        }
    }

    func bindArguments(_ fn: PyFunction, args: Args, registers regs: UnsafeMutablePointer<Value>) throws {
        let code = fn.code
        let nparams = code.parameterNames.count
        if code.isSimple && !args.hasKeywords && args.count == nparams {
            for i in 0..<nparams { regs[i] = args[i] }
        } else {
            try bindGeneral(fn, args: args, registers: regs)
        }
        for r in code.cellRegisters { regs[r] = .object(PyCell(regs[r])) }
        for i in 0..<code.freeCount { regs[code.freeStart + i] = fn.closure[i] }
    }

    private func bindGeneral(_ fn: PyFunction, args: Args, registers regs: UnsafeMutablePointer<Value>) throws {
        let code = fn.code
        let names = code.parameterNames
        let n = names.count
        let given = args.count
        if given > n && code.varargsRegister < 0 {
            let required = n - fn.defaults.count
            let takes = required == n ? "\(n)" : "from \(required) to \(n)"
            throw PyException.make(
                .typeError,
                "\(code.name)() takes \(takes) positional argument\(n == 1 ? "" : "s") but \(given) \(given == 1 ? "was" : "were") given")
        }
        for i in 0..<min(given, n) { regs[i] = args[i] }
        if code.varargsRegister >= 0 {
            regs[code.varargsRegister] = .tuple(given > n ? Array(args.values[n..<given]) : [])
        }
        var extra: PyDict?
        if code.kwargsRegister >= 0 { extra = PyDict() }
        for (k, name) in args.keywordNames.enumerated() {
            let v = args.values[given + k]
            if let idx = names.firstIndex(of: name) {
                if idx < given || !regs[idx].isUndefined {
                    throw PyException.make(.typeError, "\(code.name)() got multiple values for argument '\(name)'")
                }
                regs[idx] = v
            } else if let kidx = code.kwOnlyNames.firstIndex(of: name) {
                regs[n + kidx] = v
            } else if let extra {
                extra.set(name, v)
            } else {
                throw PyException.make(.typeError, "\(code.name)() got an unexpected keyword argument '\(name)'")
            }
        }
        // Defaults fill the trailing positional parameters.
        let firstDefault = n - fn.defaults.count
        var missing: [String] = []
        for i in 0..<n where regs[i].isUndefined {
            if i >= firstDefault { regs[i] = fn.defaults[i - firstDefault] } else { missing.append(names[i]) }
        }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }
            let joined =
                list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + (list.count > 2 ? "," : "") + " and " + list.last!
            throw PyException.make(
                .typeError,
                "\(code.name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(joined)")
        }
        var missingKw: [String] = []
        for (k, name) in code.kwOnlyNames.enumerated() where regs[n + k].isUndefined {
            if let d = fn.kwDefaults?.get(name) { regs[n + k] = d } else { missingKw.append("'\(name)'") }
        }
        if !missingKw.isEmpty {
            let joined = missingKw.count == 1 ? missingKw[0] : missingKw.dropLast().joined(separator: ", ") + " and " + missingKw.last!
            throw PyException.make(
                .typeError,
                "\(code.name)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(joined)")
        }
        if let extra { regs[code.kwargsRegister] = .object(extra) }
    }

    // MARK: calling from Swift

    /// Calls any callable with positional arguments (and optional keywords), from builtins.
    func call(_ callee: Value, _ positional: [Value], keywordNames: [String] = []) throws -> Value {
        try positional.withUnsafeBufferPointer { try call(callee, args: Args($0, keywordNames: keywordNames)) }
    }

    /// Calls any callable with one positional argument, without building an argument array
    /// (generator expressions and `filter` call their function once per item).
    func call(_ callee: Value, one arg: Value) throws -> Value {
        var arg = arg
        return try withUnsafeMutablePointer(to: &arg) { p in
            try call(callee, args: Args(UnsafeBufferPointer(start: p, count: 1)))
        }
    }

    func call(_ callee: Value, args: Args) throws -> Value {
        guard case .object(let o) = callee else {
            throw PyException.make(.typeError, "'\(typeName(callee))' object is not callable")
        }
        switch o.kind {
        case .function:
            let fn = unsafeDowncast(o, to: PyFunction.self)
            try charge()
            nestedRuns += 1
            defer { nestedRuns -= 1 }
            if nestedRuns > 64 { throw LimitError.depth(limits.callDepth) }
            try enterFunction(fn, args: args, returnRegister: -1, isEntry: true)
            return try run()
        case .builtinFunction:
            return try unsafeDowncast(o, to: PyBuiltinFunction.self).fn(self, args)
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            return try m.fn(self, m.receiver, args)
        case .type:
            return try construct(unsafeDowncast(o, to: PyType.self), args: args)
        default:
            throw PyException.make(.typeError, "'\(typeName(callee))' object is not callable")
        }
    }

    func construct(_ t: PyType, args: Args) throws -> Value {
        if let c = t.constructor { return try c.fn(self, args) }
        if t.isSubtype(of: .baseException) {
            if args.hasKeywords {
                throw PyException.make(.typeError, "\(t.name)() takes no keyword arguments")
            }
            return .object(PyException(type: t, args: args.positional))
        }
        throw PyException.make(.typeError, "cannot create '\(t.name)' instances")
    }

    /// Appends to the script's print log, within the output limit.
    func write(_ s: String) throws {
        outputBytes += s.utf8.count
        if outputBytes > limits.output {
            throw LimitError(kind: .output, message: "script exceeded its output limit (\(limits.output) bytes)")
        }
        output += s
        environment.printSink?(s)
    }
}
