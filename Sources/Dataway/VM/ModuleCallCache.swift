/// The functions of `module.name(...)` calls, by module and attribute name, for one run.
///
/// Modules are immutable, so an attribute read once stays right. The cache is direct-mapped on the
/// identity of the call site's name constant (the same object on every execution) and keeps the
/// module and the name alive, so both identities stay valid. A hit costs two identity compares
/// instead of hashing the name into the module's dictionary.
struct ModuleCallCache {
    private struct Entry {
        var module: PyModule?
        var name: PyStr?
        var value: Value = .none
    }

    private static let slotCount = 64
    private var entries: [Entry] = []

    /// The attribute `name` of `module`, read through the cache (`read` on a miss).
    @inline(__always)
    mutating func attribute(_ module: PyModule, _ name: PyStr, read: () throws -> Value) rethrows -> Value {
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: ObjectIdentifier(name)) &>> 4) & (Self.slotCount - 1)
        if entries.isEmpty {
            entries = [Entry](repeating: Entry(), count: Self.slotCount)
        } else if entries[slot].name === name && entries[slot].module === module {
            return entries[slot].value
        }
        let v = try read()
        entries[slot] = Entry(module: module, name: name, value: v)
        return v
    }
}
