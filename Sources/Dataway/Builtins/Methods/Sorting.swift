#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A stable sort of `items` by `key` (called once per item) using `<`, as `list.sort` and
/// `sorted` do: with `reverse`, equal elements keep their original order.
///
/// Lists shorter than 64 are sorted the way CPython sorts them (one natural run, then binary
/// insertion), comparing the same pairs in the same order, so a failing comparison raises the
/// same error and leaves `items` in the same partial order. Longer lists are sorted by index and
/// left unchanged when a comparison fails.
func sortValues(_ vm: VM, _ items: inout [Value], key: Value?, reverse: Bool) throws {
    let n = items.count
    if n < 2 { return }
    var keys: [Value] = []
    let keyed = key.map { !$0.isNone } ?? false
    if keyed, let key {
        keys.reserveCapacity(n)
        try items.withUnsafeBufferPointer { buf in
            for i in 0..<n { keys.append(try vm.call(key, args: Args(UnsafeBufferPointer(rebasing: buf[i..<i + 1])))) }
        }
    }
    if n < 64 {
        if reverse {
            items.reverse()
            keys.reverse()
        }
        defer {
            if reverse { items.reverse() }
        }
        if keyed {
            try keys.withUnsafeMutableBufferPointer { k in
                try items.withUnsafeMutableBufferPointer { v in
                    try SmallSort.sort(vm, k.baseAddress.unsafelyUnwrapped, v.baseAddress, n)
                }
            }
        } else {
            try items.withUnsafeMutableBufferPointer { v in try SmallSort.sort(vm, v.baseAddress.unsafelyUnwrapped, nil, n) }
        }
        return
    }
    if !keyed { keys = items }
    try chargeWork(vm, n * 4)
    var order = Array(0..<n)
    if reverse { order.reverse() }
    if let columns = SortColumns(keys) {
        columns.sort(&order)
    } else {
        var comparisons = 0
        try order.sort { i, j in
            comparisons &+= 1
            if comparisons & 0xFFF == 0 { try vm.charge(64) }
            return try vm.lessThan(keys[i], keys[j])
        }
    }
    if reverse { order.reverse() }
    // Drop the keys first: without a key function they share `items`' storage, which would then
    // be copied (every item retained) instead of rearranged in place.
    keys = []
    permute(&items, by: &order)
}

/// Rearranges `items` so that position `i` holds what was at `order[i]`, by following the
/// permutation's cycles: every value is moved, never copied (no reference counting). `order` is
/// used up.
private func permute(_ items: inout [Value], by order: inout [Int]) {
    items.withUnsafeMutableBufferPointer { buf in
        order.withUnsafeMutableBufferPointer { ord in
            let p = buf.baseAddress.unsafelyUnwrapped
            for start in 0..<ord.count where ord[start] != start {
                let held = (p + start).move()
                var j = start
                while true {
                    let k = ord[j]
                    ord[j] = j
                    if k == start {
                        (p + j).initialize(to: held)
                        break
                    }
                    (p + j).moveInitialize(from: p + k, count: 1)
                    j = k
                }
            }
        }
    }
}

/// CPython's sort of a short list (`count_run`, then `binarysort` from listobject.c): every
/// comparison is `later < earlier`, in CPython's order.
enum SmallSort {
    /// Sorts `keys[0..<n]` in place, moving `values` (when given) along with them.
    static func sort(_ vm: VM, _ keys: UnsafeMutablePointer<Value>, _ values: UnsafeMutablePointer<Value>?, _ n: Int) throws {
        var allInts = true
        var allStrs = true
        for i in 0..<n {
            // Kinds only: the values are inspected in place (no reference counting).
            if case .int = keys[i] {
                allStrs = false
            } else if let u = peekObject(keys + i), u._withUnsafeGuaranteedRef({ $0.kind == .str }) {
                allInts = false
            } else {
                allInts = false
                allStrs = false
            }
            if !allInts && !allStrs { break }
        }
        if allInts {
            try sort(keys, values, n) { a, b in
                guard case .int(let x) = a.pointee, case .int(let y) = b.pointee else { return false }
                return x < y
            }
        } else if allStrs {
            try sort(keys, values, n) { a, b in strLess(a, b) }
        } else {
            try sort(keys, values, n) { a, b in try vm.lessThan(a.pointee, b.pointee) }
        }
    }

    @inline(__always)
    private static func sort(
        _ keys: UnsafeMutablePointer<Value>, _ values: UnsafeMutablePointer<Value>?, _ n: Int,
        _ less: (UnsafePointer<Value>, UnsafePointer<Value>) throws -> Bool
    ) throws {
        // count_run: the longest ascending (non-descending) or strictly descending prefix.
        var run = 2
        if try less(keys + 1, keys) {
            while run < n, try less(keys + run, keys + run - 1) { run += 1 }
            reverse(keys, run)
            if let values { reverse(values, run) }
        } else {
            while run < n, !(try less(keys + run, keys + run - 1)) { run += 1 }
        }
        // binarysort: insert each further key after the equal ones already placed.
        for start in run..<n {
            var l = 0
            var r = start
            repeat {
                let p = l + ((r - l) >> 1)
                if try less(keys + start, keys + p) { r = p } else { l = p + 1 }
            } while l < r
            if l == start { continue }
            shift(keys, from: l, to: start)
            if let values { shift(values, from: l, to: start) }
        }
    }

    /// Moves the item at `to` down to `from`, the items between one up (no reference counting).
    @inline(__always)
    private static func shift(_ p: UnsafeMutablePointer<Value>, from l: Int, to start: Int) {
        let pivot = (p + start).move()
        (p + l + 1).moveInitialize(from: p + l, count: start - l)
        (p + l).initialize(to: pivot)
    }

    @inline(__always)
    private static func reverse(_ p: UnsafeMutablePointer<Value>, _ count: Int) {
        var i = 0
        var j = count - 1
        while i < j {
            swap(&p[i], &p[j])
            i += 1
            j -= 1
        }
    }
}

/// `a < b` for two str slots: code point order, which is UTF-8 byte order. Borrows both strings.
@inline(__always)
func strLess(_ a: UnsafePointer<Value>, _ b: UnsafePointer<Value>) -> Bool {
    guard let x = peekObject(a), let y = peekObject(b) else { return false }
    return x._withUnsafeGuaranteedRef { xs in
        y._withUnsafeGuaranteedRef { ys in
            strOrder(unsafeDowncast(xs, to: PyStr.self), unsafeDowncast(ys, to: PyStr.self)) < 0
        }
    }
}

/// Three-way code point order of two strings.
@inline(__always)
func strOrder(_ a: PyStr, _ b: PyStr) -> Int {
    let r =
        a.value.utf8.withContiguousStorageIfAvailable { p in
            b.value.utf8.withContiguousStorageIfAvailable { q -> Int in
                if let pa = p.baseAddress, let qa = q.baseAddress {
                    let c = memcmp(pa, qa, min(p.count, q.count))
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return p.count < q.count ? -1 : p.count > q.count ? 1 : 0
            }
        } ?? nil
    if let r { return r }
    let s = a.value.utf8
    let t = b.value.utf8
    if s.elementsEqual(t) { return 0 }
    return s.lexicographicallyPrecedes(t) ? -1 : 1
}
