import BigInt

/// Rounding modes, by their `decimal` module names.
enum DecimalRounding: String, CaseIterable {
    case halfEven = "ROUND_HALF_EVEN", halfUp = "ROUND_HALF_UP", halfDown = "ROUND_HALF_DOWN", down = "ROUND_DOWN", up = "ROUND_UP"
    case floor = "ROUND_FLOOR", ceiling = "ROUND_CEILING", zeroFiveUp = "ROUND_05UP"
}

/// The signals a computation raises (all trapped in the default context except the ones
/// CPython leaves untrapped: Inexact, Rounded, Clamped, Subnormal...).
enum DecimalSignal: Error {
    case invalidOperation(String)
    case conversionSyntax
    case divisionByZero
    case divisionUndefined
    case divisionImpossible
    case overflow
}

private let decimalPowersOfTen: [BigUInt] = (0..<40).map { BigUInt(10).power($0) }
@inline(__always) func pow10(_ n: Int) -> BigUInt { n < decimalPowersOfTen.count ? decimalPowersOfTen[n] : BigUInt(10).power(n) }

extension DecimalNumber {
    /// Drops the `n` lowest digits of the coefficient, rounding with `mode` (n > 0).
    static func roundOff(_ c: BigUInt, drop n: Int, negative: Bool, mode: DecimalRounding) -> BigUInt {
        let p = pow10(n)
        let (q, r) = c.quotientAndRemainder(dividingBy: p)
        if r.isZero { return q }
        let half = p / 2
        let up: Bool
        switch mode {
        case .down: up = false
        case .up: up = true
        case .floor: up = negative
        case .ceiling: up = !negative
        case .halfUp: up = r >= half
        case .halfDown: up = r > half
        case .halfEven: up = r > half || (r == half && q & 1 == 1)
        case .zeroFiveUp: up = q % 5 == 0
        }
        return up ? q + 1 : q
    }

    /// `_fix`: rounds to the context's precision and checks the exponent range.
    func fixed(_ ctx: DecimalContextState) throws(DecimalSignal) -> DecimalNumber {
        guard isFinite else { return self }
        var r = self
        let n = digitCount
        if n > ctx.prec {
            let drop = n - ctx.prec
            r.coefficient = DecimalNumber.roundOff(coefficient, drop: drop, negative: negative, mode: ctx.rounding)
            r.exponent += drop
            if r.coefficient == pow10(ctx.prec) {
                r.coefficient /= 10
                r.exponent += 1
            }
        }
        if !r.coefficient.isZero && r.adjusted > ctx.emax { throw .overflow }
        if r.coefficient.isZero && r.exponent > ctx.emax - ctx.prec + 1 { r.exponent = ctx.emax - ctx.prec + 1 }
        return r
    }

    /// `_rescale`: the value with exponent `exp`, rounding as needed (no precision check).
    func rescaled(_ exp: Int, _ mode: DecimalRounding) -> DecimalNumber {
        guard isFinite else { return self }
        if coefficient.isZero { return DecimalNumber(negative: negative, coefficient: 0, exponent: exp) }
        if exponent >= exp {
            return DecimalNumber(negative: negative, coefficient: coefficient * pow10(exponent - exp), exponent: exp)
        }
        let drop = exp - exponent
        if drop > digitCount + 1 {
            // Far below the new last digit: round a stand-in "1" just under it.
            let c = DecimalNumber.roundOff(1, drop: 2, negative: negative, mode: mode)
            return DecimalNumber(negative: negative, coefficient: c, exponent: exp)
        }
        return DecimalNumber(
            negative: negative, coefficient: DecimalNumber.roundOff(coefficient, drop: drop, negative: negative, mode: mode), exponent: exp)
    }

    /// Exact three-way comparison of finite or infinite values (NaN handled by callers).
    func compare(_ o: DecimalNumber) -> Int {
        if special == .infinity || o.special == .infinity {
            let a = special == .infinity ? (negative ? -1 : 1) : 0
            let b = o.special == .infinity ? (o.negative ? -1 : 1) : 0
            if a != b { return a < b ? -1 : 1 }
            if a != 0 { return 0 }
        }
        if isZero && o.isZero { return 0 }
        if negative != o.negative { return isZero ? (o.negative ? 1 : -1) : (negative ? -1 : 1) }
        if isZero { return o.negative ? 1 : -1 }
        if o.isZero { return negative ? -1 : 1 }
        let sign = negative ? -1 : 1
        if adjusted != o.adjusted { return adjusted < o.adjusted ? -sign : sign }
        let e = Swift.min(exponent, o.exponent)
        let a = coefficient * pow10(exponent - e)
        let b = o.coefficient * pow10(o.exponent - e)
        return a == b ? 0 : (a < b ? -sign : sign)
    }

    static func nanResult(_ a: DecimalNumber, _ b: DecimalNumber) throws(DecimalSignal) -> DecimalNumber? {
        if a.special == .snan || b.special == .snan { throw .invalidOperation("sNaN") }
        if a.special == .nan { return a }
        if b.special == .nan { return b }
        return nil
    }

    static func add(_ a: DecimalNumber, _ b: DecimalNumber, _ ctx: DecimalContextState) throws(DecimalSignal) -> DecimalNumber {
        if let n = try nanResult(a, b) { return n }
        if a.special == .infinity || b.special == .infinity {
            if a.special == .infinity && b.special == .infinity && a.negative != b.negative { throw .invalidOperation("-INF + INF") }
            return a.special == .infinity ? a : b
        }
        let e = Swift.min(a.exponent, b.exponent)
        let x = a.signedCoefficient * BigInt(pow10(a.exponent - e))
        let y = b.signedCoefficient * BigInt(pow10(b.exponent - e))
        let s = x + y
        var neg = s.signum() < 0
        if s.isZero { neg = (a.negative && b.negative) || (ctx.rounding == .floor && a.negative != b.negative) }
        return try DecimalNumber(negative: neg, coefficient: s.magnitude, exponent: e).fixed(ctx)
    }

    static func multiply(_ a: DecimalNumber, _ b: DecimalNumber, _ ctx: DecimalContextState) throws(DecimalSignal) -> DecimalNumber {
        if let n = try nanResult(a, b) { return n }
        let neg = a.negative != b.negative
        if a.special == .infinity || b.special == .infinity {
            if a.isZero || b.isZero { throw .invalidOperation("0 * INF") }
            return .infinity(negative: neg)
        }
        return try DecimalNumber(negative: neg, coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent).fixed(ctx)
    }

    static func divide(_ a: DecimalNumber, _ b: DecimalNumber, _ ctx: DecimalContextState) throws(DecimalSignal) -> DecimalNumber {
        if let n = try nanResult(a, b) { return n }
        let neg = a.negative != b.negative
        if a.special == .infinity {
            if b.special == .infinity { throw .invalidOperation("(+-)INF/(+-)INF") }
            return .infinity(negative: neg)
        }
        if b.special == .infinity { return DecimalNumber(negative: neg, coefficient: 0, exponent: ctx.emin - ctx.prec + 1) }
        if b.isZero {
            if a.isZero { throw .divisionUndefined }
            throw .divisionByZero
        }
        if a.isZero { return try DecimalNumber(negative: neg, coefficient: 0, exponent: a.exponent - b.exponent).fixed(ctx) }
        let shift = b.digitCount - a.digitCount + ctx.prec + 1
        var exp = a.exponent - b.exponent - shift
        var (q, r): (BigUInt, BigUInt)
        if shift >= 0 {
            (q, r) = (a.coefficient * pow10(shift)).quotientAndRemainder(dividingBy: b.coefficient)
        } else {
            (q, r) = a.coefficient.quotientAndRemainder(dividingBy: b.coefficient * pow10(-shift))
        }
        if !r.isZero {
            if q % 5 == 0 { q += 1 }
        } else {
            let ideal = a.exponent - b.exponent
            while exp < ideal && q % 10 == 0 {
                q /= 10
                exp += 1
            }
        }
        return try DecimalNumber(negative: neg, coefficient: q, exponent: exp).fixed(ctx)
    }

    /// `_divide`: the integer quotient (truncated) and the remainder.
    static func divmod(_ a: DecimalNumber, _ b: DecimalNumber, _ ctx: DecimalContextState) throws(DecimalSignal) -> (
        DecimalNumber, DecimalNumber
    ) {
        if let n = try nanResult(a, b) { return (n, n) }
        let neg = a.negative != b.negative
        if a.special == .infinity {
            if b.special == .infinity { throw .invalidOperation("divmod(INF, INF)") }
            throw .invalidOperation("INF % x")
        }
        if b.isZero {
            if a.isZero { throw .divisionUndefined }
            throw .divisionByZero
        }
        let ideal = b.special == .infinity ? a.exponent : Swift.min(a.exponent, b.exponent)
        let expdiff = a.adjusted - (b.special == .infinity ? 0 : b.adjusted)
        if a.isZero || b.special == .infinity || expdiff <= -2 {
            return (DecimalNumber(negative: neg, coefficient: 0, exponent: 0), a.rescaled(ideal, ctx.rounding))
        }
        if expdiff <= ctx.prec {
            var x = a.coefficient
            var y = b.coefficient
            if a.exponent >= b.exponent { x *= pow10(a.exponent - b.exponent) } else { y *= pow10(b.exponent - a.exponent) }
            let (q, r) = x.quotientAndRemainder(dividingBy: y)
            if q < pow10(ctx.prec) {
                return (
                    DecimalNumber(negative: neg, coefficient: q, exponent: 0),
                    DecimalNumber(negative: a.negative, coefficient: r, exponent: ideal)
                )
            }
        }
        throw .divisionImpossible
    }

    /// `x ** n` for an integer `n`.
    static func power(_ a: DecimalNumber, _ n: BigInt, _ ctx: DecimalContextState) throws(DecimalSignal) -> DecimalNumber {
        if let r = try nanResult(a, a) { return r }
        let neg = a.negative && n & 1 == 1
        if n.isZero {
            if a.isZero { throw .invalidOperation("0 ** 0") }
            return DecimalNumber(negative: false, coefficient: 1, exponent: 0)
        }
        if a.special == .infinity {
            return n > 0 ? .infinity(negative: neg) : DecimalNumber(negative: neg, coefficient: 0, exponent: 0)
        }
        if a.isZero {
            if n < 0 { throw .divisionByZero }
            return DecimalNumber(negative: neg, coefficient: 0, exponent: 0)
        }
        guard let m = Int(exactly: n.magnitude), m <= 100_000 else { throw .overflow }
        // Work with guard digits and round once.
        var result = DecimalNumber(negative: neg, coefficient: 1, exponent: 0)
        var work = ctx
        work.prec = ctx.prec + 10 + String(m).count
        work.rounding = .halfEven
        var base = DecimalNumber(negative: false, coefficient: a.coefficient, exponent: a.exponent)
        var k = m
        while k > 0 {
            if k & 1 == 1 {
                let p = DecimalNumber(
                    negative: false, coefficient: result.coefficient * base.coefficient, exponent: result.exponent + base.exponent)
                result = try p.fixed(work)
                result.negative = neg
            }
            k >>= 1
            if k > 0 {
                let sq = DecimalNumber(negative: false, coefficient: base.coefficient * base.coefficient, exponent: 2 * base.exponent)
                base = try sq.fixed(work)
            }
        }
        if n < 0 {
            return try divide(DecimalNumber(negative: false, coefficient: 1, exponent: 0), result, ctx)
        }
        return try result.fixed(ctx)
    }

    /// Square root, correctly rounded (CPython's algorithm).
    func squareRoot(_ ctx: DecimalContextState) throws(DecimalSignal) -> DecimalNumber {
        if let n = try DecimalNumber.nanResult(self, self) { return n }
        if isZero { return DecimalNumber(negative: negative, coefficient: 0, exponent: exponent >> 1) }
        if negative { throw .invalidOperation("sqrt(-x), x > 0") }
        if special == .infinity { return self }
        let prec = ctx.prec + 1
        var e = exponent >> 1
        var c: BigUInt
        var l: Int
        if exponent & 1 != 0 {
            c = coefficient * 10
            l = (digitCount >> 1) + 1
        } else {
            c = coefficient
            l = (digitCount + 1) >> 1
        }
        let shift = prec - l
        var exact: Bool
        if shift >= 0 {
            c *= BigUInt(100).power(shift)
            exact = true
        } else {
            let (q, r) = c.quotientAndRemainder(dividingBy: BigUInt(100).power(-shift))
            c = q
            exact = r.isZero
        }
        e -= shift
        var n = pow10(prec)
        while true {
            let q = c / n
            if n <= q { break }
            n = (n + q) >> 1
        }
        exact = exact && n * n == c
        if exact {
            if shift >= 0 { n /= pow10(shift) } else { n *= pow10(-shift) }
            e += shift
        } else if n % 5 == 0 {
            n += 1
        }
        var half = ctx
        half.rounding = .halfEven
        return try DecimalNumber(negative: false, coefficient: n, exponent: e).fixed(half)
    }

    /// `str(d)` (scientific notation when the exponent is positive or the value is very small).
    func toString(capitals: Bool = true) -> String {
        let sign = negative ? "-" : ""
        switch special {
        case .infinity: return sign + "Infinity"
        case .nan: return sign + "NaN" + (coefficient.isZero ? "" : digits)
        case .snan: return sign + "sNaN" + (coefficient.isZero ? "" : digits)
        case .finite: break
        }
        let d = digits
        let left = exponent + d.count
        let dot = exponent <= 0 && left > -6 ? left : 1
        var intPart: String
        var frac = ""
        if dot <= 0 {
            intPart = "0"
            frac = "." + String(repeating: "0", count: -dot) + d
        } else if dot >= d.count {
            intPart = d + String(repeating: "0", count: dot - d.count)
        } else {
            intPart = String(d.prefix(dot))
            frac = "." + d.dropFirst(dot)
        }
        let exp = left == dot ? "" : (capitals ? "E" : "e") + (left - dot >= 0 ? "+" : "") + String(left - dot)
        return sign + intPart + frac + exp
    }
}
