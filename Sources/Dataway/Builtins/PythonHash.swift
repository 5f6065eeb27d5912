import BigInt

#if canImport(Glibc)
    import Glibc
#endif

/// The modulus CPython uses for numeric hashes (2**61 - 1).
private let hashModulus: UInt64 = (1 << 61) - 1

/// `hash(v)` as CPython computes it for numbers and tuples; strings and bytes use a fixed-key
/// hash so results are the same in every run (CPython randomises those per process).
func pythonHash(_ v: Value, depth: Int = 0) throws -> Int {
    if depth > maxValueNesting {
        throw PyException.make(.recursionError, "maximum recursion depth exceeded while hashing a nested tuple")
    }
    switch v {
    case .none: return 0x5EED
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return hashInteger(BigInt(i))
    case .float(let d): return hashFloat(d)
    case .object(let o):
        switch o.kind {
        case .bigint: return hashInteger(unsafeDowncast(o, to: PyBigInt.self).value)
        case .str: return fnvHash(Array(unsafeDowncast(o, to: PyStr.self).value.utf8))
        case .bytes: return fnvHash(unsafeDowncast(o, to: PyBytes.self).bytes)
        case .tuple: return try hashTuple(unsafeDowncast(o, to: PyTuple.self).items, depth: depth)
        case .frozenset:
            var acc = 0
            for k in unsafeDowncast(o, to: PySet.self).table.liveKeys { acc ^= try pythonHash(k) }
            return acc == -1 ? -2 : acc
        case .native:
            guard let h = try unsafeDowncast(o, to: PyNativeObject.self).pythonHashValue() else {
                throw PyException.make(.typeError, "unhashable type: '\(typeName(v))'")
            }
            return h == -1 ? -2 : h
        default:
            _ = try hashKey(v)  // raises for unhashable types
            return ObjectIdentifier(o).hashValue >> 4
        }
    case .undefined: return 0
    }
}

func hashInteger(_ b: BigInt) -> Int {
    let m = BigInt(hashModulus)
    var r = Int(truncatingIfNeeded: Int64(b.magnitude % BigUInt(hashModulus)))
    _ = m
    if b.signum() < 0 { r = -r }
    return r == -1 ? -2 : r
}

func hashFloat(_ d: Double) -> Int {
    if d.isNaN { return 0 }
    if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
    var exponent: Int32 = 0
    var m = Glibc.frexp(d, &exponent)
    var e = Int(exponent)
    var sign: UInt64 = 1
    if m < 0 {
        sign = UInt64.max  // -1 in modular arithmetic
        m = -m
    }
    var x: UInt64 = 0
    while m != 0 {
        x = ((x << 28) & hashModulus) | (x >> (61 - 28))
        m *= 268_435_456.0
        e -= 28
        let y = UInt64(m)
        m -= Double(y)
        x += y
        if x >= hashModulus { x -= hashModulus }
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
    x = ((x << UInt64(e)) & hashModulus) | (x >> UInt64(61 - e))
    x = x &* sign
    let r = Int(Int64(bitPattern: x))
    return r == -1 ? -2 : r
}

/// CPython 3.11's tuple hash (xxHash-based).
private func hashTuple(_ items: [Value], depth: Int) throws -> Int {
    let p1: UInt64 = 11_400_714_785_074_694_791
    let p2: UInt64 = 14_029_467_366_897_019_727
    let p5: UInt64 = 2_870_177_450_012_600_261
    var acc: UInt64 = p5
    for item in items {
        let lane = UInt64(bitPattern: Int64(try pythonHash(item, depth: depth + 1)))
        acc = acc &+ lane &* p2
        acc = (acc << 31) | (acc >> 33)
        acc = acc &* p1
    }
    acc = acc &+ (UInt64(items.count) ^ (p5 ^ 3_527_539))
    if acc == UInt64.max { return 1_546_275_796 }
    return Int(Int64(bitPattern: acc))
}

private func fnvHash(_ bytes: [UInt8]) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
    }
    let r = Int(Int64(bitPattern: h))
    return r == -1 ? -2 : r
}
