import BigInt

/// A Dataway runtime value.
///
/// Small values (None, bools, machine integers, floats) are stored inline; everything else is a
/// reference to a heap object whose `kind` tag drives dispatch without dynamic casts.
enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)
    /// Marks an unassigned variable slot; never visible to scripts.
    case undefined

    @inline(__always) static func str(_ s: String) -> Value { .object(PyStr(s)) }
    @inline(__always) static func list(_ items: [Value]) -> Value { .object(PyList(items)) }
    @inline(__always) static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }

    /// Wraps an arbitrary-precision integer, using the inline form when it fits.
    @inline(__always) static func bigint(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return .object(PyBigInt(b))
    }

    @inline(__always) var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The object if it is of the given kind.
    @inline(__always) func object(ofKind k: ObjectKind) -> PyObject? {
        if case .object(let o) = self, o.kind == k { return o }
        return nil
    }

    @inline(__always) var asStr: PyStr? {
        if case .object(let o) = self, o.kind == .str { return unsafeDowncast(o, to: PyStr.self) }
        return nil
    }
    @inline(__always) var asList: PyList? {
        if case .object(let o) = self, o.kind == .list { return unsafeDowncast(o, to: PyList.self) }
        return nil
    }
    @inline(__always) var asTuple: PyTuple? {
        if case .object(let o) = self, o.kind == .tuple { return unsafeDowncast(o, to: PyTuple.self) }
        return nil
    }
    @inline(__always) var asDict: PyDict? {
        if case .object(let o) = self, o.kind == .dict { return unsafeDowncast(o, to: PyDict.self) }
        return nil
    }
    @inline(__always) var asBigInt: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigint: return unsafeDowncast(o, to: PyBigInt.self).value
        default: return nil
        }
    }
    @inline(__always) var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }
    @inline(__always) var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
