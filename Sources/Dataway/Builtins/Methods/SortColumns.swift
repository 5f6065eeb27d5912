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
        guard let first = keys.first else { return nil }
        let width: Int
        let tupled: Bool
        if let t = first.asTuple {
            width = t.items.count
            tupled = true
            if width == 0 || width > 8 { return nil }
        } else {
            width = 1
            tupled = false
        }
        for k in keys {
            if tupled {
                guard let t = k.asTuple, t.items.count == width else { return nil }
            } else if k.asTuple != nil {
                return nil
            }
        }
        for c in 0..<width {
            guard let column = SortColumns.column(keys, c, tupled) else { return nil }
            columns.append(column)
        }
    }

    deinit {
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

    private static func element(_ k: Value, _ c: Int, _ tupled: Bool) -> Value {
        tupled ? unsafeDowncast(k.asObject.unsafelyUnwrapped, to: PyTuple.self).items[c] : k
    }

    /// Column `c`: all ints, ints and floats (as exact doubles), or all strs.
    private static func column(_ keys: [Value], _ c: Int, _ tupled: Bool) -> Column? {
        let n = keys.count
        switch element(keys[0], c, tupled) {
        case .int, .float:
            var sawFloat = false
            var allSmall = true
            for k in keys {
                switch element(k, c, tupled) {
                case .int(let i): allSmall = allSmall && i.magnitude < (1 << 53)
                case .float(let d):
                    if d.isNaN { return nil }
                    sawFloat = true
                default: return nil
                }
            }
            if !sawFloat {
                let p = UnsafeMutablePointer<Int>.allocate(capacity: n)
                for (i, k) in keys.enumerated() {
                    if case .int(let v) = element(k, c, tupled) { p[i] = v }
                }
                return .ints(p)
            }
            if !allSmall { return nil }
            let p = UnsafeMutablePointer<Double>.allocate(capacity: n)
            for (i, k) in keys.enumerated() {
                switch element(k, c, tupled) {
                case .int(let v): p[i] = Double(v)
                case .float(let d): p[i] = d
                default: p[i] = 0
                }
            }
            return .doubles(p)
        case .object(let o) where o.kind == .str:
            var total = 0
            for k in keys {
                guard let s = element(k, c, tupled).asStr else { return nil }
                total += s.value.utf8.count
            }
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(total, 1))
            let offsets = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
            let prefix = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
            var at = 0
            for (i, k) in keys.enumerated() {
                offsets[i] = at
                var s = element(k, c, tupled).asStr.unsafelyUnwrapped.value
                s.withUTF8 { u in
                    var p: UInt64 = 0
                    for j in 0..<8 { p = p << 8 | UInt64(j < u.count ? u[j] : 0) }
                    prefix[i] = p
                    if let base = u.baseAddress { (bytes + at).initialize(from: base, count: u.count) }
                    at += u.count
                }
            }
            offsets[n] = at
            return .strings(prefix: prefix, bytes: bytes, offsets: offsets)
        default:
            return nil
        }
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
        let a = offsets[i]
        let b = offsets[j]
        let la = offsets[i + 1] - a
        let lb = offsets[j + 1] - b
        let r = memcmp(bytes + a, bytes + b, min(la, lb))
        if r != 0 { return r < 0 }
        return la < lb
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
                let a = offsets[i]
                let b = offsets[j]
                let la = offsets[i + 1] - a
                let lb = offsets[j + 1] - b
                let r = memcmp(bytes + a, bytes + b, min(la, lb))
                if r != 0 { return r < 0 }
                if la != lb { return la < lb }
            }
        }
        return false
    }
}
