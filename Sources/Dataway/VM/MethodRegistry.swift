/// Method names numbered at compile time, so a call site finds its method by array index instead of
/// hashing the name on every call.
enum MethodRegistry {
    /// Every method name of the builtin types and of the native types with fixed tables, in a
    /// fixed order.
    static let names: [String] = {
        var all = Set<String>()
        for t in tables { all.formUnion(t.value.keys) }
        for t in nativeTables { all.formUnion(t.keys) }
        return all.sorted()
    }()

    /// Method tables of native types that answer `methodsByID`.
    private static let nativeTables = [RegexModule.patternMethods, RegexModule.matchMethods]

    static let ids: [String: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

    private static let tables: [(kinds: [ObjectKind], value: [String: MethodBox])] = [
        ([.str], strMethods), ([.list], listMethods), ([.dict], dictMethods), ([.set, .frozenset], setMethods),
        ([.tuple], tupleMethods), ([.bytes, .bytearray], bytesMethods), ([.bigint], intMethods),
        ([.dictView], dictViewMethods), ([.range], rangeMethods),
    ]

    static let kindCount = Int(ObjectKind.other.rawValue) + 1

    static let nameCount = names.count

    /// `flatPointer[kind.rawValue * nameCount + id]`: the method, if that kind has it (one flat
    /// table, so a lookup is a single load), then the same by id for ints and floats. The boxes
    /// are kept for the whole process and read unretained: a lookup neither checks bounds nor
    /// touches a reference count (the boxes are shared by every run on every thread, where each
    /// retain would be an atomic write to one shared cache line).
    nonisolated(unsafe) static let flatPointer = keptForever(
        {
            var out = [MethodBox?](repeating: nil, count: names.count * kindCount)
            for (kinds, table) in tables {
                for (name, box) in table {
                    guard let id = ids[name] else { continue }
                    for k in kinds { out[Int(k.rawValue) * names.count + id] = box }
                }
            }
            return out
        }())
    /// The methods of `re.Pattern` and `re.Match` by id (their `methodsByID`).
    nonisolated(unsafe) static let patternPointer = keptForever(names.map { RegexModule.patternMethods[$0] })
    nonisolated(unsafe) static let matchPointer = keptForever(names.map { RegexModule.matchMethods[$0] })
    nonisolated(unsafe) static let intPointer = keptForever(names.map { intMethods[$0] })
    nonisolated(unsafe) static let floatPointer = keptForever(names.map { floatMethods[$0] })

    /// The boxes at a fixed address, each retained once and never released.
    private static func keptForever(_ boxes: [MethodBox?]) -> UnsafeMutablePointer<Unmanaged<MethodBox>?> {
        let p = UnsafeMutablePointer<Unmanaged<MethodBox>?>.allocate(capacity: max(1, boxes.count))
        for (i, b) in boxes.enumerated() { (p + i).initialize(to: b.map { Unmanaged.passRetained($0) }) }
        return p
    }

    /// The method `id` for the receiver in `slot`, when the receiver's type has it (reads the
    /// receiver in place, without copying it).
    @inline(__always) static func method(at slot: UnsafePointer<Value>, _ id: Int) -> Unmanaged<MethodBox>? {
        if let u = peekObject(slot) {
            let kind = u._withUnsafeGuaranteedRef { $0.kind }
            if kind == .native {
                return u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyNativeObject.self).methodsByID?[id] }
            }
            return flatPointer[Int(kind.rawValue) &* nameCount &+ id]
        }
        switch slot.pointee {
        case .int, .bool: return intPointer[id]
        case .float: return floatPointer[id]
        default: return nil
        }
    }
}

/// One method of a builtin type, boxed where it is written (the method tables hold boxes). A
/// function kept in a generic container, such as a dictionary's values, is stored at the most
/// general calling convention and comes out wrapped in conversion thunks, each an extra call
/// with its arguments passed through memory; in a box's stored property it keeps its own
/// convention. A box read through an unretained reference is called in place with no reference
/// counting.
final class MethodBox: Sendable {
    let fn: MethodFn
    init(_ fn: @escaping MethodFn) { self.fn = fn }
}
