/// Base class of the objects library modules implement in Swift: `datetime`'s dates, times and
/// timezones, `re`'s patterns and matches, hash and HMAC objects, ciphers, URL parse results,
/// `Decimal` and its context, `random.Random`, `csv` writers, `io.StringIO`.
///
/// Every subclass has kind `.native`. The interpreter asks a native object through these
/// overridable hooks, so a module can add a type without touching the VM; each subclass overrides
/// the ones its type supports and the defaults answer as `object` does. A native object lives
/// inside one run, like every other heap value.
class PyNativeObject: PyObject {
    init() { super.init(kind: .native) }

    /// `type(x)`, also used by `isinstance` and in error messages.
    var nativeType: PyType { .object }

    // MARK: Attributes

    /// A method by name (`h.update`); the VM binds it to the receiver.
    func method(_ name: String) -> MethodFn? { nil }

    /// The same methods indexed by `MethodRegistry` id, so a call site finds them without hashing
    /// the name; nil for types that look their methods up otherwise. A type that answers must
    /// answer `method(_:)` from the same table.
    var methodsByID: UnsafeMutablePointer<Unmanaged<MethodBox>?>? { nil }

    /// A data attribute (`d.year`, `r.scheme`); nil when there is none of that name.
    func attribute(_ vm: VM, _ name: String) throws -> Value? { nil }

    /// Sets an attribute; false when the object has no such writable attribute.
    func setAttribute(_ vm: VM, _ name: String, _ value: Value) throws -> Bool { false }

    // MARK: Text

    /// `repr(x)`.
    func repr() -> String { "<\(nativeType.name) object>" }

    /// `str(x)`.
    func str() -> String { repr() }

    /// `format(x, spec)` for a non-empty spec; nil when the type has no format of its own (a
    /// `TypeError`). An empty spec always formats as `str(x)`.
    func format(_ spec: String) throws -> String? { nil }

    // MARK: Comparison and hashing

    /// `x == other`; nil when the types do not compare (then only identity is equality).
    func equals(_ other: Value) -> Bool? { nil }

    /// Three-way ordering of `x` against `other` for `<` and friends (`reflected` when the script
    /// wrote `other < x`; the result is still `x` against `other`); nil when unsupported (a
    /// `TypeError`).
    func compare(_ other: Value, reflected: Bool) throws -> Int? { nil }

    /// The dict/set key hash, consistent with `equals`; nil when unhashable.
    func keyHash() throws -> Int? { ObjectIdentifier(self).hashValue }

    /// `hash(x)` as CPython computes it; nil when unhashable. Defaults to the key hash.
    func pythonHashValue() throws -> Int? { try keyHash() }

    // MARK: Numbers

    /// `x op other` (or `other op x` when `reflected`); nil when unsupported.
    func binary(_ vm: VM, _ op: BinOp, _ other: Value, reflected: Bool) throws -> Value? { nil }

    /// `-x`, `+x`, `~x`; nil when unsupported.
    func unary(_ vm: VM, _ op: UnaryOp) throws -> Value? { nil }

    /// `abs(x)`; nil when unsupported.
    func absolute(_ vm: VM) throws -> Value? { nil }

    /// `bool(x)`.
    func truthValue() throws -> Bool { true }

    /// `int(x)` and `float(x)`; nil when unsupported.
    func toInt() throws -> Value? { nil }
    func toFloat() throws -> Double? { nil }

    /// `round(x)` / `round(x, ndigits)`; nil when unsupported.
    func round(_ vm: VM, _ ndigits: Value?) throws -> Value? { nil }

    // MARK: Containers

    /// The items of a tuple-like object (`struct_time`, `IsoCalendarDate`); by default also what
    /// `len` and iteration (so unpacking) see. Nil when the object is not a sequence.
    func sequence() -> [Value]? { nil }

    /// `len(x)`; nil when the object has no length.
    func sequenceLength() throws -> Int? { sequence()?.count }

    /// The items of `iter(x)`; nil when the object is not iterable.
    func iterate(_ vm: VM) throws -> [Value]? { sequence() }

    /// `x[key]`; nil when the object is not subscriptable.
    func getItem(_ vm: VM, _ key: Value) throws -> Value? { nil }
}

extension PyObject {
    /// The object as a library-implemented object, when it is one.
    @inline(__always) var asNative: PyNativeObject? {
        kind == .native ? unsafeDowncast(self, to: PyNativeObject.self) : nil
    }
}

extension Value {
    /// The native object, if this is one.
    @inline(__always) var asNative: PyNativeObject? {
        if case .object(let o) = self { return o.asNative }
        return nil
    }
}

/// A type object for a library-implemented class, with its constructor and (optionally) its
/// class-level attributes.
func nativeType(
    _ name: String, constructor: BuiltinFn? = nil, classAttribute: (@Sendable (String) -> Value?)? = nil
) -> PyType {
    PyType(name: name, base: .object, constructor: constructor, classAttribute: classAttribute)
}

/// Makes a method table entry whose receiver is downcast to `T`.
func nativeMethod<T: PyNativeObject>(_ type: T.Type, _ body: @escaping @Sendable (VM, T, Args) throws -> Value) -> MethodFn {
    { vm, recv, args in
        guard let o = recv.asNative as? T else { throw PyException.make(.typeError, "descriptor requires a '\(T.self)' object") }
        return try body(vm, o, args)
    }
}
