import BigInt

/// The methods of `float`. `float.fromhex` is also reachable from instances, as in CPython.
let floatMethods: [String: MethodBox] = [
    "is_integer": MethodBox { _, r, a in
        try noArgs(a, "float.is_integer")
        let d = try receiverFloat(r)
        return .bool(d.isFinite && d == d.rounded(.towardZero))
    },
    "conjugate": MethodBox { _, r, a in
        try noArgs(a, "float.conjugate")
        return .float(try receiverFloat(r))
    },
    "as_integer_ratio": MethodBox { _, r, a in
        try noArgs(a, "float.as_integer_ratio")
        let (n, d) = try floatIntegerRatio(try receiverFloat(r))
        return .tuple([.bigint(n), .bigint(d)])
    },
    "hex": MethodBox { _, r, a in
        try noArgs(a, "float.hex")
        return .str(floatHex(try receiverFloat(r)))
    },
    "fromhex": MethodBox { _, _, a in .float(try floatFromHex(try oneArg(a, "float.fromhex"))) },
]

@inline(__always) private func receiverFloat(_ v: Value) throws -> Double {
    guard case .float(let d) = v else {
        throw PyException.make(.typeError, "descriptor requires a 'float' object but received a '\(typeName(v))'")
    }
    return d
}

/// `float.as_integer_ratio`: the exact value as a fraction in lowest terms.
func floatIntegerRatio(_ d: Double) throws -> (BigInt, BigInt) {
    if d.isNaN { throw PyException.make(.valueError, "cannot convert NaN to integer ratio") }
    if d.isInfinite { throw PyException.make(.overflowError, "cannot convert Infinity to integer ratio") }
    if d == 0 { return (0, 1) }
    // |d| = m * 2^e with m a 53-bit integer.
    var m = UInt64(Double(sign: .plus, exponent: 52, significand: d.magnitude.significand))
    var e = Int(d.exponent) - 52
    while m & 1 == 0 && e < 0 {
        m >>= 1
        e += 1
    }
    var num = BigInt(m)
    if d < 0 { num.negate() }
    if e >= 0 { return (num << e, 1) }
    return (num, BigInt(1) << -e)
}

/// `float.hex`, as CPython's `float_hex`: `[-]0x<d>.<13 hex digits>p<sign><exp>`.
func floatHex(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    let a = x.magnitude
    let e = max(Int(a.exponent), -1022)
    var m = Double(sign: .plus, exponent: -e, significand: a)
    let digits = Array("0123456789abcdef")
    var out = x < 0 ? "-0x" : "0x"
    let lead = Int(m)
    out.append(digits[lead])
    m -= Double(lead)
    out.append(".")
    for _ in 0..<13 {
        m *= 16
        let d = Int(m)
        out.append(digits[d])
        m -= Double(d)
    }
    out += e < 0 ? "p-\(-e)" : "p+\(e)"
    return out
}

/// `float.fromhex(string)`, as CPython's `float_fromhex` (correctly rounded, half to even).
func floatFromHex(_ v: Value) throws -> Double {
    guard let str = v.asStr else {
        throw PyException.make(.typeError, "bad argument type for built-in operation")
    }
    let invalid = PyException.make(.valueError, "invalid hexadecimal floating-point string")
    let s = Array(str.value.unicodeScalars)
    var i = 0
    func isSpace(_ k: Int) -> Bool { k < s.count && s[k].value < 0x80 && isASCIISpace(UInt8(s[k].value)) }
    while isSpace(i) { i += 1 }
    var end = s.count
    while end > i && isSpace(end - 1) { end -= 1 }
    let body = String(String.UnicodeScalarView(s[i..<end])).lowercased()
    var negative = false
    var text = Substring(body)
    if text.hasPrefix("-") {
        negative = true
        text = text.dropFirst()
    } else if text.hasPrefix("+") {
        text = text.dropFirst()
    }
    switch text {
    case "inf", "infinity": return negative ? -.infinity : .infinity
    case "nan": return .nan
    default: break
    }
    if text.hasPrefix("0x") { text = text.dropFirst(2) }
    var mantissa = BigUInt(0)
    var digits = 0
    var fractionDigits = 0
    var seenPoint = false
    var rest = text[...]
    while let c = rest.first {
        if c == "." && !seenPoint {
            seenPoint = true
        } else if let d = c.hexDigitValue {
            mantissa = mantissa << 4 | BigUInt(d)
            digits += 1
            if seenPoint { fractionDigits += 1 }
        } else {
            break
        }
        rest = rest.dropFirst()
    }
    if digits == 0 { throw invalid }
    var exponent = 0
    if let p = rest.first, p == "p" {
        rest = rest.dropFirst()
        var expNegative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            expNegative = sign == "-"
            rest = rest.dropFirst()
        }
        guard let first = rest.first, first.isASCII, first.isNumber else { throw invalid }
        while let c = rest.first, c.isASCII, let d = c.wholeNumberValue {
            if exponent < 1 << 40 { exponent = exponent * 10 + d }
            rest = rest.dropFirst()
        }
        if expNegative { exponent = -exponent }
    }
    if !rest.isEmpty { throw invalid }
    guard let value = roundedDouble(mantissa, exponent - 4 * fractionDigits) else {
        throw PyException.make(.overflowError, "hexadecimal value too large to represent as a float")
    }
    return negative ? -value : value
}

/// `m * 2^e` correctly rounded (half to even) to a double; nil on overflow.
private func roundedDouble(_ m: BigUInt, _ e: Int) -> Double? {
    if m.isZero { return 0 }
    let nbits = m.bitWidth
    let top = nbits - 1 + e
    if top > 1024 { return nil }
    if top < -1100 { return 0 }
    let keep = top >= -1022 ? 53 : 53 - (-1022 - top)
    let shift = nbits - keep
    var q = m
    var qe = e
    if shift > 0 {
        q = m >> shift
        let rem = m - (q << shift)
        let half = BigUInt(1) << (shift - 1)
        if rem > half || (rem == half && q.words.first.map({ $0 & 1 == 1 }) ?? false) { q += 1 }
        qe = e + shift
    }
    let significand = Double(q)
    let result = Double(sign: .plus, exponent: qe, significand: significand)
    return result.isInfinite ? nil : result
}
