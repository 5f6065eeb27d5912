import BigInt

/// The builtin type objects. Immutable process-wide singletons.
extension PyType {
    nonisolated(unsafe) static let object = PyType(name: "object", base: nil, constructor: nil)
    nonisolated(unsafe) static let int = PyType(name: "int", base: object) { vm, args in try Convert.toInt(vm, args) }
    nonisolated(unsafe) static let bool = PyType(name: "bool", base: PyType.int) { _, args in
        if args.count > 1 { throw PyException.make(.typeError, "bool expected at most 1 argument, got \(args.count)") }
        if args.hasKeywords { throw PyException.make(.typeError, "bool() takes no keyword arguments") }
        return .bool(args.count == 0 ? false : try truthy(args[0]))
    }
    nonisolated(unsafe) static let float = PyType(name: "float", base: object) { _, args in
        try args.expect("float", min: 0, max: 1)
        return args.count == 0 ? .float(0) : .float(try Convert.toFloat(args[0]))
    }
    nonisolated(unsafe) static let str = PyType(name: "str", base: object) { vm, args in try Convert.toStr(vm, args) }
    nonisolated(unsafe) static let list = PyType(name: "list", base: object) { vm, args in
        try args.expect("list", min: 0, max: 1)
        return .list(args.count == 0 ? [] : try vm.iterateToArray(args[0]))
    }
    nonisolated(unsafe) static let tuple = PyType(name: "tuple", base: object) { vm, args in
        try args.expect("tuple", min: 0, max: 1)
        if args.count == 1, args[0].asTuple != nil { return args[0] }
        return .tuple(args.count == 0 ? [] : try vm.iterateToArray(args[0]))
    }
    nonisolated(unsafe) static let dict = PyType(name: "dict", base: object) { vm, args in
        if args.count > 1 { throw PyException.make(.typeError, "dict expected at most 1 argument, got \(args.count)") }
        let d = PyDict()
        if args.count == 1 { try vm.dictMerge(d, args[0], forCall: false) }
        for (i, n) in args.keywordNames.enumerated() { d.set(n, args.values[args.count + i]) }
        return .object(d)
    }
    nonisolated(unsafe) static let set = PyType(name: "set", base: object) { vm, args in
        try args.expect("set", min: 0, max: 1)
        return .object(try Convert.toSet(vm, args.at(0), frozen: false))
    }
    nonisolated(unsafe) static let frozenset = PyType(name: "frozenset", base: object) { vm, args in
        try args.expect("frozenset", min: 0, max: 1)
        return .object(try Convert.toSet(vm, args.at(0), frozen: true))
    }
    nonisolated(unsafe) static let bytes = PyType(name: "bytes", base: object) { vm, args in
        .object(PyBytes(try Convert.toBytes(vm, args, name: "bytes")))
    }
    nonisolated(unsafe) static let bytearray = PyType(name: "bytearray", base: object) { vm, args in
        .object(PyBytes(try Convert.toBytes(vm, args, name: "bytearray"), mutable: true))
    }
    nonisolated(unsafe) static let range = PyType(name: "range", base: object) { _, args in
        try args.expect("range", min: 1, max: 3)
        var v = [Int]()
        for i in 0..<args.count {
            switch args[i] {
            case .int(let x): v.append(x)
            case .bool(let b): v.append(b ? 1 : 0)
            case .object(let o) where o.kind == .bigint:
                throw PyException.make(.overflowError, "Python int too large to convert to C ssize_t")
            default:
                throw PyException.make(.typeError, "'\(typeName(args[i]))' object cannot be interpreted as an integer")
            }
        }
        if v.count == 1 { return .object(PyRange(start: 0, stop: v[0], step: 1)) }
        if v.count == 3 && v[2] == 0 { throw PyException.make(.valueError, "range() arg 3 must not be zero") }
        return .object(PyRange(start: v[0], stop: v[1], step: v.count == 3 ? v[2] : 1))
    }
    nonisolated(unsafe) static let slice = PyType(name: "slice", base: object) { _, args in
        try args.expect("slice", min: 1, max: 3)
        if args.count == 1 { return .object(PySlice(start: .none, stop: args[0], step: .none)) }
        return .object(PySlice(start: args[0], stop: args[1], step: args.at(2) ?? .none))
    }
    nonisolated(unsafe) static let type = PyType(name: "type", base: object) { _, args in
        guard args.count == 1 else { throw PyException.make(.typeError, "type() takes 1 argument in Dataway (classes are not supported)") }
        return .object(PyType.of(args[0]))
    }
    nonisolated(unsafe) static let noneType = PyType(name: "NoneType", base: object, constructor: nil)
    nonisolated(unsafe) static let function = PyType(name: "function", base: object, constructor: nil)
    nonisolated(unsafe) static let builtinFunction = PyType(name: "builtin_function_or_method", base: object, constructor: nil)
    nonisolated(unsafe) static let module = PyType(name: "module", base: object, constructor: nil)
    nonisolated(unsafe) static let iterator = PyType(name: "iterator", base: object, constructor: nil)
    nonisolated(unsafe) static let dictKeys = PyType(name: "dict_keys", base: object, constructor: nil)
    nonisolated(unsafe) static let dictValues = PyType(name: "dict_values", base: object, constructor: nil)
    nonisolated(unsafe) static let dictItems = PyType(name: "dict_items", base: object, constructor: nil)
    nonisolated(unsafe) static let other = PyType(name: "object", base: object, constructor: nil)

    /// Extra host-defined types (Entity, MultiMap, Message), registered by name.
    nonisolated(unsafe) static var hostTypes: [ObjectKind: PyType] { HostTypes.byKind }

    /// `type(v)`.
    static func of(_ v: Value) -> PyType {
        switch v {
        case .none, .undefined: return noneType
        case .bool: return bool
        case .int: return int
        case .float: return float
        case .object(let o):
            switch o.kind {
            case .str: return str
            case .bytes: return bytes
            case .bytearray: return bytearray
            case .bigint: return int
            case .list: return list
            case .tuple: return tuple
            case .dict: return dict
            case .set: return set
            case .frozenset: return frozenset
            case .range: return range
            case .slice: return slice
            case .function: return function
            case .builtinFunction, .boundMethod: return builtinFunction
            case .exception: return unsafeDowncast(o, to: PyException.self).type
            case .type: return type
            case .module: return module
            case .iterator: return iterator
            case .native: return unsafeDowncast(o, to: PyNativeObject.self).nativeType
            case .dictView:
                switch unsafeDowncast(o, to: PyDictView.self).which {
                case .keys: return dictKeys
                case .values: return dictValues
                case .items: return dictItems
                }
            default: return hostTypes[o.kind] ?? other
            }
        }
    }
}
