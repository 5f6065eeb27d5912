import BigInt

/// Where a name lives in the current frame.
enum NameLocation {
    case local(Int)
    case cell(Int)
    case global(Int)
    case builtin(Value)
}

/// A `try` region being compiled: its protected ranges, handler and exception register.
final class TryRegion {
    var ranges: [(Int, Int)] = []
    var openStart: Int?
    let register: Int
    let depth: Int
    init(start: Int, register: Int, depth: Int) {
        openStart = start
        self.register = register
        self.depth = depth
    }
}

/// A `finally` body that must run when control leaves its region by return/break/continue.
struct FinallyContext {
    var body: [Stmt]
    var protectionIndex: Int
}

struct LoopContext {
    var continueTarget: Int
    var breaks: [Int] = []
    var protectionDepth: Int
    var finallyDepth: Int
}

/// Emits the code of one frame (the module body, a function or a lambda).
final class FunctionBuilder {
    let module: ModuleCompiler
    let scope: Scope
    let name: String
    var code: [Instruction] = []
    var lines: [Int32] = []
    var constants: [Value] = []
    var constantIndex: [String: Int] = [:]
    var codes: [CodeObject] = []
    var locals: [String: Int] = [:]
    var nextRegister = 0
    var maxRegister = 0
    var registerNames: [Int: String] = [:]
    var assignedRegisters: Set<Int> = []
    var handlers: [ExceptionHandler] = []
    var protection: [TryRegion] = []
    var finallies: [FinallyContext] = []
    var loops: [LoopContext] = []
    var activeExceptions: [Int] = []
    var overlays: [(Scope, [String: Int])] = []
    var line = 1
    /// Expression and text mode compile to a module body that returns the value.
    var allowsModuleReturn = false

    init(module: ModuleCompiler, scope: Scope, name: String) {
        self.module = module
        self.scope = scope
        self.name = name
    }

    // MARK: registers

    func temp() -> Int {
        let r = nextRegister
        nextRegister += 1
        if nextRegister > maxRegister { maxRegister = nextRegister }
        return r
    }

    func temps(_ n: Int) -> Int {
        let r = nextRegister
        nextRegister += n
        if nextRegister > maxRegister { maxRegister = nextRegister }
        return r
    }

    /// True when `r` is a variable's register (a local or a comprehension variable), not a temporary.
    func isNamedRegister(_ r: Int) -> Bool {
        registerNames[r] != nil || overlays.contains { $0.1.values.contains(r) }
    }

    func reserveLocal(_ n: String) -> Int {
        if let r = locals[n] { return r }
        let r = temp()
        locals[n] = r
        registerNames[r] = n
        return r
    }

    // MARK: emission

    @discardableResult
    func emit(_ op: Opcode, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) -> Int {
        code.append(Instruction(op, Int32(truncatingIfNeeded: a), Int32(truncatingIfNeeded: b), Int32(truncatingIfNeeded: c)))
        lines.append(Int32(truncatingIfNeeded: line))
        return code.count - 1
    }

    var here: Int { code.count }

    /// Points the jump at `index` to `target`.
    func patch(_ index: Int, to target: Int) {
        switch code[index].op {
        case .jump: code[index].a = Int32(target)
        case .jumpIfFalse, .jumpIfTrue: code[index].b = Int32(target)
        default: code[index].c = Int32(target)
        }
    }

    func constant(_ v: Value, key: String? = nil) -> Int {
        if let key, let i = constantIndex[key] { return i }
        // Constants are shared by concurrent runs: fill every lazily cached hash now, while only
        // the compiler can see them.
        _ = try? hashKey(v)
        constants.append(v)
        if let key { constantIndex[key] = constants.count - 1 }
        return constants.count - 1
    }

    func constant(_ c: Constant) -> Int {
        switch c {
        case .none: return constant(.none, key: "N")
        case .ellipsis: return constant(.none, key: "N")
        case .bool(let b): return constant(.bool(b), key: b ? "T" : "F")
        case .int(let i): return constant(.int(i), key: "i\(i)")
        case .bigint(let b): return constant(.bigint(b), key: "I\(b)")
        case .float(let d): return constant(.float(d), key: "f\(d.bitPattern)")
        case .str(let s): return constant(.str(s), key: FunctionBuilder.stringKey(s))
        case .bytes(let b): return constant(.object(PyBytes(b)), key: "b" + b.map { String($0) }.joined(separator: ","))
        }
    }

    func nameConstant(_ s: String) -> Int { constant(.str(s), key: FunctionBuilder.stringKey(s)) }

    /// A dedupe key that tells apart strings Swift considers equal (canonical equivalence).
    static func stringKey(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return "s" + s }
        return "u" + s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: ",")
    }

    // MARK: names

    func resolve(_ n: String) -> NameLocation {
        for (sc, regs) in overlays.reversed() {
            if let r = regs[n] { return sc.cells.contains(n) ? .cell(r) : .local(r) }
        }
        if scope.kind != .module && !scope.globals.contains(n), let r = locals[n] {
            return scope.cells.contains(n) || scope.frees.contains(n) ? .cell(r) : .local(r)
        }
        return module.globalLocation(n)
    }

    func load(_ n: String, into dst: Int) {
        switch resolve(n) {
        case .local(let r):
            if !assignedRegisters.contains(r) { emit(.checkBound, r, nameConstant(n)) }
            if r != dst { emit(.move, dst, r) }
        case .cell(let r): emit(.loadDeref, dst, r)
        case .global(let slot): emit(.loadGlobal, dst, slot)
        case .builtin(let v): emit(.loadConst, dst, constant(v, key: "B" + n))
        }
    }

    func store(_ n: String, from src: Int) {
        switch resolve(n) {
        case .local(let r):
            if r != src { emit(.move, r, src) }
            assignedRegisters.insert(r)
        case .cell(let r): emit(.storeDeref, r, src)
        case .global(let slot): emit(.storeGlobal, slot, src)
        case .builtin: break
        }
    }

    func delete(_ n: String) {
        switch resolve(n) {
        case .local(let r):
            emit(.deleteFast, r, nameConstant(n))
            assignedRegisters.remove(r)
        case .cell(let r): emit(.deleteDeref, r, nameConstant(n))
        case .global(let slot): emit(.deleteGlobal, slot)
        case .builtin: break
        }
    }

    // MARK: exception regions

    func pushRegion(register: Int) -> TryRegion {
        let r = TryRegion(start: here, register: register, depth: protection.count)
        protection.append(r)
        return r
    }

    func closeRegion(_ r: TryRegion) {
        if let s = r.openStart, s < here { r.ranges.append((s, here)) }
        r.openStart = nil
    }

    /// Ends protection by `r` (it must be the innermost region).
    func detachRegion(_ r: TryRegion) {
        closeRegion(r)
        protection.removeLast()
    }

    /// Records the handler for every range `r` protected.
    func finishRegion(_ r: TryRegion, handler: Int) {
        for (s, e) in r.ranges {
            handlers.append(ExceptionHandler(start: s, end: e, handler: handler, register: r.register, depth: r.depth))
        }
    }

    /// Emits the `finally` bodies that control passes through when leaving down to `finallyDepth`.
    func unwindFinallies(to finallyDepth: Int) throws(SyntaxIssue) {
        guard finallies.count > finallyDepth else { return }
        let saved = finallies
        let savedAssigned = assignedRegisters
        for i in stride(from: saved.count - 1, through: finallyDepth, by: -1) {
            let f = saved[i]
            for r in protection[f.protectionIndex...] { closeRegion(r) }
            finallies = Array(saved[..<i])
            try statements(f.body)
        }
        finallies = saved
        assignedRegisters = savedAssigned
    }

    /// Reopens regions closed by `unwindFinallies` (after the jump/return that left them).
    func reopenRegions() {
        for r in protection where r.openStart == nil { r.openStart = here }
    }

    func build(params: Params?) -> CodeObject {
        if let last = code.last?.op, last != .returnValue {
            emit(.returnValue, ~constant(.none))
        } else if code.isEmpty {
            emit(.returnValue, ~constant(.none))
        }
        var cellRegs: [Int] = []
        if scope.kind != .module {
            for n in scope.cells.sorted() { if let r = locals[n] { cellRegs.append(r) } }
        }
        let positional = params?.positional.map(\.name) ?? []
        let kwonly = params?.kwonly.map(\.name) ?? []
        let varargs = params?.varargs.flatMap { locals[$0] } ?? -1
        let kwargs = params?.kwargs.flatMap { locals[$0] } ?? -1
        let freeStart = scope.frees.first.flatMap { locals[$0] } ?? 0
        return CodeObject(
            name: name, instructions: code, lines: lines, constants: constants, codes: codes,
            registerCount: max(maxRegister, 1), parameterNames: positional, kwOnlyNames: kwonly,
            varargsRegister: varargs, kwargsRegister: kwargs, cellRegisters: cellRegs, freeStart: freeStart,
            freeCount: scope.frees.count, handlers: handlers.sorted { $0.depth > $1.depth },
            registerNames: registerNames)
    }
}

/// Module-wide compile state: global slots and the builtins visible to the script.
final class ModuleCompiler {
    var globalSlots: [String: Int] = [:]
    var globalNames: [String] = []
    let scopes: [ObjectIdentifier: Scope]
    let builtins: [String: Value]
    let assignedGlobals: Set<String>
    /// In expression and text mode, `a.b` on a dict reads key `b`.
    let attributeKeys: Bool

    init(analyzer: ScopeAnalyzer, builtins: [String: Value], attributeKeys: Bool) {
        scopes = analyzer.scopes
        self.builtins = builtins
        assignedGlobals = Set(analyzer.globalNames)
        self.attributeKeys = attributeKeys
        for n in analyzer.globalNames { _ = slot(n) }
    }

    func slot(_ n: String) -> Int {
        if let s = globalSlots[n] { return s }
        globalNames.append(n)
        globalSlots[n] = globalNames.count - 1
        return globalNames.count - 1
    }

    func globalLocation(_ n: String) -> NameLocation {
        if !assignedGlobals.contains(n), let b = builtins[n] { return .builtin(b) }
        return .global(slot(n))
    }
}
