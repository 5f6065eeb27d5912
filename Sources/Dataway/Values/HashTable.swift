/// An insertion-ordered hash table keyed by Python values: the storage of `dict` and `set`.
///
/// Entries live in dense arrays in insertion order (deleted entries become tombstones until the next
/// compaction); a power-of-two open-addressing index maps hashes to entry positions. Hashes come from
/// Swift's per-process seeded `Hasher`, so crafted keys cannot force collisions (hash flooding).
struct HashTable {
    private(set) var keys: [Value] = []
    private(set) var values: [Value] = []
    private var hashes: [Int] = []
    private var index: [Int32] = []
    private(set) var count = 0

    init() {}

    init(minimumCapacity: Int) {
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
        hashes.reserveCapacity(minimumCapacity)
        // Sized once for the entries to come (a table over 8 entries is indexed).
        if minimumCapacity > 8 { index = [Int32](repeating: HashTable.empty, count: HashTable.indexSize(for: minimumCapacity)) }
    }

    /// The index size (a power of two) that keeps `n` entries under two-thirds load.
    private static func indexSize(for n: Int) -> Int {
        var size = 16
        while size * 2 < n * 3 + 2 { size <<= 1 }
        return size
    }

    /// True when some key or value is a container (whose release may cascade).
    var mayHoldChildren: Bool {
        keys.contains(where: \.mayHoldChildren) || values.contains(where: \.mayHoldChildren)
    }

    /// Number of entry slots, including tombstones (iteration bound).
    var slotCount: Int { keys.count }

    @inline(__always) func isLive(_ slot: Int) -> Bool { !keys[slot].isUndefined }

    private static let empty: Int32 = -1
    private static let deleted: Int32 = -2

    /// Position of the entry for `key`, if present.
    func find(_ key: Value, hash: Int) -> Int? {
        if index.isEmpty {
            // Small tables are scanned linearly.
            for i in 0..<keys.count where hashes[i] == hash && keysEqual(keys[i], key) { return i }
            return nil
        }
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let e = index[i]
            if e == HashTable.empty { return nil }
            if e >= 0 {
                let ei = Int(e)
                if hashes[ei] == hash && keysEqual(keys[ei], key) { return ei }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    func get(_ key: Value, hash: Int) -> Value? {
        guard let i = find(key, hash: hash) else { return nil }
        return values[i]
    }

    /// `find` for a table reached through a class (`dict.table`): as a mutating (in-place) access
    /// it reads the table where it lives, where a plain call would first copy the struct and so
    /// retain and release its four arrays. It never writes.
    @inline(__always) mutating func findInPlace(_ key: Value, hash: Int) -> Int? { find(key, hash: hash) }

    /// `get` without copying the table (see `findInPlace`).
    @inline(__always) mutating func getInPlace(_ key: Value, hash: Int) -> Value? {
        guard let i = find(key, hash: hash) else { return nil }
        return values[i]
    }

    /// Inserts or replaces; returns true when the key was new.
    @discardableResult
    mutating func set(_ key: Value, hash: Int, value: Value) -> Bool {
        if let i = find(key, hash: hash) {
            values[i] = value
            return false
        }
        append(key, hash: hash, value: value)
        return true
    }

    private mutating func append(_ key: Value, hash: Int, value: Value) {
        let slot = keys.count
        keys.append(key)
        values.append(value)
        hashes.append(hash)
        count += 1
        if index.isEmpty {
            if keys.count > 8 { rebuildIndex() }
            return
        }
        if keys.count * 3 >= index.count * 2 {
            rebuildIndex()
        } else {
            insertIntoIndex(slot: slot, hash: hash)
        }
    }

    private mutating func insertIntoIndex(slot: Int, hash: Int) {
        let mask = index.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while index[i] >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
        index[i] = Int32(slot)
    }

    private mutating func rebuildIndex() {
        if count < keys.count { compact() }
        index = [Int32](repeating: HashTable.empty, count: HashTable.indexSize(for: keys.count))
        for slot in 0..<keys.count { insertIntoIndex(slot: slot, hash: hashes[slot]) }
    }

    /// Drops tombstones, keeping order.
    private mutating func compact() {
        var k: [Value] = []
        var v: [Value] = []
        var h: [Int] = []
        k.reserveCapacity(count)
        v.reserveCapacity(count)
        h.reserveCapacity(count)
        for i in 0..<keys.count where !keys[i].isUndefined {
            k.append(keys[i])
            v.append(values[i])
            h.append(hashes[i])
        }
        keys = k
        values = v
        hashes = h
    }

    /// Removes the entry for `key`, returning its value.
    mutating func remove(_ key: Value, hash: Int) -> Value? {
        guard let slot = find(key, hash: hash) else { return nil }
        return removeSlot(slot)
    }

    @discardableResult
    mutating func removeSlot(_ slot: Int) -> Value {
        let old = values[slot]
        keys[slot] = .undefined
        values[slot] = .undefined
        count -= 1
        if !index.isEmpty {
            let mask = index.count - 1
            var i = hashes[slot] & mask
            var perturb = UInt(bitPattern: hashes[slot])
            while index[i] != Int32(slot) {
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            }
            index[i] = HashTable.deleted
        }
        if count == 0 {
            self = HashTable()
        } else if keys.count > 16 && count * 2 < keys.count {
            rebuildIndex()
        } else if index.isEmpty && slot == keys.count - 1 {
            keys.removeLast()
            values.removeLast()
            hashes.removeLast()
        }
        return old
    }

    /// The last live slot (for `popitem`).
    var lastLiveSlot: Int? {
        var i = keys.count - 1
        while i >= 0 {
            if !keys[i].isUndefined { return i }
            i -= 1
        }
        return nil
    }

    mutating func setValue(atSlot slot: Int, _ v: Value) { values[slot] = v }
    func hash(atSlot slot: Int) -> Int { hashes[slot] }

    mutating func removeAll() { self = HashTable() }

    /// Empties the table, handing back every key and value (for non-recursive release).
    mutating func takeAll() -> [Value] {
        let out = keys + values
        self = HashTable()
        return out
    }

    /// Live keys in order.
    var liveKeys: [Value] { keys.filter { !$0.isUndefined } }
    var liveValues: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in 0..<keys.count where !keys[i].isUndefined { out.append(values[i]) }
        return out
    }
}
