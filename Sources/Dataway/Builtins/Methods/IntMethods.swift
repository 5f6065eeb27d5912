import BigInt

/// The methods of `int` (receiver `.int`, `.bool` or a big int object). `int.is_integer` is
/// left out on purpose: it only exists from CPython 3.12 on.
let intMethods: [String: MethodBox] = [
    "bit_length": MethodBox { _, r, a in
        try noArgs(a, "int.bit_length")
        if case .int(let i) = r { return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
        return .int(try receiverInt(r).magnitude.bitWidth)
    },
    "bit_count": MethodBox { _, r, a in
        try noArgs(a, "int.bit_count")
        if case .int(let i) = r { return .int(i.magnitude.nonzeroBitCount) }
        return .int(try receiverInt(r).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
    },
    "conjugate": MethodBox { _, r, a in
        try noArgs(a, "int.conjugate")
        return .bigint(try receiverInt(r))
    },
    "as_integer_ratio": MethodBox { _, r, a in
        try noArgs(a, "int.as_integer_ratio")
        return .tuple([.bigint(try receiverInt(r)), .int(1)])
    },
    "to_bytes": MethodBox { vm, r, a in
        let p = try bindKeywords(a, "to_bytes", ["length", "byteorder", "signed"], keywordOnly: 2)
        let value = try receiverInt(r)
        let length = try p[0].map(intArg) ?? 1
        let little = try byteOrder(p[1], "to_bytes")
        let signed = try p[2].map(truthy) ?? false
        if length < 0 { throw PyException.make(.valueError, "length argument must be non-negative") }
        return .object(PyBytes(try intToBytes(vm, value, length: length, little: little, signed: signed)))
    },
    "from_bytes": MethodBox { vm, _, a in try intFromBytes(vm, a) },
]

@inline(__always) private func receiverInt(_ v: Value) throws -> BigInt {
    guard let b = v.asBigInt else {
        throw PyException.make(.typeError, "descriptor requires an 'int' object but received a '\(typeName(v))'")
    }
    return b
}

/// The `byteorder` argument: true for little-endian (default big).
private func byteOrder(_ v: Value?, _ function: String) throws -> Bool {
    guard let v else { return false }
    guard let s = v.asStr else {
        throw PyException.make(.typeError, "\(function)() argument 'byteorder' must be str, not \(clinicTypeName(v))")
    }
    switch s.value {
    case "little": return true
    case "big": return false
    default: throw PyException.make(.valueError, "byteorder must be either 'little' or 'big'")
    }
}

/// Little-endian bytes of a magnitude.
private func magnitudeBytes(_ m: BigUInt) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(m.words.count * 8)
    for w in m.words {
        var x = w
        for _ in 0..<(UInt.bitWidth / 8) {
            out.append(UInt8(truncatingIfNeeded: x))
            x >>= 8
        }
    }
    while let last = out.last, last == 0 { out.removeLast() }
    return out
}

/// `int.to_bytes`: two's complement when `signed`, with CPython's overflow errors.
func intToBytes(_ vm: VM, _ value: BigInt, length: Int, little: Bool, signed: Bool) throws -> [UInt8] {
    let negative = value.sign == .minus && !value.isZero
    if negative && !signed { throw PyException.make(.overflowError, "can't convert negative int to unsigned") }
    let m = value.magnitude
    let (bits, over) = length.multipliedReportingOverflow(by: 8)
    let fits: Bool
    if over {
        fits = true
    } else if !signed {
        fits = m.bitWidth <= bits
    } else if negative {
        // CPython quirk: (-1).to_bytes(0, signed=True) == b''.
        fits = bits > 0 ? (m - 1).bitWidth <= bits - 1 : m == 1
    } else {
        fits = bits > 0 ? m.bitWidth <= bits - 1 : m.isZero
    }
    if !fits { throw PyException.make(.overflowError, "int too big to convert") }
    try vm.checkSize(length)
    if length == 0 { return [] }
    var out = magnitudeBytes(m)
    out += repeatElement(0, count: length - out.count)
    if negative {
        var carry = 1
        for i in 0..<out.count {
            let x = Int(~out[i]) + carry
            out[i] = UInt8(truncatingIfNeeded: x)
            carry = x >> 8
        }
    }
    if !little { out.reverse() }
    return out
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
func intFromBytes(_ vm: VM, _ a: Args) throws -> Value {
    let p = try bindKeywords(a, "from_bytes", ["bytes", "byteorder", "signed"], required: 1, keywordOnly: 2)
    let source = p[0] ?? .none
    if bytesLike(source) == nil {
        do { _ = try vm.makeIterator(source) } catch is PyRaise {
            throw PyException.make(.typeError, "cannot convert '\(typeName(source))' object to bytes")
        }
    }
    var bytes = try vm.bytesFromIterable(source)
    let little = try byteOrder(p[1], "from_bytes")
    let signed = try p[2].map(truthy) ?? false
    if !little { bytes.reverse() }
    // Little-endian from here on.
    let negative = signed && (bytes.last ?? 0) & 0x80 != 0
    if bytes.count <= 7 {
        var x = 0
        for (i, b) in bytes.enumerated() { x |= Int(b) << (8 * i) }
        if negative { x -= 1 << (8 * bytes.count) }
        return .int(x)
    }
    var words: [UInt] = []
    words.reserveCapacity(bytes.count / 8 + 1)
    var i = 0
    while i < bytes.count {
        var w: UInt = 0
        for k in 0..<min(8, bytes.count - i) { w |= UInt(bytes[i + k]) << (8 * k) }
        words.append(w)
        i += 8
    }
    var value = BigInt(BigUInt(words: words))
    if negative { value -= BigInt(1) << (8 * bytes.count) }
    return .bigint(value)
}
