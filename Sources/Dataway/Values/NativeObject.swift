/// Base class of the objects the standard-library modules implement in Swift (`datetime`, `re`'s
/// patterns and matches, ...). The VM asks a native object through these hooks; each subclass
/// overrides the ones its type supports and the defaults answer as `object` does.
///
/// A native object lives inside one run, like every other heap value.
class PyNativeObject: PyObject {
    init() { super.init(kind: .native) }

    /// `type(x)`, also used by `isinstance`.
    var nativeType: PyType { .object }

    /// A data attribute (`d.year`, `m.string`); nil when there is none of that name.
    func attribute(_ name: String) throws -> Value? { nil }

    /// A method by name; the VM binds it to the receiver.
    func method(_ name: String) -> MethodFn? { nil }

    /// `repr(x)`.
    func repr() -> String { "<\(nativeType.name) object>" }

    /// `str(x)`.
    func str() -> String { repr() }

    /// `x == other`; nil when the types do not compare (then only identity is equality).
    func equals(_ other: Value) -> Bool? { nil }

    /// Three-way ordering for `<` and friends; nil when unsupported (a `TypeError`).
    func compare(_ other: Value) throws -> Int? { nil }

    /// `hash(x)`, consistent with `equals`.
    func hash() throws -> Int { ObjectIdentifier(self).hashValue }

    /// `x op other` (or `other op x` when `reflected`); nil when unsupported.
    func binary(_ vm: VM, _ op: BinOp, _ other: Value, reflected: Bool) throws -> Value? { nil }

    /// `-x`, `+x`, `~x`; nil when unsupported.
    func unary(_ op: UnaryOp) throws -> Value? { nil }

    /// `abs(x)`; nil when unsupported.
    func absolute() throws -> Value? { nil }

    /// `x[key]`; nil when the object is not subscriptable.
    func getItem(_ vm: VM, _ key: Value) throws -> Value? { nil }

    /// The items of a tuple-like object (`struct_time`, `IsoCalendarDate`), for `len`, iteration
    /// and unpacking; nil when the object is not a sequence.
    func sequence() -> [Value]? { nil }

    /// `format(x, spec)` for a non-empty spec; nil when the type has no format of its own.
    func format(_ spec: String) throws -> String? { nil }

    /// `bool(x)`.
    var isTruthy: Bool { true }
}

extension Value {
    /// The native object, if this is one.
    @inline(__always) var asNative: PyNativeObject? {
        if case .object(let o) = self, o.kind == .native { return unsafeDowncast(o, to: PyNativeObject.self) }
        return nil
    }
}
