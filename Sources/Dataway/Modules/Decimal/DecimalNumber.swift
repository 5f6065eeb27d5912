import BigInt

/// A decimal floating-point number as `decimal.Decimal` holds it: sign, coefficient, exponent,
/// or one of the special values.
struct DecimalNumber {
    enum Special { case finite, infinity, nan, snan }

    var negative: Bool
    var coefficient: BigUInt
    var exponent: Int
    var special: Special = .finite

    init(negative: Bool, coefficient: BigUInt, exponent: Int, special: Special = .finite) {
        self.negative = negative
        self.coefficient = coefficient
        self.exponent = exponent
        self.special = special
    }

    static func infinity(negative: Bool) -> DecimalNumber {
        DecimalNumber(negative: negative, coefficient: 0, exponent: 0, special: .infinity)
    }
    static let nan = DecimalNumber(negative: false, coefficient: 0, exponent: 0, special: .nan)

    var isFinite: Bool { special == .finite }
    var isNaN: Bool { special == .nan || special == .snan }
    var isZero: Bool { isFinite && coefficient.isZero }

    /// The coefficient's decimal digits.
    var digits: String { String(coefficient) }
    var digitCount: Int { coefficient.isZero ? 1 : digits.count }
    /// The exponent of the most significant digit (`adjusted()`).
    var adjusted: Int { exponent + digitCount - 1 }

    var signedCoefficient: BigInt { negative ? -BigInt(coefficient) : BigInt(coefficient) }

    init(_ i: BigInt) {
        self.init(negative: i.signum() < 0, coefficient: i.magnitude, exponent: 0)
    }

    /// The exact value of a float (`Decimal(0.1)`).
    init(_ d: Double) {
        if d.isNaN {
            self = .nan
            return
        }
        if d.isInfinite {
            self = .infinity(negative: d < 0)
            return
        }
        let neg = d.sign == .minus
        let a = Swift.abs(d)
        if a == 0 {
            self.init(negative: neg, coefficient: 0, exponent: 0)
            return
        }
        // a = m * 2**e with m odd.
        var m = BigUInt(a.significandBitPattern | (a.isNormal ? 1 << 52 : 0))
        var e = Int(a.exponentBitPattern) - 1075
        if !a.isNormal { e = -1074 }
        while m & 1 == 0 {
            m >>= 1
            e += 1
        }
        if e >= 0 {
            self.init(negative: neg, coefficient: m << e, exponent: 0)
        } else {
            self.init(negative: neg, coefficient: m * BigUInt(5).power(-e), exponent: e)
        }
    }

    /// Parses CPython's decimal string syntax; nil when it is not a number.
    init?(parsing text: String) {
        var s = Substring(text.trimmingPythonWhitespace)
        var neg = false
        if s.first == "+" || s.first == "-" {
            neg = s.first == "-"
            s = s.dropFirst()
        }
        let lower = s.lowercased()
        if lower == "inf" || lower == "infinity" {
            self = .infinity(negative: neg)
            return
        }
        if lower.hasPrefix("nan") || lower.hasPrefix("snan") {
            let payload = lower.drop { $0.isLetter }
            guard payload.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            self.init(negative: neg, coefficient: BigUInt(String(payload)) ?? 0, exponent: 0, special: lower.hasPrefix("s") ? .snan : .nan)
            return
        }
        var intDigits = ""
        var fracDigits = ""
        var exp = 0
        var seenDot = false
        var i = s.startIndex
        var lastWasDigit = false
        while i < s.endIndex {
            let c = s[i]
            if c.isASCII && c.isNumber {
                if seenDot { fracDigits.append(c) } else { intDigits.append(c) }
                lastWasDigit = true
            } else if c == "_" && lastWasDigit && s.index(after: i) < s.endIndex && s[s.index(after: i)].isASCII
                && s[s.index(after: i)].isNumber
            {
                lastWasDigit = false
            } else if c == "." && !seenDot {
                seenDot = true
                lastWasDigit = false
            } else if c == "e" || c == "E" {
                var rest = s[s.index(after: i)...]
                var eneg = false
                if rest.first == "+" || rest.first == "-" {
                    eneg = rest.first == "-"
                    rest = rest.dropFirst()
                }
                guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }), rest.first != "_", rest.last != "_",
                    let e = Int(rest.filter { $0 != "_" })
                else { return nil }
                exp = eneg ? -e : e
                break
            } else {
                return nil
            }
            i = s.index(after: i)
        }
        guard !(intDigits.isEmpty && fracDigits.isEmpty) else { return nil }
        guard let c = BigUInt(intDigits + fracDigits) else { return nil }
        self.init(negative: neg, coefficient: c, exponent: exp - fracDigits.count)
    }
}

extension String {
    var trimmingPythonWhitespace: String {
        let ws: (Character) -> Bool = { $0.isWhitespace }
        return String(self.drop(while: ws).reversed().drop(while: ws).reversed())
    }
}
