/// Method names numbered at compile time, so a call site finds its method by array index instead of
/// hashing the name on every call.
enum MethodRegistry {
    /// Every method name of the builtin types, in a fixed order.
    static let names: [String] = {
        var all = Set<String>()
        for t in tables { all.formUnion(t.value.keys) }
        return all.sorted()
    }()

    static let ids: [String: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

    private static let tables: [(kinds: [ObjectKind], value: [String: MethodFn])] = [
        ([.str], strMethods), ([.list], listMethods), ([.dict], dictMethods), ([.set, .frozenset], setMethods),
        ([.tuple], tupleMethods), ([.bytes, .bytearray], bytesMethods), ([.bigint], intMethods),
        ([.dictView], dictViewMethods), ([.range], rangeMethods),
    ]

    static let kindCount = Int(ObjectKind.other.rawValue) + 1

    /// `flat[kind.rawValue * names.count + id]`: the method, if that kind has it (one flat array,
    /// so a lookup is a single load).
    static let flat: [MethodSlot] = {
        var out = [MethodSlot](repeating: MethodSlot(fn: nil), count: names.count * kindCount)
        for (kinds, table) in tables {
            for (name, fn) in table {
                guard let id = ids[name] else { continue }
                for k in kinds { out[Int(k.rawValue) * names.count + id] = MethodSlot(fn: fn) }
            }
        }
        return out
    }()

    static let nameCount = names.count

    static let intByID: [MethodSlot] = names.map { MethodSlot(fn: intMethods[$0]) }
    static let floatByID: [MethodSlot] = names.map { MethodSlot(fn: floatMethods[$0]) }

    /// `flat` at a fixed address, so a lookup neither checks nor retains the array.
    nonisolated(unsafe) static let flatPointer: UnsafeMutablePointer<MethodSlot> = {
        let p = UnsafeMutablePointer<MethodSlot>.allocate(capacity: flat.count)
        p.initialize(from: flat, count: flat.count)
        return p
    }()

    /// The method `id` for the receiver in `slot`, when the receiver's type has it (reads the
    /// receiver in place, without copying it).
    @inline(__always) static func method(at slot: UnsafePointer<Value>, _ id: Int) -> MethodFn? {
        if let u = peekObject(slot) {
            let kind = u._withUnsafeGuaranteedRef { $0.kind }
            return flatPointer[Int(kind.rawValue) &* nameCount &+ id].fn
        }
        switch slot.pointee {
        case .int, .bool: return intByID[id].fn
        case .float: return floatByID[id].fn
        default: return nil
        }
    }

    /// The method `id` for a receiver, when the receiver's type has it.
    @inline(__always) static func method(_ receiver: Value, _ id: Int) -> MethodFn? {
        switch receiver {
        case .object(let o): return flat[Int(o.kind.rawValue) &* nameCount &+ id].fn
        case .int, .bool: return intByID[id].fn
        case .float: return floatByID[id].fn
        default: return nil
        }
    }
}

/// One entry of the method tables. A function kept in a generic container (an array of
/// `MethodFn?`, a pointer to one) is stored at the most general calling convention, so every store
/// and load wraps it in one more conversion thunk, and each thunk retains and releases the
/// arguments on every call. Inside this concrete struct the function keeps its own convention.
struct MethodSlot {
    let fn: MethodFn?
}
