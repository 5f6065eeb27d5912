import BigInt

/// `a == b` with Python semantics for builtin types (never runs script code).
func valuesEqual(_ a: Value, _ b: Value, depth: Int = 0) -> Bool {
    if depth > maxValueNesting { return false }
    switch (a, b) {
    case (.none, .none): return true
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.undefined, _), (_, .undefined): return false
    case (.object(let x), .object(let y)) where x.kind == .str && y.kind == .str:
        return x === y || strEqual(unsafeDowncast(x, to: PyStr.self), unsafeDowncast(y, to: PyStr.self))
    default: break
    }
    if let x = Number(a), let y = Number(b) { return numberCompare(x, y) == 0 }
    if let n = a.asNative, let r = n.equals(b) { return r }
    if let n = b.asNative, let r = n.equals(a) { return r }
    guard case .object(let x) = a, case .object(let y) = b else { return false }
    if x === y { return true }
    switch (x.kind, y.kind) {
    case (.str, .str): return strEqual(unsafeDowncast(x, to: PyStr.self), unsafeDowncast(y, to: PyStr.self))
    case (.list, .list):
        return arraysEqual(unsafeDowncast(x, to: PyList.self).items, unsafeDowncast(y, to: PyList.self).items, depth: depth + 1)
    case (.tuple, .tuple):
        return arraysEqual(unsafeDowncast(x, to: PyTuple.self).items, unsafeDowncast(y, to: PyTuple.self).items, depth: depth + 1)
    case (.bytes, .bytes), (.bytes, .bytearray), (.bytearray, .bytes), (.bytearray, .bytearray):
        return unsafeDowncast(x, to: PyBytes.self).bytes == unsafeDowncast(y, to: PyBytes.self).bytes
    case (.dict, .dict):
        let p = unsafeDowncast(x, to: PyDict.self).table
        let q = unsafeDowncast(y, to: PyDict.self).table
        if p.count != q.count { return false }
        for s in 0..<p.slotCount where p.isLive(s) {
            guard let v = q.get(p.key(at: s), hash: p.hash(atSlot: s)), valuesEqual(p.value(at: s), v, depth: depth + 1) else {
                return false
            }
        }
        return true
    case (.set, .set), (.set, .frozenset), (.frozenset, .set), (.frozenset, .frozenset):
        let p = unsafeDowncast(x, to: PySet.self).table
        let q = unsafeDowncast(y, to: PySet.self).table
        if p.count != q.count { return false }
        for s in 0..<p.slotCount where p.isLive(s) && q.find(p.key(at: s), hash: p.hash(atSlot: s)) == nil { return false }
        return true
    case (.range, .range):
        let r = unsafeDowncast(x, to: PyRange.self)
        let t = unsafeDowncast(y, to: PyRange.self)
        if r.count != t.count { return false }
        if r.count == 0 { return true }
        return r.start == t.start && (r.count == 1 || r.step == t.step)
    case (.dictView, .dictView):
        let p = unsafeDowncast(x, to: PyDictView.self)
        let q = unsafeDowncast(y, to: PyDictView.self)
        if p.which == .values || q.which == .values { return false }
        return valuesEqual(.object(PySet(viewTable(p))), .object(PySet(viewTable(q))))
    case (.slice, .slice):
        let p = unsafeDowncast(x, to: PySlice.self)
        let q = unsafeDowncast(y, to: PySlice.self)
        return valuesEqual(p.start, q.start) && valuesEqual(p.stop, q.stop) && valuesEqual(p.step, q.step)
    default: return hostEqual(x, y)
    }
}

func viewTable(_ v: PyDictView) -> HashTable {
    var t = HashTable()
    let d = v.dict.table
    for s in 0..<d.slotCount where d.isLive(s) {
        let k = v.which == .items ? Value.tuple([d.key(at: s), d.value(at: s)]) : d.key(at: s)
        if let h = try? hashKey(k) { t.set(k, hash: h, value: .none) }
    }
    return t
}

private func arraysEqual(_ a: [Value], _ b: [Value], depth: Int) -> Bool {
    if a.count != b.count { return false }
    for i in 0..<a.count where !(isSame(a[i], b[i]) || valuesEqual(a[i], b[i], depth: depth)) { return false }
    return true
}

/// Three-way comparison of numbers (nil when unordered: NaN).
func numberCompare(_ x: Number, _ y: Number) -> Int? {
    switch (x, y) {
    case (.int(let a), .int(let b)): return a < b ? -1 : a > b ? 1 : 0
    case (.float(let a), .float(let b)):
        if a.isNaN || b.isNaN { return nil }
        return a < b ? -1 : a > b ? 1 : 0
    case (.float(let a), _):
        if a.isNaN { return nil }
        if a.isInfinite { return a < 0 ? -1 : 1 }
        return -compareIntFloat(y.big, a)
    case (_, .float(let b)):
        if b.isNaN { return nil }
        if b.isInfinite { return b < 0 ? 1 : -1 }
        return compareIntFloat(x.big, b)
    default:
        let a = x.big, b = y.big
        return a < b ? -1 : a > b ? 1 : 0
    }
}

/// Exact comparison of an integer with a finite float.
private func compareIntFloat(_ i: BigInt, _ f: Double) -> Int {
    let fl = f.rounded(.down)
    let fi = BigInt(fl)
    if i < fi { return -1 }
    if i > fi { return 1 }
    return f > fl ? -1 : 0
}

/// `is`: identity for objects, value identity for small inline values.
func isSame(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y && x >= -5 && x <= 256
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.object(let x), .object(let y)):
        if x === y { return true }
        // Equal short strings are interned by CPython; scripts comparing with `is` expect that.
        if x.kind == .str && y.kind == .str {
            let s = unsafeDowncast(x, to: PyStr.self)
            return s.count <= 1 && strEqual(s, unsafeDowncast(y, to: PyStr.self))
        }
        if x.kind == .tuple && y.kind == .tuple {
            return unsafeDowncast(x, to: PyTuple.self).items.isEmpty && unsafeDowncast(y, to: PyTuple.self).items.isEmpty
        }
        return false
    default: return false
    }
}

extension VM {
    func compareOp(_ op: Opcode, _ a: Value, _ b: Value) throws -> Bool {
        switch op {
        case .eq: return valuesEqual(a, b)
        case .ne: return !valuesEqual(a, b)
        default: break
        }
        let c = try order(a, b, op: op)
        guard let c else { return false }
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        default: return c >= 0
        }
    }

    /// Three-way ordering for `<` and friends; nil when unordered (NaN, or set inclusion failing).
    func order(_ a: Value, _ b: Value, op: Opcode, depth: Int = 0) throws -> Int? {
        if depth > maxValueNesting {
            throw PyException.make(.recursionError, "maximum recursion depth exceeded in comparison")
        }
        if let x = Number(a), let y = Number(b) { return numberCompare(x, y) }
        if let n = a.asNative, let r = try n.compare(b, reflected: false) { return r }
        if let n = b.asNative, let r = try n.compare(a, reflected: true) { return -r }
        if a.object(ofKind: .dictView) != nil || b.object(ofKind: .dictView) != nil,
            case .object(let x) = a, case .object(let y) = b,
            [.dictView, .set, .frozenset].contains(x.kind), [.dictView, .set, .frozenset].contains(y.kind)
        {
            // Key and item views order like sets.
            return try order(.object(try Convert.toSet(self, a, frozen: true)), .object(try Convert.toSet(self, b, frozen: true)), op: op)
        }
        if case .object(let x) = a, case .object(let y) = b {
            switch (x.kind, y.kind) {
            case (.str, .str):
                let s = unsafeDowncast(x, to: PyStr.self).value
                let t = unsafeDowncast(y, to: PyStr.self).value
                if unsafeDowncast(x, to: PyStr.self).isASCII && unsafeDowncast(y, to: PyStr.self).isASCII {
                    return s == t ? 0 : (s.utf8.lexicographicallyPrecedes(t.utf8) ? -1 : 1)
                }
                // UTF-8 byte order is code point order.
                if s.utf8.elementsEqual(t.utf8) { return 0 }
                return s.utf8.lexicographicallyPrecedes(t.utf8) ? -1 : 1
            case (.list, .list):
                return try orderArrays(
                    unsafeDowncast(x, to: PyList.self).items, unsafeDowncast(y, to: PyList.self).items, op: op, depth: depth)
            case (.tuple, .tuple):
                return try orderArrays(
                    unsafeDowncast(x, to: PyTuple.self).items, unsafeDowncast(y, to: PyTuple.self).items, op: op, depth: depth)
            case (.bytes, .bytes), (.bytearray, .bytearray), (.bytes, .bytearray), (.bytearray, .bytes):
                let p = unsafeDowncast(x, to: PyBytes.self).bytes
                let q = unsafeDowncast(y, to: PyBytes.self).bytes
                return p == q ? 0 : (p.lexicographicallyPrecedes(q) ? -1 : 1)
            case (.set, .set), (.frozenset, .frozenset), (.set, .frozenset), (.frozenset, .set):
                let p = unsafeDowncast(x, to: PySet.self).table
                let q = unsafeDowncast(y, to: PySet.self).table
                let pInQ = (0..<p.slotCount).allSatisfy { !p.isLive($0) || q.find(p.key(at: $0), hash: p.hash(atSlot: $0)) != nil }
                let qInP = (0..<q.slotCount).allSatisfy { !q.isLive($0) || p.find(q.key(at: $0), hash: q.hash(atSlot: $0)) != nil }
                switch op {
                case .lt: return pInQ && p.count < q.count ? -1 : nil
                case .le: return pInQ ? -1 : nil
                case .gt: return qInP && q.count < p.count ? 1 : nil
                default: return qInP ? 1 : nil
                }
            default: break
            }
        }
        let sym: String
        switch op {
        case .lt, .ltJumpIfFalse: sym = "<"
        case .le, .leJumpIfFalse: sym = "<="
        case .gt, .gtJumpIfFalse: sym = ">"
        default: sym = ">="
        }
        throw PyException.make(.typeError, "'\(sym)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }

    private func orderArrays(_ a: [Value], _ b: [Value], op: Opcode, depth: Int) throws -> Int? {
        for i in 0..<min(a.count, b.count) where !(isSame(a[i], b[i]) || valuesEqual(a[i], b[i], depth: depth + 1)) {
            return try order(a[i], b[i], op: op, depth: depth + 1)
        }
        return a.count < b.count ? -1 : a.count > b.count ? 1 : 0
    }

    /// `a < b` for sorting.
    func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if let c = try order(a, b, op: .lt) { return c < 0 }
        return false
    }

    /// `needle in container`.
    func contains(_ container: Value, _ needle: Value) throws -> Bool {
        // A substring or a dict key, read in place (no reference counting).
        if let u = peekObject(container) {
            let kind = u._withUnsafeGuaranteedRef { $0.kind }
            if kind == .str, let un = peekObject(needle) {
                if un._withUnsafeGuaranteedRef({ $0.kind }) == .str {
                    return u._withUnsafeGuaranteedRef { hay in
                        un._withUnsafeGuaranteedRef {
                            utf8Contains(unsafeDowncast(hay, to: PyStr.self), unsafeDowncast($0, to: PyStr.self))
                        }
                    }
                }
            } else if kind == .dict {
                let h = try hashKey(needle)
                return u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyDict.self).table.findInPlace(needle, hash: h) != nil }
            }
        }
        return try containsGeneral(container, needle)
    }

    private func containsGeneral(_ container: Value, _ needle: Value) throws -> Bool {
        guard case .object(let o) = container else {
            throw PyException.make(.typeError, "argument of type '\(typeName(container))' is not iterable")
        }
        switch o.kind {
        case .dict:
            let h = try hashKey(needle)
            return unsafeDowncast(o, to: PyDict.self).table.findInPlace(needle, hash: h) != nil
        case .set, .frozenset:
            let h = try hashKey(needle)
            return unsafeDowncast(o, to: PySet.self).table.findInPlace(needle, hash: h) != nil
        case .str:
            guard let n = needle.asStr else {
                throw PyException.make(.typeError, "'in <string>' requires string as left operand, not \(typeName(needle))")
            }
            // UTF-8 is self-synchronising, so a byte match is a code point match.
            return utf8Contains(unsafeDowncast(o, to: PyStr.self), n)
        case .list:
            for v in unsafeDowncast(o, to: PyList.self).items where isSame(v, needle) || valuesEqual(v, needle) { return true }
            return false
        case .tuple:
            for v in unsafeDowncast(o, to: PyTuple.self).items where isSame(v, needle) || valuesEqual(v, needle) { return true }
            return false
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            guard let n = Number(needle), case .int(let i) = n else {
                if case .float(let d) = needle, d == d.rounded(), let i = Int(exactly: d) { return try contains(container, .int(i)) }
                return false
            }
            if r.step > 0 { return i >= r.start && i < r.stop && (i - r.start) % r.step == 0 }
            return i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
        case .bytes, .bytearray:
            let h = unsafeDowncast(o, to: PyBytes.self).bytes
            if case .int(let i) = needle {
                guard (0...255).contains(i) else { throw PyException.make(.valueError, "byte must be in range(0, 256)") }
                return h.contains(UInt8(i))
            }
            guard let n = needle.asObject, n.kind == .bytes || n.kind == .bytearray else {
                throw PyException.make(.typeError, "a bytes-like object is required, not '\(typeName(needle))'")
            }
            let finder = ByteFinder(unsafeDowncast(n, to: PyBytes.self).bytes)
            return h.withUnsafeBufferPointer { finder.first(in: $0, 0, $0.count) != nil }
        case .dictView:
            let v = unsafeDowncast(o, to: PyDictView.self)
            switch v.which {
            case .keys: return try contains(.object(v.dict), needle)
            case .values:
                return v.dict.table.liveValues.contains { valuesEqual($0, needle) }
            case .items:
                guard let t = needle.asTuple, t.items.count == 2,
                    let val = v.dict.table.get(t.items[0], hash: try hashKey(t.items[0]))
                else { return false }
                return valuesEqual(val, t.items[1])
            }
        default:
            for v in try iterateToArray(container) where valuesEqual(v, needle) { return true }
            return false
        }
    }
}
