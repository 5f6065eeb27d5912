/// The methods of `set` and `frozenset`. Every argument may be any iterable. The mutators raise
/// AttributeError on a frozenset (CPython has no such attribute there); the others return a
/// result of the receiver's type.
let setMethods: [String: MethodBox] = [
    "add": MethodBox { vm, r, a in
        let s = try mutableSet(r, "add")
        let (k, h) = try elementHash(try oneArg(a, "set.add"))
        s.table.set(k, hash: h, value: .none)
        if s.table.count >= vm.limits.maxSize { try vm.checkSize(s.table.count) }
        return .none
    },
    "clear": MethodBox { _, r, a in
        let s = try mutableSet(r, "clear")
        try noArgs(a, "set.clear")
        s.table.removeAll()
        return .none
    },
    "copy": MethodBox { _, r, a in
        let s = try receiverSet(r)
        try noArgs(a, "\(objectTypeName(s)).copy")
        if s.kind == .frozenset { return r }
        return .object(PySet(s.table))
    },
    "discard": MethodBox { _, r, a in
        let s = try mutableSet(r, "discard")
        let (k, h) = try elementHash(try oneArg(a, "set.discard"))
        _ = s.table.remove(k, hash: h)
        return .none
    },
    "remove": MethodBox { _, r, a in
        let s = try mutableSet(r, "remove")
        let x = try oneArg(a, "set.remove")
        let (k, h) = try elementHash(x)
        if s.table.remove(k, hash: h) == nil { throw PyRaise(PyException(type: .keyError, args: [x])) }
        return .none
    },
    "pop": MethodBox { _, r, a in
        let s = try mutableSet(r, "pop")
        try noArgs(a, "set.pop")
        guard let slot = (0..<s.table.slotCount).first(where: { s.table.isLive($0) }) else {
            throw PyRaise(PyException(type: .keyError, args: [.str("pop from an empty set")]))
        }
        let k = s.table.key(at: slot)
        s.table.removeSlot(slot)
        return k
    },

    // Algebra returning a new set.
    "union": MethodBox { vm, r, a in
        let s = try receiverSet(r)
        return .object(PySet(try SetOps.union(vm, s.table, try SetOps.others(vm, a, s, "union")), frozen: s.kind == .frozenset))
    },
    "intersection": MethodBox { vm, r, a in
        let s = try receiverSet(r)
        return .object(PySet(SetOps.intersection(s.table, try SetOps.others(vm, a, s, "intersection")), frozen: s.kind == .frozenset))
    },
    "difference": MethodBox { vm, r, a in
        let s = try receiverSet(r)
        return .object(PySet(SetOps.difference(s.table, try SetOps.others(vm, a, s, "difference")), frozen: s.kind == .frozenset))
    },
    "symmetric_difference": MethodBox { vm, r, a in
        let s = try receiverSet(r)
        let other = try SetOps.table(vm, try oneArg(a, "\(objectTypeName(s)).symmetric_difference"))
        return .object(PySet(SetOps.symmetricDifference(s.table, other), frozen: s.kind == .frozenset))
    },

    // In-place algebra.
    "update": MethodBox { vm, r, a in
        let s = try mutableSet(r, "update")
        s.table = try SetOps.union(vm, s.table, try SetOps.others(vm, a, s, "update"))
        return .none
    },
    "intersection_update": MethodBox { vm, r, a in
        let s = try mutableSet(r, "intersection_update")
        s.table = SetOps.intersection(s.table, try SetOps.others(vm, a, s, "intersection_update"))
        return .none
    },
    "difference_update": MethodBox { vm, r, a in
        let s = try mutableSet(r, "difference_update")
        s.table = SetOps.difference(s.table, try SetOps.others(vm, a, s, "difference_update"))
        return .none
    },
    "symmetric_difference_update": MethodBox { vm, r, a in
        let s = try mutableSet(r, "symmetric_difference_update")
        let other = try SetOps.table(vm, try oneArg(a, "set.symmetric_difference_update"))
        s.table = SetOps.symmetricDifference(s.table, other)
        return .none
    },

    // Comparisons.
    "isdisjoint": MethodBox { vm, r, a in
        let s = try receiverSet(r)
        let other = try SetOps.table(vm, try oneArg(a, "\(objectTypeName(s)).isdisjoint"))
        return .bool(SetOps.isDisjoint(s.table, other))
    },
    "issubset": MethodBox { vm, r, a in
        let s = try receiverSet(r)
        let other = try SetOps.table(vm, try oneArg(a, "\(objectTypeName(s)).issubset"))
        return .bool(SetOps.isSubset(s.table, of: other))
    },
    "issuperset": MethodBox { vm, r, a in
        let s = try receiverSet(r)
        let other = try SetOps.table(vm, try oneArg(a, "\(objectTypeName(s)).issuperset"))
        return .bool(SetOps.isSubset(other, of: s.table))
    },
]

/// The names of the methods `frozenset` lacks.
let setOnlyMethods: Set<String> = [
    "add", "clear", "discard", "remove", "pop", "update", "intersection_update", "difference_update",
    "symmetric_difference_update",
]

@inline(__always) private func receiverSet(_ v: Value) throws -> PySet {
    guard case .object(let o) = v, o.kind == .set || o.kind == .frozenset else {
        throw PyException.make(.typeError, "descriptor requires a 'set' object but received a '\(typeName(v))'")
    }
    return unsafeDowncast(o, to: PySet.self)
}

/// The receiver of a mutator; AttributeError for a frozenset.
private func mutableSet(_ v: Value, _ name: String) throws -> PySet {
    let s = try receiverSet(v)
    guard s.kind == .set else { throw PyException.make(.attributeError, "'frozenset' object has no attribute '\(name)'") }
    return s
}

/// An element argument and its hash; a set argument stands for the equal frozenset.
private func elementHash(_ v: Value) throws -> (Value, Int) {
    if case .object(let o) = v, o.kind == .set {
        let f = Value.object(PySet(unsafeDowncast(o, to: PySet.self).table, frozen: true))
        return (f, try hashKey(f))
    }
    return (v, try hashKey(v))
}

/// Set algebra over hash tables (keys only; values are None).
enum SetOps {
    /// The elements of any iterable as a table (a set's own table when it is one).
    static func table(_ vm: VM, _ v: Value) throws -> HashTable {
        if case .object(let o) = v {
            if o.kind == .set || o.kind == .frozenset { return unsafeDowncast(o, to: PySet.self).table }
            if o.kind == .dict {
                let d = unsafeDowncast(o, to: PyDict.self).table
                var t = HashTable(minimumCapacity: d.count)
                for s in 0..<d.slotCount where d.isLive(s) { t.set(d.key(at: s), hash: d.hash(atSlot: s), value: .none) }
                return t
            }
        }
        var t = HashTable()
        for x in try vm.iterateToArray(v) { t.set(x, hash: try hashKey(x), value: .none) }
        return t
    }

    /// The tables of a varargs method's arguments (no keywords allowed).
    static func others(_ vm: VM, _ a: Args, _ s: PySet, _ name: String) throws -> [HashTable] {
        if a.hasKeywords { throw PyException.make(.typeError, "\(objectTypeName(s)).\(name)() takes no keyword arguments") }
        return try a.positional.map { try table(vm, $0) }
    }

    @inline(__always)
    static func contains(_ t: HashTable, _ other: HashTable, slot: Int) -> Bool {
        t.find(other.key(at: slot), hash: other.hash(atSlot: slot)) != nil
    }

    static func union(_ vm: VM, _ base: HashTable, _ others: [HashTable]) throws -> HashTable {
        var t = base
        for o in others {
            for s in 0..<o.slotCount where o.isLive(s) { t.set(o.key(at: s), hash: o.hash(atSlot: s), value: .none) }
            try vm.checkSize(t.count)
        }
        return t
    }

    static func intersection(_ base: HashTable, _ others: [HashTable]) -> HashTable {
        var t = base
        for o in others {
            var next = HashTable()
            for s in 0..<t.slotCount where t.isLive(s) && contains(o, t, slot: s) {
                next.set(t.key(at: s), hash: t.hash(atSlot: s), value: .none)
            }
            t = next
        }
        return t
    }

    static func difference(_ base: HashTable, _ others: [HashTable]) -> HashTable {
        var t = HashTable()
        for s in 0..<base.slotCount where base.isLive(s) && !others.contains(where: { contains($0, base, slot: s) }) {
            t.set(base.key(at: s), hash: base.hash(atSlot: s), value: .none)
        }
        return t
    }

    static func symmetricDifference(_ a: HashTable, _ b: HashTable) -> HashTable {
        var t = difference(a, [b])
        for s in 0..<b.slotCount where b.isLive(s) && !contains(a, b, slot: s) {
            t.set(b.key(at: s), hash: b.hash(atSlot: s), value: .none)
        }
        return t
    }

    static func isDisjoint(_ a: HashTable, _ b: HashTable) -> Bool {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        for s in 0..<small.slotCount where small.isLive(s) && contains(large, small, slot: s) { return false }
        return true
    }

    static func isSubset(_ a: HashTable, of b: HashTable) -> Bool {
        if a.count > b.count { return false }
        for s in 0..<a.slotCount where a.isLive(s) && !contains(b, a, slot: s) { return false }
        return true
    }
}
