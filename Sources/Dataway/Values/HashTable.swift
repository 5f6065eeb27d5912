/// An insertion-ordered hash table keyed by Python values: the storage of `dict` and `set`.
///
/// Entries (hash, key, value) live in one dense array in insertion order (deleted entries become
/// tombstones until the next compaction); tables over eight entries add a power-of-two
/// open-addressing index from hashes to entry positions. A small dict is two heap blocks: the
/// object and its entries. Hashes come from Swift's per-process seeded `Hasher`, so crafted keys
/// cannot force collisions (hash flooding).
struct HashTable {
    struct Entry {
        var key: Value
        var value: Value
        var hash: Int
    }

    private(set) var entries: [Entry] = []
    private var index: [Int32] = []
    private(set) var count = 0

    init() {}

    init(minimumCapacity: Int) {
        entries.reserveCapacity(minimumCapacity)
        // Sized once for the entries to come (a table over 8 entries is indexed).
        if minimumCapacity > 8 { index = [Int32](repeating: HashTable.empty, count: HashTable.indexSize(for: minimumCapacity)) }
    }

    /// The index size (a power of two) that keeps `n` entries under two-thirds load.
    private static func indexSize(for n: Int) -> Int {
        var size = 16
        while size * 2 < n * 3 + 2 { size <<= 1 }
        return size
    }

    /// Number of entry slots, including tombstones (iteration bound).
    var slotCount: Int { entries.count }

    @inline(__always) func isLive(_ slot: Int) -> Bool { !entries[slot].key.isUndefined }
    @inline(__always) func key(at slot: Int) -> Value { entries[slot].key }
    @inline(__always) func value(at slot: Int) -> Value { entries[slot].value }
    func hash(atSlot slot: Int) -> Int { entries[slot].hash }
    mutating func setValue(atSlot slot: Int, _ v: Value) { entries[slot].value = v }

    /// True when some key or value is a container (whose release may cascade).
    var mayHoldChildren: Bool {
        entries.contains { $0.key.mayHoldChildren || $0.value.mayHoldChildren }
    }

    private static let empty: Int32 = -1
    private static let deleted: Int32 = -2

    /// Where `Entry.key` lives inside an entry.
    private static let keyOffset = MemoryLayout<Entry>.offset(of: \Entry.key) ?? 0

    /// Whether entry `i` holds `key` (compared in place: the entry's key is not copied).
    @inline(__always)
    private static func matches(_ e: UnsafeBufferPointer<Entry>, _ i: Int, _ key: Value, _ hash: Int) -> Bool {
        guard e[i].hash == hash, let base = e.baseAddress else { return false }
        let slot = (UnsafeRawPointer(base + i) + keyOffset).assumingMemoryBound(to: Value.self)
        return borrowing(slot) { keysEqual($0, key) }
    }

    /// Position of the entry for `key`, if present.
    func find(_ key: Value, hash: Int) -> Int? {
        if index.isEmpty {
            // Small tables are scanned linearly.
            return entries.withUnsafeBufferPointer { e in
                for i in 0..<e.count where HashTable.matches(e, i, key, hash) { return i }
                return nil
            }
        }
        return HashTable.probe(entries, index, key, hash)
    }

    /// `find` through the index (both arrays passed borrowed, so neither is retained).
    private static func probe(_ entries: borrowing [Entry], _ index: borrowing [Int32], _ key: Value, _ hash: Int) -> Int? {
        entries.withUnsafeBufferPointer { e in
            index.withUnsafeBufferPointer { ix in
                let mask = ix.count - 1
                var i = hash & mask
                var perturb = UInt(bitPattern: hash)
                while true {
                    let x = ix[i]
                    if x == HashTable.empty { return nil }
                    if x >= 0 && HashTable.matches(e, Int(x), key, hash) { return Int(x) }
                    perturb >>= 5
                    i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
                }
            }
        }
    }

    func get(_ key: Value, hash: Int) -> Value? {
        guard let i = find(key, hash: hash) else { return nil }
        return entries[i].value
    }

    /// `find` for a table reached through a class (`dict.table`): as a mutating (in-place) access
    /// it reads the table where it lives, where a plain call would first copy the struct and so
    /// retain and release its arrays. It never writes.
    @inline(__always) mutating func findInPlace(_ key: Value, hash: Int) -> Int? { find(key, hash: hash) }

    /// `get` without copying the table (see `findInPlace`).
    @inline(__always) mutating func getInPlace(_ key: Value, hash: Int) -> Value? {
        guard let i = find(key, hash: hash) else { return nil }
        return entries[i].value
    }

    /// Inserts or replaces; returns true when the key was new.
    @discardableResult
    mutating func set(_ key: Value, hash: Int, value: consuming Value) -> Bool {
        if let i = find(key, hash: hash) {
            entries[i].value = value
            return false
        }
        append(key, hash: hash, value: value)
        return true
    }

    private mutating func append(_ key: Value, hash: Int, value: consuming Value) {
        let slot = entries.count
        // Room for four at first, as a CPython dict has, rather than growing through one and two.
        if entries.capacity == 0 { entries.reserveCapacity(4) }
        entries.append(Entry(key: key, value: value, hash: hash))
        count += 1
        if index.isEmpty {
            if entries.count > 8 { rebuildIndex() }
            return
        }
        if entries.count * 3 >= index.count * 2 {
            rebuildIndex()
        } else {
            insertIntoIndex(slot: slot, hash: hash)
        }
    }

    private mutating func insertIntoIndex(slot: Int, hash: Int) {
        index.withUnsafeMutableBufferPointer { ix in
            let mask = ix.count - 1
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            while ix[i] >= 0 {
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            }
            ix[i] = Int32(slot)
        }
    }

    private mutating func rebuildIndex() {
        if count < entries.count { compact() }
        index = [Int32](repeating: HashTable.empty, count: HashTable.indexSize(for: entries.count))
        for slot in 0..<entries.count { insertIntoIndex(slot: slot, hash: entries[slot].hash) }
    }

    /// Drops tombstones, keeping order.
    private mutating func compact() {
        entries.removeAll { $0.key.isUndefined }
    }

    /// Removes the entry for `key`, returning its value.
    mutating func remove(_ key: Value, hash: Int) -> Value? {
        guard let slot = find(key, hash: hash) else { return nil }
        return removeSlot(slot)
    }

    @discardableResult
    mutating func removeSlot(_ slot: Int) -> Value {
        let old = entries[slot].value
        let hash = entries[slot].hash
        entries[slot].key = .undefined
        entries[slot].value = .undefined
        count -= 1
        if !index.isEmpty {
            let mask = index.count - 1
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            while index[i] != Int32(slot) {
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            }
            index[i] = HashTable.deleted
        }
        if count == 0 {
            self = HashTable()
        } else if entries.count > 16 && count * 2 < entries.count {
            rebuildIndex()
        } else if index.isEmpty && slot == entries.count - 1 {
            entries.removeLast()
        }
        return old
    }

    /// The last live slot (for `popitem`).
    var lastLiveSlot: Int? {
        var i = entries.count - 1
        while i >= 0 {
            if !entries[i].key.isUndefined { return i }
            i -= 1
        }
        return nil
    }

    mutating func removeAll() { self = HashTable() }

    /// Frees the entries through the release queue when some are containers (their release could
    /// cascade, nested as deep as a script likes); otherwise they go with the table as usual.
    mutating func releaseContents() {
        ReleaseQueue.release(&self)
    }

    /// Empties the table, handing back every key and value (for non-recursive release).
    mutating func takeAll() -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(entries.count * 2)
        // Moved out, not copied: no retain and release of every key and value.
        entries.withUnsafeMutableBufferPointer { e in
            for i in e.indices {
                out.append(withUnsafeMutablePointer(to: &e[i].key) { $0.move() })
                out.append(withUnsafeMutablePointer(to: &e[i].value) { $0.move() })
                withUnsafeMutablePointer(to: &e[i].key) { $0.initialize(to: .none) }
                withUnsafeMutablePointer(to: &e[i].value) { $0.initialize(to: .none) }
            }
        }
        self = HashTable()
        return out
    }

    /// Live keys in order.
    var liveKeys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries where !e.key.isUndefined { out.append(e.key) }
        return out
    }

    var liveValues: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries where !e.key.isUndefined { out.append(e.value) }
        return out
    }
}
