/// The methods of `tuple`.
let tupleMethods: [String: MethodFn] = [
    "count": { vm, r, a in
        let x = try oneArg(a, "tuple.count")
        let items = try receiverTuple(r).items
        try chargeWork(vm, items.count)
        return .int(items.reduce(0) { itemMatches($1, x) ? $0 + 1 : $0 })
    },
    "index": { vm, r, a in
        try positional(a, "index", "tuple.index", min: 1, max: 3)
        let items = try receiverTuple(r).items
        let (start, stop) = try indexBounds(a, items.count)
        try chargeWork(vm, stop - start)
        if start < stop {
            for i in start..<stop where itemMatches(items[i], a[0]) { return .int(i) }
        }
        throw PyException.make(.valueError, "tuple.index(x): x not in tuple")
    },
]

@inline(__always) private func receiverTuple(_ v: Value) throws -> PyTuple {
    guard let t = v.asTuple else {
        throw PyException.make(.typeError, "descriptor requires a 'tuple' object but received a '\(typeName(v))'")
    }
    return t
}
