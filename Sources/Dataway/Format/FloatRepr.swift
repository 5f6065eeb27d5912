// FloatRepr.swift
//
// `repr(float)` (also `str(float)`) without intermediate arrays: the shortest round-tripping
// digits come from Swift's `Double.description` (shortest and closest, like dtoa mode 0), are
// read into a small stack buffer, and CPython's layout is written straight into the result.

/// The shortest round-tripping decimal digits of a finite nonzero `|x|`: writes up to 17 ASCII
/// digits (no leading or trailing zeros) to `digits` and returns their count and the decimal point
/// position (the value is `0.d1d2... * 10**decpt`).
@inline(__always)
private func shortestDigits(_ x: Double, _ digits: UnsafeMutablePointer<UInt8>) -> (count: Int, decpt: Int) {
    var count = 0
    var intCount = 0
    var seenPoint = false
    var exponent = 0
    var inExponent = false
    var negativeExponent = false
    for c in x.magnitude.description.utf8 {
        if inExponent {
            if c == UInt8(ascii: "-") {
                negativeExponent = true
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                exponent = exponent * 10 + Int(c - UInt8(ascii: "0"))
            }
        } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
            if count == 0 && c == UInt8(ascii: "0") {
                // A leading zero: before the point it counts for nothing, after it moves the point.
                if seenPoint { intCount -= 1 }
                continue
            }
            if count < 24 {
                digits[count] = c
                count += 1
            }
            if !seenPoint { intCount += 1 }
        } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            inExponent = true
        } else {
            seenPoint = true
        }
    }
    while count > 0 && digits[count - 1] == UInt8(ascii: "0") { count -= 1 }
    return (count, intCount + (negativeExponent ? -exponent : exponent))
}

/// CPython's `repr(float)`: the shortest round-tripping digits, fixed notation for decimal
/// exponents in `-4 <= exp < 16` (always with a fractional part, e.g. `100.0`), otherwise
/// scientific (`1e+16`, `1.5e-05`); plus `inf`, `-inf`, `nan`, `-0.0`.
func pyFloatRepr(_ x: Double) -> String {
    if !x.isFinite { return x.isNaN ? "nan" : x < 0 ? "-inf" : "inf" }
    if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer -> String in
        guard let digits = buffer.baseAddress else { return "" }
        let (n, decpt) = shortestDigits(x, digits)
        // At most: sign, "0.", 4 zeros, 17 digits; or 17 digits, 16 zeros, ".0"; or an exponent form.
        return String(unsafeUninitializedCapacity: 40) { out -> Int in
            var i = 0
            @inline(__always) func put(_ c: UInt8) {
                out[i] = c
                i += 1
            }
            if x.sign == .minus { put(UInt8(ascii: "-")) }
            if decpt > -4 && decpt <= 16 {
                if decpt <= 0 {
                    put(UInt8(ascii: "0"))
                    put(UInt8(ascii: "."))
                    for _ in 0 ..< -decpt { put(UInt8(ascii: "0")) }
                    for k in 0..<n { put(digits[k]) }
                } else if decpt < n {
                    for k in 0..<decpt { put(digits[k]) }
                    put(UInt8(ascii: "."))
                    for k in decpt..<n { put(digits[k]) }
                } else {
                    for k in 0..<n { put(digits[k]) }
                    for _ in n..<decpt { put(UInt8(ascii: "0")) }
                    put(UInt8(ascii: "."))
                    put(UInt8(ascii: "0"))
                }
            } else {
                put(digits[0])
                if n > 1 {
                    put(UInt8(ascii: "."))
                    for k in 1..<n { put(digits[k]) }
                }
                put(UInt8(ascii: "e"))
                let e = decpt - 1
                put(e < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
                let m = e.magnitude
                if m >= 100 { put(UInt8(ascii: "0") + UInt8(m / 100)) }
                put(UInt8(ascii: "0") + UInt8(m / 10 % 10))
                put(UInt8(ascii: "0") + UInt8(m % 10))
            }
            return i
        }
    }
}
