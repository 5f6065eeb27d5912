/// The methods of `tuple`.
let tupleMethods: [String: MethodBox] = [
    "count": MethodBox { vm, r, a in try sequenceCount(vm, try receiverTuple(r).items, a, "tuple.count") },
    "index": MethodBox { vm, r, a in
        try sequenceIndex(vm, try receiverTuple(r).items, a, "tuple.index") { _ in "tuple.index(x): x not in tuple" }
    },
]

@inline(__always) private func receiverTuple(_ v: Value) throws -> PyTuple {
    guard let t = v.asTuple else {
        throw PyException.make(.typeError, "descriptor requires a 'tuple' object but received a '\(typeName(v))'")
    }
    return t
}
