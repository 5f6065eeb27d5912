import BigInt

/// Seeded hash of a string's code points (used for dict/set keys).
@inline(__always) func hashString(_ s: String) -> Int {
    var h = Hasher()
    var s = s
    s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    h.combine(0xFF as UInt8)
    let v = h.finalize()
    return v == 0 ? 1 : v
}

/// The cached seeded hash of a str object.
@inline(__always) func strHash(_ s: PyStr) -> Int {
    if s.cachedHash != 0 { return s.cachedHash }
    var h = hashString(s.value)
    if h == 0 { h = 1 }
    s.cachedHash = h
    return h
}

/// Seeded hash of a key value, consistent with `keysEqual` (1 == 1.0 == True hash alike).
/// Throws `TypeError` for unhashable values.
@inline(__always)
func hashKey(_ v: Value, depth: Int = 0) throws -> Int {
    // The usual keys, read in place: a string whose hash is cached, an int.
    if let u = peekObject(v) {
        let cached = u._withUnsafeGuaranteedRef { $0.kind == .str ? unsafeDowncast($0, to: PyStr.self).cachedHash : 0 }
        if cached != 0 { return cached }
    } else if case .int(let i) = v {
        return hashInt(i)
    }
    return try hashKeyGeneral(v, depth: depth)
}

/// `hashKey` for every kind of key.
func hashKeyGeneral(_ v: Value, depth: Int) throws -> Int {
    if depth > maxValueNesting {
        throw PyException.make(.recursionError, "maximum recursion depth exceeded while hashing a nested tuple")
    }
    switch v {
    case .none: return 0x5EED_0001
    case .bool(let b): return hashInt(b ? 1 : 0)
    case .int(let i): return hashInt(i)
    case .float(let d):
        if d.isFinite, d == d.rounded(), let i = Int(exactly: d) { return hashInt(i) }
        if d.isFinite, d == d.rounded() { return try hashKey(.bigint(BigInt(d))) }
        var h = Hasher()
        h.combine(d.bitPattern)
        return h.finalize()
    case .undefined: return 0
    case .object(let o):
        switch o.kind {
        case .str: return strHash(unsafeDowncast(o, to: PyStr.self))
        case .bigint:
            var h = Hasher()
            h.combine(unsafeDowncast(o, to: PyBigInt.self).value)
            return h.finalize()
        case .bytes:
            var h = Hasher()
            h.combine(bytes: UnsafeRawBufferPointer(start: nil, count: 0))
            unsafeDowncast(o, to: PyBytes.self).bytes.withUnsafeBytes { h.combine(bytes: $0) }
            h.combine(0xFE as UInt8)
            return h.finalize()
        case .tuple:
            var h = Hasher()
            for item in unsafeDowncast(o, to: PyTuple.self).items { h.combine(try hashKey(item, depth: depth + 1)) }
            return h.finalize()
        case .frozenset:
            let t = unsafeDowncast(o, to: PySet.self).table
            var acc = 0x3F_0F_0F
            for slot in 0..<t.slotCount where t.isLive(slot) { acc ^= t.hash(atSlot: slot) &* 0x9E37_79B9 }
            return acc
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            var h = Hasher()
            h.combine(r.count)
            if r.count > 0 { h.combine(r.start) }
            if r.count > 1 { h.combine(r.step) }
            return h.finalize()
        case .list, .dict, .set, .bytearray, .dictView:
            throw PyException.make(.typeError, "unhashable type: '\(typeName(v))'")
        case .native:
            if let h = try unsafeDowncast(o, to: PyNativeObject.self).keyHash() { return h }
            throw PyException.make(.typeError, "unhashable type: '\(typeName(v))'")
        default:
            return ObjectIdentifier(o).hashValue
        }
    }
}

@inline(__always) func hashInt(_ i: Int) -> Int {
    var h = Hasher()
    h.combine(i)
    return h.finalize()
}

/// Key equality as dicts and sets see it (no user-defined `__eq__` exists in Dataway, so this
/// never runs script code and never throws).
func keysEqual(_ a: Value, _ b: Value) -> Bool {
    // Two objects (the usual keys are strings) compared in place, without retaining either.
    if let x = peekObject(a), let y = peekObject(b) {
        if x.toOpaque() == y.toOpaque() { return true }
        let strings = x._withUnsafeGuaranteedRef { xo in
            y._withUnsafeGuaranteedRef { yo -> Bool? in
                guard xo.kind == .str && yo.kind == .str else { return nil }
                return strEqual(unsafeDowncast(xo, to: PyStr.self), unsafeDowncast(yo, to: PyStr.self))
            }
        }
        return strings ?? valuesEqual(a, b)
    }
    if a.isUndefined || b.isUndefined { return false }
    return valuesEqual(a, b)
}

/// Code-point equality of two strings (Swift's `==` would apply canonical equivalence).
@inline(__always) func strEqual(_ a: PyStr, _ b: PyStr) -> Bool {
    if a.count != b.count { return false }
    if a.cachedHash != 0 && b.cachedHash != 0 && a.cachedHash != b.cachedHash { return false }
    if a.isASCII && b.isASCII { return a.value == b.value }
    if a.isASCII != b.isASCII { return false }
    return a.value.utf8.elementsEqual(b.value.utf8)
}
