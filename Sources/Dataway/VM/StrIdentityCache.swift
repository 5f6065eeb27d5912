/// A small per-run cache of things derived from a `str`, direct-mapped on the string's identity
/// (a script's constants are the same object every time a line runs), for `str.format` templates,
/// `re` patterns and templates, and the functions of `module.name(...)` calls.
///
/// An entry answers only when its string, its `other` object and its `tag` are all the same ones
/// asked for; each entry keeps its string and `other` alive, so their identities stay valid. A hit
/// costs a few compares instead of hashing the string. Never shared between runs.
struct StrIdentityCache<Cached> {
    private struct Slot {
        var key: PyStr?
        var other: AnyObject?
        var tag = 0
        var value: Cached?
    }

    /// Number of slots, a power of two.
    private let slotCount: Int
    /// The slots, made on first use (most runs never use most caches).
    private var slots: [Slot] = []

    init(slotCount: Int) {
        precondition(slotCount > 0 && slotCount & (slotCount - 1) == 0, "slot count must be a power of two")
        self.slotCount = slotCount
    }

    /// What is cached for `key`, `other` and `tag`, made by `make` on a miss.
    @inline(__always)
    mutating func value(_ key: PyStr, _ other: AnyObject? = nil, tag: Int = 0, make: () throws -> Cached) rethrows -> Cached {
        let i = Int(truncatingIfNeeded: UInt(bitPattern: ObjectIdentifier(key)) &>> 4) & (slotCount - 1)
        if slots.isEmpty {
            slots = [Slot](repeating: Slot(), count: slotCount)
        } else if slots[i].key === key && slots[i].other === other && slots[i].tag == tag, let v = slots[i].value {
            return v
        }
        let v = try make()
        slots[i] = Slot(key: key, other: other, tag: tag, value: v)
        return v
    }
}
