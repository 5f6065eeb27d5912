/// Base class of the helper objects the format modules hand to scripts (`csv` writers,
/// `io.StringIO`): kind `.other`, with overridable type name, attributes, methods and iteration.
class PyHostedObject: PyObject {
    init() { super.init(kind: .other) }

    /// `type(x).__name__`.
    var pyTypeName: String { "object" }

    /// A data attribute; nil when there is none of that name.
    func attribute(_ vm: VM, _ name: String) throws -> Value? { nil }

    /// A method by name; the VM binds it to the receiver.
    func method(_ name: String) -> MethodFn? { nil }

    /// The items of `iter(x)`, or nil when the object is not iterable.
    func iterate(_ vm: VM) throws -> [Value]? { nil }
}

/// The state behind a lazy iterator a module implements (`csv.reader`, `csv.DictReader`): it
/// travels inside a `PyIterator`, so `next()`, `for` and `list()` work as for any iterator.
class HostedIterator {
    /// `type(x).__name__`.
    var pyTypeName: String { "iterator" }

    /// The next item, or nil when exhausted.
    func next(_ vm: VM) throws -> Value? { nil }

    /// A data attribute (`reader.line_num`); nil when there is none of that name.
    func attribute(_ vm: VM, _ name: String) throws -> Value? { nil }
}

extension Value {
    /// The hosted helper object, if this is one.
    var asHosted: PyHostedObject? {
        if case .object(let o) = self, o.kind == .other { return unsafeDowncast(o, to: PyHostedObject.self) }
        return nil
    }
}
