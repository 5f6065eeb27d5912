/// The methods of `dict`, with CPython 3.11's behaviour and messages. `dict.fromkeys` is also
/// reachable from instances, as in CPython.
let dictMethods: [String: MethodBox] = [
    "clear": MethodBox { _, r, a in
        try noArgs(a, "dict.clear")
        try receiverDict(r).table.removeAll()
        return .none
    },
    "copy": MethodBox { _, r, a in
        try noArgs(a, "dict.copy")
        return .object(PyDict(try receiverDict(r).table))
    },
    "get": MethodBox { _, r, a in
        try positional(a, "get", "dict.get", min: 1, max: 2)
        // Receiver, key and default are read in place (no reference counting until the result).
        guard let o = peekObject(r), o._withUnsafeGuaranteedRef({ $0.kind == .dict }), let args = a.values.baseAddress else {
            _ = try receiverDict(r)
            return .none
        }
        return try o._withUnsafeGuaranteedRef { d in
            try borrowing(args) { key in
                let h = try hashKey(key)
                if let v = unsafeDowncast(d, to: PyDict.self).table.getInPlace(key, hash: h) { return v }
                return a.count == 2 ? args[1] : .none
            }
        }
    },
    "items": MethodBox { _, r, a in
        try noArgs(a, "dict.items")
        return .object(PyDictView(try receiverDict(r), .items))
    },
    "keys": MethodBox { _, r, a in
        try noArgs(a, "dict.keys")
        return .object(PyDictView(try receiverDict(r), .keys))
    },
    "values": MethodBox { _, r, a in
        try noArgs(a, "dict.values")
        return .object(PyDictView(try receiverDict(r), .values))
    },
    "pop": MethodBox { _, r, a in
        try positional(a, "pop", "dict.pop", min: 1, max: 2)
        let d = try receiverDict(r)
        if let v = d.table.remove(a[0], hash: try hashKey(a[0])) { return v }
        if let dflt = a.at(1) { return dflt }
        throw PyRaise(PyException(type: .keyError, args: [a[0]]))
    },
    "popitem": MethodBox { _, r, a in
        try noArgs(a, "dict.popitem")
        let d = try receiverDict(r)
        guard let slot = d.table.lastLiveSlot else {
            throw PyRaise(PyException(type: .keyError, args: [.str("popitem(): dictionary is empty")]))
        }
        let k = d.table.key(at: slot)
        let v = d.table.removeSlot(slot)
        return .tuple([k, v])
    },
    "setdefault": MethodBox { vm, r, a in
        try positional(a, "setdefault", "dict.setdefault", min: 1, max: 2)
        let d = try receiverDict(r)
        let h = try hashKey(a[0])
        if let v = d.table.getInPlace(a[0], hash: h) { return v }
        let dflt = a.at(1) ?? .none
        if d.table.count >= vm.limits.maxSize { try vm.checkSize(d.table.count + 1) }
        d.table.set(a[0], hash: h, value: dflt)
        return dflt
    },
    "update": MethodBox { vm, r, a in
        if a.count > 1 { throw PyException.make(.typeError, "update expected at most 1 argument, got \(a.count)") }
        let d = try receiverDict(r)
        if let other = a.at(0) { try dictUpdate(vm, d, other) }
        for (k, name) in a.keywordNames.enumerated() { d.set(name, a.values[a.count + k]) }
        try vm.checkSize(d.table.count)
        return .none
    },
    "fromkeys": MethodBox { vm, _, a in try dictFromKeys(vm, a) },
]

@inline(__always) private func receiverDict(_ v: Value) throws -> PyDict {
    guard let d = v.asDict else {
        throw PyException.make(.typeError, "descriptor requires a 'dict' object but received a '\(typeName(v))'")
    }
    return d
}

/// `dict.update(other)`: a mapping's items, or an iterable of key/value pairs.
func dictUpdate(_ vm: VM, _ d: PyDict, _ other: Value) throws {
    if case .object(let o) = other, [.dict, .multimap, .entity, .message].contains(o.kind) {
        try vm.dictMerge(d, other, forCall: false)
        return
    }
    for (index, item) in try vm.iterateToArray(other).enumerated() {
        let pair: [Value]
        if let t = item.asTuple {
            pair = t.items
        } else if let l = item.asList {
            pair = l.items
        } else {
            let it: PyIterator
            do { it = try vm.makeIterator(item) } catch is PyRaise {
                throw PyException.make(.typeError, "cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            pair = try vm.iterateToArray(.object(it))
        }
        guard pair.count == 2 else {
            throw PyException.make(.valueError, "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
        }
        d.table.set(pair[0], hash: try hashKey(pair[0]), value: pair[1])
    }
}

/// `dict.fromkeys(iterable, value=None)`.
func dictFromKeys(_ vm: VM, _ a: Args) throws -> Value {
    try positional(a, "fromkeys", "dict.fromkeys", min: 1, max: 2)
    let value = a.at(1) ?? .none
    let d = PyDict()
    for k in try vm.iterateToArray(a[0]) { d.table.set(k, hash: try hashKey(k), value: value) }
    return .object(d)
}
