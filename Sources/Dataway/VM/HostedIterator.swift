/// The state behind a lazy iterator a module implements (`csv.reader`, `csv.DictReader`): it
/// travels inside a `PyIterator` (kind `.iterator`, not a `PyNativeObject`), so `next()`, `for`
/// and `list()` work as for any iterator while the rows are produced one at a time.
class HostedIterator {
    /// `type(x).__name__`.
    var pyTypeName: String { "iterator" }

    /// The next item, or nil when exhausted.
    func next(_ vm: VM) throws -> Value? { nil }

    /// A data attribute (`reader.line_num`); nil when there is none of that name.
    func attribute(_ vm: VM, _ name: String) throws -> Value? { nil }
}
