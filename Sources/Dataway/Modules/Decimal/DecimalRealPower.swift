import BigInt

/// `x ** y` for a non-integer `y`: exp(y · ln x), computed in fixed point with 30 guard digits and
/// rounded once to the context, as CPython gives it (full precision, e.g. `4 ** 0.5` is
/// `2.000000000000000000000000000`).
extension DecimalNumber {
    static func realPower(_ a: DecimalNumber, _ b: DecimalNumber, _ ctx: DecimalContextState) throws(DecimalSignal) -> DecimalNumber {
        if let r = try nanResult(a, b) { return r }
        let one = DecimalNumber(negative: false, coefficient: 1, exponent: 0)
        if a.negative && !a.isZero { throw .invalidOperation("x ** y with x < 0 and a non-integer y") }
        if a.isZero || a.special == .infinity {
            // 0 ** y is 0 for y > 0 and Infinity for y < 0; Infinity the other way round.
            let big = (a.special == .infinity) != b.negative
            return big ? .infinity(negative: false) : DecimalNumber(negative: false, coefficient: 0, exponent: 0)
        }
        if b.special == .infinity {
            let c = compare(a, one)
            if c == 0 { return try DecimalNumber(negative: false, coefficient: pow10(ctx.prec - 1), exponent: 1 - ctx.prec).fixed(ctx) }
            return (c > 0) != b.negative ? .infinity(negative: false) : DecimalNumber(negative: false, coefficient: 0, exponent: 0)
        }
        let w = ctx.prec + 30
        let s = BigInt(pow10(w))
        let ln10 = FixedPoint.ln10(s)
        let u = FixedPoint.scaled(b, s, w) * FixedPoint.ln(a, s, ln10) / s
        // exp(u) = 10^q · exp(r) with 0 <= r < ln 10.
        let q = FixedPoint.floorDiv(u, ln10)
        guard let qi = Int(exactly: q), abs(qi) < 1 << 40 else {
            if q.signum() > 0 { throw .overflow }
            return DecimalNumber(negative: false, coefficient: 0, exponent: 0)  // far below the smallest subnormal
        }
        let e = FixedPoint.exp(u - q * ln10, s)
        return try DecimalNumber(negative: false, coefficient: e.magnitude, exponent: qi - w).fixed(ctx)
    }

    /// -1, 0 or 1 as `a` is below, equal to or above `b` (finite, non-negative values).
    static func compare(_ a: DecimalNumber, _ b: DecimalNumber) -> Int {
        let e = min(a.exponent, b.exponent)
        let x = a.coefficient * pow10(a.exponent - e)
        let y = b.coefficient * pow10(b.exponent - e)
        return x < y ? -1 : x > y ? 1 : 0
    }
}

/// Signed fixed-point arithmetic with scale `s` (a power of ten) for `realPower`.
enum FixedPoint {
    /// `d` scaled by 10^w (truncated).
    static func scaled(_ d: DecimalNumber, _ s: BigInt, _ w: Int) -> BigInt {
        let shift = d.exponent + w
        let m = BigInt(shift >= 0 ? d.coefficient * pow10(shift) : d.coefficient / pow10(-shift))
        return d.negative ? -m : m
    }

    static func floorDiv(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return r.signum() < 0 ? q - 1 : q
    }

    /// atanh(t) = t + t³/3 + t⁵/5 + … for |t| well below 1.
    static func atanh(_ t: BigInt, _ s: BigInt) -> BigInt {
        let t2 = t * t / s
        var term = t
        var sum = t
        var n: BigInt = 1
        while !term.isZero {
            term = term * t2 / s
            n += 2
            sum += term / n
        }
        return sum
    }

    static func ln2(_ s: BigInt) -> BigInt { 2 * atanh(s / 3, s) }

    /// ln 10 = 3 ln 2 + ln 1.25, and ln 1.25 = 2 atanh(1/9).
    static func ln10(_ s: BigInt) -> BigInt { 3 * ln2(s) + 2 * atanh(s / 9, s) }

    /// ln of a finite positive decimal.
    static func ln(_ d: DecimalNumber, _ s: BigInt, _ ln10: BigInt) -> BigInt {
        // d = m · 10^k with 1 <= m < 10; then m is halved into [1, 1.5) and ln m = j ln 2 + 2 atanh((m-1)/(m+1)).
        let digits = d.digitCount
        var m = BigInt(d.coefficient) * s / BigInt(pow10(digits - 1))
        let k = d.exponent + digits - 1
        var j = 0
        while m * 2 > s * 3 {
            m /= 2
            j += 1
        }
        let t = (m - s) * s / (m + s)
        return 2 * atanh(t, s) + BigInt(j) * ln2(s) + BigInt(k) * ln10
    }

    /// exp(r) for 0 <= r < ln 10: r / 2^10 by Taylor series, then squared ten times.
    static func exp(_ r: BigInt, _ s: BigInt) -> BigInt {
        let x = r / 1024
        var term = s
        var sum = s
        var n: BigInt = 1
        while !term.isZero {
            term = term * x / s / n
            sum += term
            n += 1
        }
        for _ in 0..<10 { sum = sum * sum / s }
        return sum
    }
}
