#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sort keys unpacked into flat columns, for `sorted` / `list.sort` when every key is a str, an
/// int, a float, or a tuple of the same length whose positions each hold one of those kinds.
///
/// Comparing two rows then reads raw memory: no reference counting and no dispatch on value kinds,
/// which is where the general comparison spends its time. The order is CPython's: a tuple compares
/// position by position, the first unequal position decides; str compares by code point (UTF-8
/// byte order); an int and a float compare exactly (ints are only mixed with floats when a double
/// holds them exactly). Keys with a NaN fall back to the general comparison.
final class SortColumns {
    private enum Column {
        case ints(UnsafeMutablePointer<Int>)
        case doubles(UnsafeMutablePointer<Double>)
        /// All the strings' UTF-8 bytes back to back; row `i` is `bytes[offsets[i]..<offsets[i + 1]]`;
        /// `prefix[i]` is its first eight bytes, big-endian, zero-padded (ordered like the bytes).
        case strings(prefix: UnsafeMutablePointer<UInt64>, bytes: UnsafeMutablePointer<UInt8>, offsets: UnsafeMutablePointer<Int>)
    }

    private var columns: [Column] = []
    private let rows: Int

    /// The columns of `keys`, or nil when some key does not fit the scheme.
    init?(_ keys: [Value]) {
        rows = keys.count
        guard rows > 0 else { return nil }
        let built: [Column]? = keys.withUnsafeBufferPointer { buf in
            let width: Int
            let tupled: Bool
            if let t = buf[0].asTuple {
                width = t.items.count
                tupled = true
                if width == 0 || width > 8 { return nil }
            } else {
                width = 1
                tupled = false
            }
            // Where each key's elements are (a tuple's items stay put while `keys` holds the tuple).
            let elements = UnsafeMutablePointer<UnsafePointer<Value>>.allocate(capacity: rows)
            defer { elements.deallocate() }
            for i in 0..<rows {
                let slot = buf.baseAddress.unsafelyUnwrapped + i
                guard tupled else {
                    if case .object(let o) = slot.pointee, o.kind == .tuple { return nil }
                    elements[i] = slot
                    continue
                }
                guard let u = peekObject(slot), u._withUnsafeGuaranteedRef({ $0.kind == .tuple }) else { return nil }
                let ok: Bool = u._withUnsafeGuaranteedRef { o in
                    let t = unsafeDowncast(o, to: PyTuple.self)
                    guard t.items.count == width else { return false }
                    elements[i] = t.items.withUnsafeBufferPointer { $0.baseAddress.unsafelyUnwrapped }
                    return true
                }
                if !ok { return nil }
            }
            var columns: [Column] = []
            for c in 0..<width {
                guard let column = SortColumns.column(elements, rows, c) else {
                    SortColumns.free(columns)
                    return nil
                }
                columns.append(column)
            }
            return columns
        }
        guard let built else { return nil }
        columns = built
    }

    deinit { SortColumns.free(columns) }

    private static func free(_ columns: [Column]) {
        for c in columns {
            switch c {
            case .ints(let p): p.deallocate()
            case .doubles(let p): p.deallocate()
            case .strings(let prefix, let b, let o):
                prefix.deallocate()
                b.deallocate()
                o.deallocate()
            }
        }
    }

    /// Column `c` of the keys whose elements start at `elements[i]`: all ints, ints and floats
    /// (as exact doubles), or all strs. Reads the values in place (no reference counting).
    private static func column(_ elements: UnsafeMutablePointer<UnsafePointer<Value>>, _ n: Int, _ c: Int) -> Column? {
        switch elements[0][c] {
        case .int, .float:
            var sawFloat = false
            var allSmall = true
            for i in 0..<n {
                switch elements[i][c] {
                case .int(let v): allSmall = allSmall && v.magnitude < (1 << 53)
                case .float(let d):
                    if d.isNaN { return nil }
                    sawFloat = true
                default: return nil
                }
            }
            if !sawFloat {
                let p = UnsafeMutablePointer<Int>.allocate(capacity: n)
                for i in 0..<n {
                    if case .int(let v) = elements[i][c] { p[i] = v } else { p[i] = 0 }
                }
                return .ints(p)
            }
            if !allSmall { return nil }
            let p = UnsafeMutablePointer<Double>.allocate(capacity: n)
            for i in 0..<n {
                switch elements[i][c] {
                case .int(let v): p[i] = Double(v)
                case .float(let d): p[i] = d
                default: p[i] = 0
                }
            }
            return .doubles(p)
        case .object(let o) where o.kind == .str:
            var total = 0
            for i in 0..<n {
                guard let u = peekObject(elements[i] + c), u._withUnsafeGuaranteedRef({ $0.kind == .str }) else { return nil }
                total += u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyStr.self).value.utf8.count }
            }
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(total, 1))
            let offsets = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
            let prefix = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
            var at = 0
            for i in 0..<n {
                offsets[i] = at
                peekObject(elements[i] + c).unsafelyUnwrapped._withUnsafeGuaranteedRef { o in
                    let s = unsafeDowncast(o, to: PyStr.self).value
                    let copied: Int? = s.utf8.withContiguousStorageIfAvailable { u in
                        prefix[i] = SortColumns.prefix(u)
                        if let base = u.baseAddress { (bytes + at).initialize(from: base, count: u.count) }
                        return u.count
                    }
                    if let copied {
                        at += copied
                    } else {
                        var t = s
                        t.withUTF8 { u in
                            prefix[i] = SortColumns.prefix(u)
                            if let base = u.baseAddress { (bytes + at).initialize(from: base, count: u.count) }
                            at += u.count
                        }
                    }
                }
            }
            offsets[n] = at
            return .strings(prefix: prefix, bytes: bytes, offsets: offsets)
        default:
            return nil
        }
    }

    /// The first eight bytes, big-endian and zero-padded: ordered as the bytes are, up to ties.
    @inline(__always)
    private static func prefix(_ u: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var p: UInt64 = 0
        for j in 0..<8 { p = p << 8 | UInt64(j < u.count ? u[j] : 0) }
        return p
    }

    /// Sorts the row indices in `order` (stably) by their keys.
    func sort(_ order: inout [Int]) {
        if columns.count == 1 {
            switch columns[0] {
            case .ints(let p):
                sortPairs(&order) { p[$0] }
            case .doubles(let p):
                sortPairs(&order) { p[$0] }
            case .strings(let prefix, let bytes, let offsets):
                // Most pairs differ in their first eight bytes; only ties look further.
                var pairs = order.map { (prefix[$0], $0) }
                pairs.sort { a, b in
                    if a.0 != b.0 { return a.0 < b.0 }
                    return SortColumns.bytesLess(bytes, offsets, a.1, b.1)
                }
                for i in pairs.indices { order[i] = pairs[i].1 }
            }
            return
        }
        columns.withUnsafeBufferPointer { cols in
            order.sort { i, j in SortColumns.less(cols, i, j) }
        }
    }

    /// Sorts `order` by one scalar column read through `key`, on (key, row) pairs kept together
    /// in memory.
    @inline(__always)
    private func sortPairs<K: Comparable>(_ order: inout [Int], _ key: (Int) -> K) {
        var pairs = order.map { (key($0), $0) }
        pairs.sort { $0.0 < $1.0 }
        for i in pairs.indices { order[i] = pairs[i].1 }
    }

    @inline(__always)
    private static func bytesLess(_ bytes: UnsafeMutablePointer<UInt8>, _ offsets: UnsafeMutablePointer<Int>, _ i: Int, _ j: Int) -> Bool {
        bytesOrder(bytes, offsets, i, j) < 0
    }

    /// Three-way order of rows `i` and `j`'s UTF-8 keys (bytewise, which is code point order).
    @inline(__always)
    private static func bytesOrder(_ bytes: UnsafeMutablePointer<UInt8>, _ offsets: UnsafeMutablePointer<Int>, _ i: Int, _ j: Int) -> Int {
        let a = offsets[i]
        let b = offsets[j]
        let la = offsets[i + 1] - a
        let lb = offsets[j + 1] - b
        let r = memcmp(bytes + a, bytes + b, min(la, lb))
        if r != 0 { return r < 0 ? -1 : 1 }
        return la == lb ? 0 : la < lb ? -1 : 1
    }

    /// Whether row `i`'s key orders before row `j`'s.
    @inline(__always)
    private static func less(_ columns: UnsafeBufferPointer<Column>, _ i: Int, _ j: Int) -> Bool {
        for c in columns {
            switch c {
            case .ints(let p):
                if p[i] != p[j] { return p[i] < p[j] }
            case .doubles(let p):
                if p[i] != p[j] { return p[i] < p[j] }
            case .strings(let prefix, let bytes, let offsets):
                if prefix[i] != prefix[j] { return prefix[i] < prefix[j] }
                let order = bytesOrder(bytes, offsets, i, j)
                if order != 0 { return order < 0 }
            }
        }
        return false
    }
}
