/// The methods of `list`, with CPython 3.11's behaviour and messages.
let listMethods: [String: MethodBox] = [
    "append": MethodBox { vm, r, a in
        // The receiver is read in place; only the appended value is retained.
        guard let u = peekObject(r), u._withUnsafeGuaranteedRef({ $0.kind == .list }) else { _ = try receiverList(r); return .none }
        let x = try oneArg(a, "list.append")
        try u._withUnsafeGuaranteedRef { o in
            let l = unsafeDowncast(o, to: PyList.self)
            if l.items.count >= vm.limits.maxSize { try vm.checkSize(l.items.count + 1) }
            l.append(x)
        }
        return .none
    },
    "clear": MethodBox { _, r, a in
        try noArgs(a, "list.clear")
        try receiverList(r).items.removeAll()
        return .none
    },
    "copy": MethodBox { _, r, a in
        try noArgs(a, "list.copy")
        return .list(try receiverList(r).items)
    },
    "count": MethodBox { vm, r, a in
        try sequenceCount(vm, try receiverList(r).items, a, "list.count")
    },
    "extend": MethodBox { vm, r, a in
        let l = try receiverList(r)
        let more = try vm.iterateToArray(try oneArg(a, "list.extend"))
        try vm.checkSize(l.items.count + more.count)
        l.items.append(contentsOf: more)
        return .none
    },
    "index": MethodBox { vm, r, a in
        try sequenceIndex(vm, try receiverList(r).items, a, "list.index") { "\(try pyRepr($0)) is not in list" }
    },
    "insert": MethodBox { vm, r, a in
        try positional(a, "insert", "list.insert", min: 2, max: 2)
        let l = try receiverList(r)
        var i = try intArg(a[0])
        let n = l.items.count
        if i < 0 { i = max(0, i + n) }
        if n >= vm.limits.maxSize { try vm.checkSize(n + 1) }
        l.items.insert(a[1], at: min(i, n))
        return .none
    },
    "pop": MethodBox { _, r, a in
        try positional(a, "pop", "list.pop", min: 0, max: 1)
        let l = try receiverList(r)
        var i = try a.at(0).map(intArg) ?? -1
        if l.items.isEmpty { throw PyException.make(.indexError, "pop from empty list") }
        if i < 0 { i += l.items.count }
        guard i >= 0 && i < l.items.count else { throw PyException.make(.indexError, "pop index out of range") }
        if i == l.items.count - 1 { return l.items.removeLast() }
        return l.items.remove(at: i)
    },
    "remove": MethodBox { vm, r, a in
        let x = try oneArg(a, "list.remove")
        let l = try receiverList(r)
        try chargeWork(vm, l.items.count)
        guard let i = l.items.firstIndex(where: { itemMatches($0, x) }) else {
            throw PyException.make(.valueError, "list.remove(x): x not in list")
        }
        l.items.remove(at: i)
        return .none
    },
    "reverse": MethodBox { _, r, a in
        try noArgs(a, "list.reverse")
        try receiverList(r).items.reverse()
        return .none
    },
    "sort": MethodBox { vm, r, a in
        let p = try bindKeywords(a, "sort", ["key", "reverse"], keywordOnly: 0)
        let l = try receiverList(r)
        let reverse = try p[1].map { try intArg($0) != 0 } ?? false
        var items = l.items
        // As in CPython, the list looks empty while it is being sorted.
        l.items = []
        do {
            try sortValues(vm, &items, key: p[0], reverse: reverse)
        } catch {
            // Unchanged, or (a small list whose comparison failed) as far as CPython's sort got.
            l.items = items
            throw error
        }
        let modified = !l.items.isEmpty
        l.items = items
        if modified { throw PyException.make(.valueError, "list modified during sort") }
        return .none
    },
]

@inline(__always) private func receiverList(_ v: Value) throws -> PyList {
    guard let l = v.asList else {
        throw PyException.make(.typeError, "descriptor requires a 'list' object but received a '\(typeName(v))'")
    }
    return l
}

/// The `start`/`stop` arguments of `list.index`/`tuple.index`, clamped like slice bounds.
func indexBounds(_ a: Args, _ n: Int) throws -> (Int, Int) {
    func bound(_ v: Value?, _ absent: Int) throws -> Int {
        guard let v else { return absent }
        guard v.asBigInt != nil, var i = try sliceIndexArg(v) else {
            throw PyException.make(.typeError, "slice indices must be integers or have an __index__ method")
        }
        if i < 0 {
            i += n
            if i < 0 { i = 0 }
        }
        return min(i, n)
    }
    return (try bound(a.at(1), 0), try bound(a.at(2), n))
}

/// `list.count` / `tuple.count`.
func sequenceCount(_ vm: VM, _ items: [Value], _ a: Args, _ qualified: String) throws -> Value {
    let x = try oneArg(a, qualified)
    try chargeWork(vm, items.count)
    return .int(items.reduce(0) { itemMatches($1, x) ? $0 + 1 : $0 })
}

/// `list.index` / `tuple.index` with optional start and stop; `notFound` words the ValueError.
func sequenceIndex(_ vm: VM, _ items: [Value], _ a: Args, _ qualified: String, notFound: (Value) throws -> String) throws -> Value {
    try positional(a, "index", qualified, min: 1, max: 3)
    let (start, stop) = try indexBounds(a, items.count)
    try chargeWork(vm, stop - start)
    if start < stop {
        for i in start..<stop where itemMatches(items[i], a[0]) { return .int(i) }
    }
    throw PyException.make(.valueError, try notFound(a[0]))
}
