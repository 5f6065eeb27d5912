/// An entry of the backtracking stack.
struct RegexBacktrack {
    enum Kind: UInt8 {
        /// Resume at `pc`, `pos`.
        case branch
        /// Undo: capture slot `pc` had value `x`.
        case restoreSlot
        /// Undo: register `pc` had value `x`.
        case restoreRegister
        /// A greedy single-width loop that may give back code points: resume at `pc` with one less
        /// than `pos`, not below `x`.
        case repeatGreedy
        /// A lazy single-width loop at instruction `pc` that may take one more, up to end `x`.
        case repeatLazy
    }
    var kind: Kind
    var pc: Int32
    var pos: Int
    var x: Int
}

/// Runs a program over a text of code units (UTF-8 bytes of ASCII text, or code points), with
/// CPython's search semantics. Charges the VM's fuel as it goes, so a pathological pattern ends at
/// the run's step or time limit.
struct RegexMatcher<T: FixedWidthInteger & UnsignedInteger> {
    /// Held unretained: the pattern that owns it outlives the matcher (`RegexSubject.withRunner`).
    unowned(unsafe) let program: RegexProgram
    let code: UnsafeMutablePointer<RegexInst>
    let sets: UnsafeMutablePointer<RegexCharSet>
    let text: UnsafeBufferPointer<T>
    /// The end of the text the pattern sees (`endpos`).
    let end: Int
    /// Capture slots (start and end of each group), then the last closed group.
    let slots: UnsafeMutablePointer<Int>
    let slotCount: Int
    let registers: UnsafeMutablePointer<Int>
    /// The backtracking stack (`sp` entries in use).
    var stack: UnsafeMutablePointer<RegexBacktrack>
    var stackCapacity: Int
    var sp = 0
    var steps = 0
    /// Set for `fullmatch`: a match must end at `end`.
    var matchAll = false
    /// Set after an empty match: the next one must not be empty at the same place.
    var mustAdvance = false
    var searchStart = 0
    /// The VM whose fuel the matcher charges; unretained, as the VM runs the call that made it.
    unowned(unsafe) let vm: VM
    /// The VM's regex state, which lends the storage; unretained for the same reason (and used
    /// through `Unmanaged`, as reading an `unowned(unsafe)` reference still retains it).
    let state: Unmanaged<RegexState>
    /// Slots, registers and the first backtracking stack, in one block lent by `state`
    /// (`storageBytes` long).
    let storage: UnsafeMutableRawPointer
    let storageBytes: Int
    /// The stack still lives in `storage` (not yet grown).
    var stackIsInStorage = true

    init(program: borrowing RegexProgram, text: UnsafeBufferPointer<T>, end: Int, vm: borrowing VM) {
        self.program = copy program
        code = program.codePointer
        sets = program.setPointer
        self.text = text
        self.end = end
        self.vm = copy vm
        state = Unmanaged.passUnretained(vm.regexState)
        slotCount = 2 * (program.groupCount + 1) + 1
        let registerCount = max(1, program.registerCount)
        let intBytes = (slotCount + registerCount) * MemoryLayout<Int>.stride
        let stackOffset = (intBytes + MemoryLayout<RegexBacktrack>.alignment - 1) & ~(MemoryLayout<RegexBacktrack>.alignment - 1)
        (storage, storageBytes) = state._withUnsafeGuaranteedRef { $0.take(stackOffset + 64 * MemoryLayout<RegexBacktrack>.stride) }
        stackCapacity = (storageBytes - stackOffset) / MemoryLayout<RegexBacktrack>.stride
        slots = storage.bindMemory(to: Int.self, capacity: slotCount + registerCount)
        slots.initialize(repeating: -1, count: slotCount)
        registers = slots + slotCount
        registers.initialize(repeating: 0, count: registerCount)
        stack = (storage + stackOffset).bindMemory(to: RegexBacktrack.self, capacity: stackCapacity)
    }

    /// Returns the matcher's storage (call once, when done).
    func close() {
        if !stackIsInStorage { stack.deallocate() }
        state._withUnsafeGuaranteedRef { $0.giveBack(storage, storageBytes) }
    }

    @inline(__always) mutating func push(_ e: RegexBacktrack) {
        if sp == stackCapacity { grow() }
        (stack + sp).initialize(to: e)
        sp += 1
    }

    @inline(never) mutating func grow() {
        let bigger = UnsafeMutablePointer<RegexBacktrack>.allocate(capacity: stackCapacity * 2)
        bigger.moveInitialize(from: stack, count: sp)
        if !stackIsInStorage { stack.deallocate() }
        stackIsInStorage = false
        stack = bigger
        stackCapacity *= 2
    }

    @inline(__always) func at(_ i: Int) -> UInt32 { UInt32(text[i]) }

    @inline(__always) func isWord(_ i: Int, ascii: Bool) -> Bool { i >= 0 && i < end && RegexChars.isWord(at(i), ascii: ascii) }

    /// Whether the single-width instruction `ins` accepts the code point at `i` (< end).
    // `single` and `countSingle` are `mutating` although they change nothing: called from the
    // mutating `run`, a non-mutating method is handed a copy of the whole matcher (a 150-byte
    // memcpy per call), a mutating one its address.
    @inline(__always) mutating func single(_ ins: RegexInst, _ i: Int) -> Bool {
        let c = at(i)
        switch ins.op {
        case .char: return c == UInt32(bitPattern: ins.a)
        case .notChar: return c != UInt32(bitPattern: ins.a)
        case .charIgnore: return RegexChars.lower(c, ascii: ins.b != 0) == UInt32(bitPattern: ins.a)
        case .notCharIgnore: return RegexChars.lower(c, ascii: ins.b != 0) != UInt32(bitPattern: ins.a)
        case .any: return c != 10
        case .anyAll: return true
        case .set: return sets[Int(ins.a)].matches(c)
        default: return false
        }
    }

    /// Tries a match starting exactly at `start`; the end position, with `slots` filled, or nil.
    mutating func match(at start: Int) throws -> Int? {
        try run(pc: 0, pos: start, base: sp, top: true)
    }

    /// The first match starting in `start...end`.
    mutating func search(from start: Int) throws -> (Int, Int)? {
        var s = start
        if program.anchoredAtStart {
            if s != 0 { return nil }
            if let e = try match(at: 0) { return (0, e) }
            return nil
        }
        while s <= end {
            if let c = program.firstChar {
                while s < end && at(s) != c { s += 1 }
                if s >= end { return nil }
            } else if program.firstSetIndex >= 0 {
                let fs = sets + program.firstSetIndex
                while s < end && !fs.pointee.matches(at(s)) { s += 1 }
                if s >= end { return nil }
            }
            if let e = try match(at: s) { return (s, e) }
            s += 1
            steps += 1
            if steps >= 4096 { try tick() }
        }
        return nil
    }

    mutating func tick() throws {
        steps = 0
        try vm.charge(64)
    }

    /// Records a group boundary; closing a group also makes it the last index (kept in the extra
    /// slot after the groups, so backtracking restores it too).
    /// The undo record keeps the old last index in `pos`.
    @inline(__always) mutating func setSlot(_ i: Int, _ v: Int) {
        let li = slotCount - 1
        push(RegexBacktrack(kind: .restoreSlot, pc: Int32(i), pos: slots[li], x: slots[i]))
        slots[i] = v
        if i & 1 == 1 { slots[li] = i >> 1 }
    }

    @inline(__always) func restoreSlot(_ e: RegexBacktrack) {
        slots[Int(e.pc)] = e.x
        slots[slotCount - 1] = e.pos
    }

    @inline(__always) mutating func setRegister(_ i: Int, _ v: Int) {
        push(RegexBacktrack(kind: .restoreRegister, pc: Int32(i), pos: 0, x: registers[i]))
        registers[i] = v
    }

    /// Drops the entries above `base`, keeping the undo records (a sub-match that succeeded).
    mutating func collapse(to base: Int) {
        var w = base
        for i in base..<sp where stack[i].kind == .restoreSlot || stack[i].kind == .restoreRegister {
            stack[w] = stack[i]
            w += 1
        }
        sp = w
    }

    /// Pops the entries above `base`, undoing what they record.
    mutating func unwind(to base: Int) {
        while sp > base {
            sp -= 1
            let e = stack[sp]
            if e.kind == .restoreSlot { restoreSlot(e) } else if e.kind == .restoreRegister { registers[Int(e.pc)] = e.x }
        }
    }

    /// How many times the single-width item at `itemPC` matches from `pos`, up to `limit` code points.
    @inline(__always) mutating func countSingle(_ itemPC: Int, _ pos: Int, _ limit: Int) -> Int {
        let ins = code[itemPC]
        var i = pos
        let stop = min(end, pos &+ limit)
        switch ins.op {
        case .anyAll: return stop - pos
        case .any: while i < stop && at(i) != 10 { i += 1 }
        case .char:
            let c = UInt32(bitPattern: ins.a)
            while i < stop && at(i) == c { i += 1 }
        case .notChar:
            let c = UInt32(bitPattern: ins.a)
            while i < stop && at(i) != c { i += 1 }
        case .set:
            // The ASCII bitmap in registers (reading the set through the pointer copies it).
            let s = sets + Int(ins.a)
            let low = s.pointee.low
            let high = s.pointee.high
            while i < stop {
                let c = at(i)
                if c < 64 {
                    if low & (1 << UInt64(c)) == 0 { break }
                } else if c < 128 {
                    if high & (1 << UInt64(c &- 64)) == 0 { break }
                } else if !s.pointee.slowMatch(c) {
                    break
                }
                i += 1
            }
        default: while i < stop && single(ins, i) { i += 1 }
        }
        return i - pos
    }
}

/// How a pattern is applied at the start position.
enum RegexMode { case search, match, fullMatch }

/// The matcher of one call over either text representation, as the module functions drive it: a
/// pointer to a matcher that `RegexSubject.withRunner` keeps on its stack (neither an existential,
/// which would box the matcher on the heap, nor a copy of it).
struct RegexRunner {
    private let narrow: UnsafeMutablePointer<RegexMatcher<UInt8>>?
    private let wide: UnsafeMutablePointer<RegexMatcher<UInt32>>?

    init(_ m: UnsafeMutablePointer<RegexMatcher<UInt8>>) {
        narrow = m
        wide = nil
    }

    init(_ m: UnsafeMutablePointer<RegexMatcher<UInt32>>) {
        narrow = nil
        wide = m
    }

    /// Looks for the next match; on success `slots` holds its capture slots (group 0 first,
    /// then each group's start and end, then the last index) until the next call.
    func find(from start: Int, mode: RegexMode, mustAdvance: Bool) throws -> Bool {
        if let narrow { return try narrow.pointee.find(from: start, mode: mode, mustAdvance: mustAdvance) }
        return try wide.unsafelyUnwrapped.pointee.find(from: start, mode: mode, mustAdvance: mustAdvance)
    }

    /// The capture slots of the last match `find` reported.
    var slots: UnsafeBufferPointer<Int> {
        if let narrow { return UnsafeBufferPointer(start: narrow.pointee.slots, count: narrow.pointee.slotCount) }
        let w = wide.unsafelyUnwrapped
        return UnsafeBufferPointer(start: w.pointee.slots, count: w.pointee.slotCount)
    }

    /// The next match's capture slots as an array (for a `re.Match`), or nil.
    func findSlots(from start: Int, mode: RegexMode, mustAdvance: Bool) throws -> [Int]? {
        try find(from: start, mode: mode, mustAdvance: mustAdvance) ? Array(slots) : nil
    }
}

extension RegexMatcher {
    mutating func find(from start: Int, mode: RegexMode, mustAdvance: Bool) throws -> Bool {
        if start > end { return false }
        for i in 0..<slotCount { slots[i] = -1 }
        sp = 0
        self.mustAdvance = mustAdvance
        searchStart = start
        matchAll = mode == .fullMatch
        var span: (Int, Int)?
        if mode == .search {
            span = try search(from: start)
        } else if let e = try match(at: start) {
            span = (start, e)
        }
        guard let (s, e) = span else { return false }
        slots[0] = s
        slots[1] = e
        return true
    }
}
