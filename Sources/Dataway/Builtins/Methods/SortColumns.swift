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
        /// All the strings' UTF-8 bytes back to back; row `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
        case strings(bytes: UnsafeMutablePointer<UInt8>, offsets: UnsafeMutablePointer<Int>)
    }

    private var columns: [Column] = []

    /// The columns of `keys`, or nil when some key does not fit the scheme.
    init?(_ keys: [Value]) {
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
            case .strings(let b, let o):
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
            var at = 0
            for (i, k) in keys.enumerated() {
                offsets[i] = at
                var s = element(k, c, tupled).asStr.unsafelyUnwrapped.value
                s.withUTF8 { u in
                    if let base = u.baseAddress { (bytes + at).initialize(from: base, count: u.count) }
                    at += u.count
                }
            }
            offsets[n] = at
            return .strings(bytes: bytes, offsets: offsets)
        default:
            return nil
        }
    }

    /// Whether row `i`'s key orders before row `j`'s.
    @inline(__always)
    func less(_ i: Int, _ j: Int) -> Bool {
        for c in columns {
            switch c {
            case .ints(let p):
                if p[i] != p[j] { return p[i] < p[j] }
            case .doubles(let p):
                if p[i] != p[j] { return p[i] < p[j] }
            case .strings(let bytes, let offsets):
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
