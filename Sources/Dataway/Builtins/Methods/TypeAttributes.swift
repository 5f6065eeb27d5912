/// Attributes of the builtin type objects (`str.lower`, `dict.fromkeys`, ...): every method as an
/// unbound function taking the receiver as its first argument (`sorted(words, key=str.lower)`,
/// `str.join(",", xs)`), plus the static and class methods.
///
/// Immutable after initialisation (built once, lazily and thread-safely, as a global), and the
/// function objects it holds are immutable too, so sharing it across runs and tasks is safe.
nonisolated(unsafe) let typeAttributes: [String: [String: Value]] = {
    let isStr: @Sendable (Value) -> Bool = { v in v.asStr != nil }
    func kind(_ k: ObjectKind) -> @Sendable (Value) -> Bool { { v in v.object(ofKind: k) != nil } }
    let isInt: @Sendable (Value) -> Bool = { v in v.asBigInt != nil }
    let isFloat: @Sendable (Value) -> Bool = { v in
        if case .float = v { return true }
        return false
    }

    var t: [String: [String: Value]] = [:]
    t["str"] = unboundMethods("str", strMethods, accepts: isStr)
    t["str"]?["maketrans"] = staticMethod("maketrans") { _, a in try StrOps.maketrans(a) }

    t["bytes"] = unboundMethods("bytes", bytesMethods.filter { !bytearrayOnlyMethods.contains($0.key) }, accepts: kind(.bytes))
    t["bytearray"] = unboundMethods("bytearray", bytesMethods, accepts: kind(.bytearray))
    for (name, mutable) in [("bytes", false), ("bytearray", true)] {
        t[name]?["fromhex"] = staticMethod("fromhex") { _, a in try BytesOps.fromhex(a, mutable: mutable) }
        t[name]?["maketrans"] = staticMethod("maketrans") { _, a in try BytesOps.maketrans(a, mutable: mutable) }
    }

    t["list"] = unboundMethods("list", listMethods, accepts: kind(.list))
    t["tuple"] = unboundMethods("tuple", tupleMethods, accepts: kind(.tuple))
    t["range"] = unboundMethods("range", rangeMethods, accepts: kind(.range))
    t["dict"] = unboundMethods("dict", dictMethods, accepts: kind(.dict))
    t["dict"]?["fromkeys"] = staticMethod("fromkeys") { vm, a in try dictFromKeys(vm, a) }
    t["set"] = unboundMethods("set", setMethods, accepts: kind(.set))
    t["frozenset"] = unboundMethods(
        "frozenset", setMethods.filter { !setOnlyMethods.contains($0.key) }, accepts: kind(.frozenset))

    t["int"] = unboundMethods("int", intMethods, accepts: isInt)
    t["int"]?["from_bytes"] = staticMethod("from_bytes") { vm, a in try intFromBytes(vm, a) }
    // bool inherits int's methods (`bool.bit_length(5)` is fine in CPython too).
    t["bool"] = t["int"]
    t["float"] = unboundMethods("float", floatMethods, accepts: isFloat)
    t["float"]?["fromhex"] = staticMethod("fromhex") { _, a in
        .float(try floatFromHex(try oneArg(a, "float.fromhex")))
    }
    return t
}()

/// A static or class method: a plain builtin function.
private func staticMethod(_ name: String, _ fn: @escaping BuiltinFn) -> Value {
    .object(PyBuiltinFunction(name, fn))
}

/// The methods of a table as unbound functions of the type `type`.
private func unboundMethods(
    _ type: String, _ table: [String: MethodBox], accepts: @escaping @Sendable (Value) -> Bool
) -> [String: Value] {
    var out: [String: Value] = [:]
    for (name, box) in table { out[name] = unbound(type, name, box.fn, accepts: accepts) }
    return out
}

/// `type.method` called as a function: checks the receiver (CPython's descriptor errors), then
/// calls the method with the remaining arguments.
private func unbound(
    _ type: String, _ name: String, _ fn: @escaping MethodFn, accepts: @escaping @Sendable (Value) -> Bool
) -> Value {
    .object(
        PyBuiltinFunction(name) { vm, args in
            guard args.count >= 1 else {
                throw PyException.make(.typeError, "unbound method \(type).\(name)() needs an argument")
            }
            let receiver = args[0]
            guard accepts(receiver) else {
                throw PyException.make(
                    .typeError, "descriptor '\(name)' for '\(type)' objects doesn't apply to a '\(typeName(receiver))' object")
            }
            let rest = Args(UnsafeBufferPointer(rebasing: args.values[1...]), keywordNames: args.keywordNames)
            return try fn(vm, receiver, rest)
        })
}
