/// The result of looking up `obj.name` for a call.
enum MethodLookup {
    case method(MethodFn)
    case value(Value)
}

/// Method tables by receiver kind. Each table is immutable and process-wide.
enum MethodTables {
    static func table(for kind: ObjectKind) -> [String: MethodBox]? {
        switch kind {
        case .str: return strMethods
        case .list: return listMethods
        case .dict: return dictMethods
        case .set, .frozenset: return setMethods
        case .tuple: return tupleMethods
        case .bytes, .bytearray: return bytesMethods
        case .bigint: return intMethods
        case .dictView: return dictViewMethods
        case .range: return rangeMethods
        case .iterator: return iteratorMethods
        default: return nil
        }
    }
}

extension VM {
    func lookupMethod(_ receiver: Value, _ name: String) throws -> MethodLookup {
        switch receiver {
        case .int, .bool:
            if let m = intMethods[name] { return .method(m.fn) }
        case .float:
            if let m = floatMethods[name] { return .method(m.fn) }
        case .object(let o):
            if let t = MethodTables.table(for: o.kind), let m = t[name] { return .method(m.fn) }
            if let m = hostMethod(o, name) { return .method(m) }
            if let n = o.asNative, let m = n.method(name) { return .method(m) }
        default: break
        }
        return .value(try getAttribute(receiver, name, keysAsAttributes: false))
    }

    /// `obj.name`. With `keysAsAttributes` (expression and text mode), a dict's keys read as attributes.
    func getAttribute(_ v: Value, _ name: String, keysAsAttributes: Bool) throws -> Value {
        if name.hasPrefix("__") {
            throw PyException.make(.attributeError, "access to '\(name)' is not allowed in Dataway")
        }
        if case .object(let o) = v {
            switch o.kind {
            case .module:
                let m = unsafeDowncast(o, to: PyModule.self)
                if let a = m.attributes[name] { return a }
                throw PyException.make(.attributeError, "module '\(m.name)' has no attribute '\(name)'")
            case .exception:
                let e = unsafeDowncast(o, to: PyException.self)
                if name == "args" { return .tuple(e.args) }
                if let a = e.extra[name] { return a }
            case .dict where keysAsAttributes:
                let d = unsafeDowncast(o, to: PyDict.self)
                if let x = d.get(name) { return x }
            case .type:
                let t = unsafeDowncast(o, to: PyType.self)
                if let m = t.classAttribute?(name) ?? typeAttributes[t.name]?[name] ?? HostTypes.staticAttributes[t.name]?[name] {
                    return m
                }
                throw PyException.make(.attributeError, "type object '\(t.name)' has no attribute '\(name)'")
            case .slice:
                let s = unsafeDowncast(o, to: PySlice.self)
                switch name {
                case "start": return s.start
                case "stop": return s.stop
                case "step": return s.step
                case "indices":
                    return .object(
                        PyBoundMethod(receiver: v, name: "indices") { _, recv, a in
                            try a.expect("indices", min: 1, max: 1)
                            guard let sl = recv.object(ofKind: .slice) else { return .none }
                            let n = try indexValue(a[0])
                            if n < 0 { throw PyException.make(.valueError, "length should not be negative") }
                            let (start, stop, step, _) = try sliceIndices(unsafeDowncast(sl, to: PySlice.self), count: n)
                            return .tuple([.int(start), .int(stop), .int(step)])
                        })
                default: break
                }
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                switch name {
                case "start": return .int(r.start)
                case "stop": return .int(r.stop)
                case "step": return .int(r.step)
                default: break
                }
            case .native:
                let n = unsafeDowncast(o, to: PyNativeObject.self)
                if let a = try n.attribute(self, name) { return a }
                if let m = n.method(name) { return .object(PyBoundMethod(receiver: v, name: name, fn: m)) }
            default:
                if let a = try hostAttribute(o, name) { return a }
            }
        }
        switch (v, name) {
        case (.int, "real"), (.bool, "real"), (.int, "numerator"): return v
        case (.int, "imag"), (.int, "denominator"): return name == "imag" ? .int(0) : .int(1)
        case (.float, "real"): return v
        case (.float, "imag"): return .float(0)
        default: break
        }
        if case .object(let o) = v, let m = MethodTables.table(for: o.kind)?[name]?.fn ?? hostMethod(o, name) {
            return .object(PyBoundMethod(receiver: v, name: name, fn: m))
        }
        if case .int = v, let m = intMethods[name] { return .object(PyBoundMethod(receiver: v, name: name, fn: m.fn)) }
        if case .bool = v, let m = intMethods[name] { return .object(PyBoundMethod(receiver: v, name: name, fn: m.fn)) }
        if case .float = v, let m = floatMethods[name] { return .object(PyBoundMethod(receiver: v, name: name, fn: m.fn)) }
        if keysAsAttributes, v.asDict != nil {
            throw PyRaise(PyException(type: .keyError, args: [.str(name)]))
        }
        throw PyException.make(.attributeError, "'\(typeName(v))' object has no attribute '\(name)'")
    }

    func setAttribute(_ target: Value, _ name: String, _ value: Value) throws {
        if name.hasPrefix("__") {
            throw PyException.make(.attributeError, "access to '\(name)' is not allowed in Dataway")
        }
        if case .object(let o) = target, try hostSetAttribute(o, name, value) { return }
        if let n = target.asNative, try n.setAttribute(self, name, value) { return }
        if case .object(let o) = target, o.kind == .function || o.kind == .module || o.kind == .type {
            throw PyException.make(.attributeError, "'\(typeName(target))' object attribute '\(name)' is read-only")
        }
        throw PyException.make(.attributeError, "'\(typeName(target))' object has no attribute '\(name)'")
    }
}
