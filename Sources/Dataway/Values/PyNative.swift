/// Base class of the objects library modules implement in Swift: hash and HMAC objects, ciphers,
/// URL parse results, `Decimal`, the decimal context, `random.Random`.
///
/// The interpreter dispatches to these overridable members for attribute access, methods, `repr`,
/// `str`, equality, ordering, hashing, arithmetic, subscripts, `len` and iteration, so a module can
/// add a type without touching the VM. Every subclass uses kind `.native` (`Decimal` uses `.decimal`).
class PyNativeObject: PyObject {
    override init(kind: ObjectKind = .native) { super.init(kind: kind) }

    /// `type(x)`.
    var nativeType: PyType { PyType.other }

    /// A method of this object, looked up by name (`h.update`).
    func method(_ name: String) -> MethodFn? { nil }

    /// A plain attribute (`h.name`, `r.scheme`); nil when there is none.
    func attribute(_ vm: VM, _ name: String) throws -> Value? { nil }

    /// Sets an attribute; false when the object has no such writable attribute.
    func setAttribute(_ vm: VM, _ name: String, _ value: Value) throws -> Bool { false }

    func repr() -> String { "<\(nativeType.name) object>" }

    /// `str(x)` when it differs from `repr(x)`.
    func str() -> String? { nil }

    /// `self == other`; nil falls back to identity.
    func isEqual(to other: Value) -> Bool? { nil }

    /// Three-way ordering against `other`; nil when the types do not order (TypeError).
    func order(_ other: Value, reflected: Bool) throws -> Int? { nil }

    /// The dict/set key hash (consistent with `isEqual`); nil when unhashable.
    func keyHash() throws -> Int? { Int(bitPattern: UInt(bitPattern: ObjectIdentifier(self).hashValue)) }

    /// `hash(x)`; nil when unhashable.
    func pythonHashValue() throws -> Int? { try keyHash() }

    /// `self op other` (or `other op self` when `reflected`); nil when unsupported.
    func binary(_ vm: VM, _ op: BinOp, _ other: Value, reflected: Bool) throws -> Value? { nil }

    /// `-x`, `+x`, `~x`, `abs(x)` (op nil); nil when unsupported.
    func unary(_ vm: VM, _ op: UnaryOp?) throws -> Value? { nil }

    func truthValue() throws -> Bool { true }
    func sequenceLength() throws -> Int? { nil }
    func getItem(_ vm: VM, _ key: Value) throws -> Value? { nil }
    func iterate(_ vm: VM) throws -> [Value]? { nil }

    /// `int(x)` and `float(x)` conversions; nil when unsupported.
    func toInt() throws -> Value? { nil }
    func toFloat() throws -> Double? { nil }

    /// `round(x)` / `round(x, ndigits)`; nil when unsupported.
    func round(_ vm: VM, _ ndigits: Value?) throws -> Value? { nil }

    /// `format(x, spec)`; nil uses the generic formatting of `str(x)`.
    func format(_ spec: String) throws -> String? { nil }
}

extension PyObject {
    /// The object as a library-implemented object, when it is one.
    @inline(__always) var asNative: PyNativeObject? {
        kind == .native || kind == .decimal ? unsafeDowncast(self, to: PyNativeObject.self) : nil
    }
}

extension Value {
    @inline(__always) var asNative: PyNativeObject? {
        if case .object(let o) = self { return o.asNative }
        return nil
    }
}

/// A type object for a library-implemented class, with its constructor.
func nativeType(_ name: String, constructor: BuiltinFn? = nil) -> PyType {
    PyType(name: name, base: .object, constructor: constructor)
}

/// Makes a method table entry whose receiver is downcast to `T`.
func nativeMethod<T: PyNativeObject>(_ type: T.Type, _ body: @escaping @Sendable (VM, T, Args) throws -> Value) -> MethodFn {
    { vm, recv, args in
        guard let o = recv.asNative as? T else { throw PyException.make(.typeError, "descriptor requires a '\(T.self)' object") }
        return try body(vm, o, args)
    }
}
