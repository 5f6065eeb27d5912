// PyFormat.swift
//
// CPython 3.11-compatible text formatting of numbers and strings:
//
//   * `pyFloatRepr`            — repr(float) / str(float) (FloatRepr.swift)
//   * `PyFormatSpec`           — the format-spec mini-language
//   * `pyFormat(int:spec:)`    — int.__format__
//   * `pyFormat(float:spec:)`  — float.__format__
//   * `pyFormat(string:spec:)` — str.__format__
//   * `pyRound(_:ndigits:)`    — round(float, ndigits)
//   * `pyPercent(int:...)` / `pyPercent(float:...)` — one numeric conversion
//     of printf-style `str % args` formatting
//
// The algorithms are close ports of CPython 3.11's Python/formatter_unicode.c,
// Python/pystrtod.c (format_float_short), Objects/unicodeobject.c (the `%`
// operator) and Objects/floatobject.c (double_round), so the many corner cases
// (zero padding combined with grouping, '#' with 'g', padding of inf/nan, the
// '.3' no-type quirk, ...) come out identical.
//
// Digit generation: shortest round-trip digits come from Swift's
// `Double.description` (which is shortest/closest, like dtoa mode 0); digits
// for a given precision come from the C library's `vsnprintf("%.*e"/"%.*f")`,
// which on glibc and Darwin is exact (round-half-even on the exact binary
// value), matching dtoa modes 2 and 3. `pyRound` uses exact BigInt arithmetic.
//
// Locale: the 'n' presentation type behaves as in the C locale (CPython never
// changes LC_NUMERIC by itself), i.e. like 'd' / 'g' without grouping.

import BigInt

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(Musl)
    import Musl
#endif

// MARK: - Errors

/// An error raised by the formatting helpers: the Python exception class to
/// raise and CPython's exact message text (without the class name).
struct PyFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception class this error maps to.
    enum Kind: Sendable, Equatable {
        /// `ValueError`
        case valueError
        /// `TypeError`
        case typeError
        /// `OverflowError`
        case overflowError
    }

    /// The Python exception class.
    let kind: Kind
    /// CPython's message text, e.g. `Unknown format code 's' for object of type 'int'`.
    let message: String

    /// Creates an error of the given kind with CPython's message text.
    init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// `ExceptionName: message`, as CPython's traceback would print it.
    var description: String {
        switch kind {
        case .valueError: return "ValueError: \(message)"
        case .typeError: return "TypeError: \(message)"
        case .overflowError: return "OverflowError: \(message)"
        }
    }

    /// A `ValueError` with the given message.
    static func value(_ message: String) -> PyFormatError {
        PyFormatError(kind: .valueError, message: message)
    }

    /// A `TypeError` with the given message.
    static func type(_ message: String) -> PyFormatError {
        PyFormatError(kind: .typeError, message: message)
    }

    /// An `OverflowError` with the given message.
    static func overflow(_ message: String) -> PyFormatError {
        PyFormatError(kind: .overflowError, message: message)
    }
}

// MARK: - ASCII helpers

private enum ASCII {
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let dot = UInt8(ascii: ".")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let space = UInt8(ascii: " ")
    static let lowerE = UInt8(ascii: "e")
    static let upperE = UInt8(ascii: "E")
    static let lowerA = UInt8(ascii: "a")
    static let lowerZ = UInt8(ascii: "z")
    static let percent = UInt8(ascii: "%")

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= zero && c <= nine }

    @inline(__always)
    static func upper(_ c: UInt8) -> UInt8 { (c >= lowerA && c <= lowerZ) ? c - 32 : c }
}

/// Builds a String from ASCII bytes.
@inline(__always)
private func asciiString<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    String(decoding: bytes, as: UTF8.self)
}

/// Renders a presentation-type character the way CPython's error messages do:
/// printable ASCII as itself, anything else as `\x..` (lowercase hex).
private func describeTypeChar(_ c: Unicode.Scalar) -> String {
    if c.value > 32 && c.value < 128 {
        return String(Character(c))
    }
    return "\\x" + String(c.value, radix: 16)
}

// MARK: - Digit generation (the `_Py_dg_dtoa` replacement)

/// The `_Py_dg_dtoa` modes CPython uses.
private enum DtoaMode {
    /// Mode 0: the shortest digit string that round-trips.
    case shortest
    /// Mode 2: `max(1, ndigits)` significant digits, correctly rounded.
    case significant
    /// Mode 3: `ndigits` (>= 0) digits after the decimal point, correctly rounded.
    case fixed
}

/// A digit string as `_Py_dg_dtoa` returns it: the magnitude is
/// `0.d1d2d3... * 10**decpt`; no leading and no trailing zeros, except that
/// zero is `"0"` with `decpt == 1`, and a nonzero value that rounds to zero in
/// fixed mode is the empty string with `decpt == -ndigits`.
private struct DtoaDigits {
    var digits: [UInt8]
    var decpt: Int
}

/// Significant digits a double can ever have (exact expansion of 2**-1074 has
/// 751); requesting more only appends zeros, which dtoa strips anyway.
private let maxSignificantDigits = 800
/// Fractional digits a double can ever have (2**-1074 has 1074).
private let maxFractionDigits = 1100

/// Formats `x` (finite, non-negative) with C's `%.*e` or `%.*f`.
private func cFormat(_ x: Double, fixed: Bool, precision: Int) -> [UInt8] {
    var capacity = precision + (fixed ? 330 : 16)
    while true {
        let cap = capacity
        let (written, bytes): (Int, [UInt8]) = withUnsafeTemporaryAllocation(
            of: CChar.self, capacity: cap
        ) { buf in
            guard let base = buf.baseAddress else { return (-1, []) }
            let n = withVaList([Int32(clamping: precision), x]) { args in
                vsnprintf(base, cap, fixed ? "%.*f" : "%.*e", args)
            }
            let count = Int(n)
            if count < 0 || count >= cap { return (count, []) }
            var out = [UInt8](repeating: 0, count: count)
            for i in 0..<count { out[i] = UInt8(bitPattern: base[i]) }
            return (count, out)
        }
        if written < 0 { return [] }
        if written < cap { return bytes }
        capacity = written + 1
    }
}

/// Parses `[digits][.digits][e[+-]digits]` (any non-digit before the exponent
/// counts as the decimal point) into dtoa form; an all-zero digit string comes
/// back as empty digits.
private func parseDecimalText(_ text: [UInt8]) -> DtoaDigits {
    var digits: [UInt8] = []
    digits.reserveCapacity(text.count)
    var intCount = 0
    var seenPoint = false
    var i = 0
    while i < text.count {
        let c = text[i]
        if ASCII.isDigit(c) {
            digits.append(c)
            if !seenPoint { intCount += 1 }
        } else if c == ASCII.lowerE || c == ASCII.upperE {
            break
        } else if c != ASCII.minus && c != ASCII.plus {
            seenPoint = true
        }
        i += 1
    }
    var exponent = 0
    if i < text.count {
        i += 1
        var negative = false
        if i < text.count, text[i] == ASCII.minus || text[i] == ASCII.plus {
            negative = text[i] == ASCII.minus
            i += 1
        }
        while i < text.count, ASCII.isDigit(text[i]) {
            exponent = exponent * 10 + Int(text[i] - ASCII.zero)
            i += 1
        }
        if negative { exponent = -exponent }
    }
    var decpt = intCount + exponent
    var start = 0
    while start < digits.count && digits[start] == ASCII.zero {
        start += 1
        decpt -= 1
    }
    var end = digits.count
    while end > start && digits[end - 1] == ASCII.zero { end -= 1 }
    return DtoaDigits(digits: Array(digits[start..<end]), decpt: decpt)
}

/// 5**0 ... 5**27 (all fit in UInt64).
private let powersOfFive: [UInt64] = {
    var table: [UInt64] = [1]
    for _ in 1...27 { table.append(table[table.count - 1] * 5) }
    return table
}()

/// 10**0 ... 10**19 (all fit in UInt64).
private let powersOfTen: [UInt64] = {
    var table: [UInt64] = [1]
    for _ in 1...19 { table.append(table[table.count - 1] * 10) }
    return table
}()

/// Decomposes a finite nonzero double into `m * 2**e` with integer `m < 2**53`.
private func decompose(_ x: Double) -> (mantissa: UInt64, exponent: Int) {
    let magnitude = x.magnitude
    if magnitude.exponentBitPattern == 0 {
        return (magnitude.significandBitPattern, -1074)
    }
    return (
        magnitude.significandBitPattern | (UInt64(1) << 52),
        Int(magnitude.exponentBitPattern) - 1075
    )
}

/// Exact `round_half_even(|x| * 10**p)` for finite `x` with 128-bit integer
/// arithmetic; nil when `p` is outside `0...27` or the result needs more than
/// 64 bits (callers then fall back to a slower exact method).
func roundScaledFast(_ x: Double, decimalPlaces p: Int) -> UInt64? {
    guard p >= 0 && p <= 27 else { return nil }
    if x == 0 { return 0 }
    let (m, e) = decompose(x)
    // |x| * 10**p == (hi:lo) * 2**(e + p), with (hi:lo) = m * 5**p < 2**116.
    let (hi, lo) = m.multipliedFullWidth(by: powersOfFive[p])
    let shift = -(e + p)
    if shift <= 0 {
        let left = -shift
        guard hi == 0, left < 64, lo.leadingZeroBitCount >= left else { return nil }
        return lo << left
    }
    if shift >= 128 { return 0 }  // the value is below 2**-12
    let quotient: UInt64
    if shift >= 64 {
        quotient = hi >> (shift - 64)
    } else {
        guard hi >> shift == 0 else { return nil }
        quotient = (hi << (64 - shift)) | (lo >> shift)
    }
    // Round half to even on the discarded bits.
    let halfIndex = shift - 1
    let halfBit = halfIndex < 64 ? (lo >> halfIndex) & 1 == 1 : (hi >> (halfIndex - 64)) & 1 == 1
    let sticky: Bool
    if halfIndex == 0 {
        sticky = false
    } else if halfIndex < 64 {
        sticky = lo & ((UInt64(1) << halfIndex) - 1) != 0
    } else if halfIndex == 64 {
        sticky = lo != 0
    } else {
        sticky = lo != 0 || hi & ((UInt64(1) << (halfIndex - 64)) - 1) != 0
    }
    if halfBit && (sticky || quotient & 1 == 1) {
        let (bumped, overflow) = quotient.addingReportingOverflow(1)
        return overflow ? nil : bumped
    }
    return quotient
}

/// dtoa form of the integer `n` scaled by `10**-p`.
private func digitsFromScaled(_ n: UInt64, decimalPlaces p: Int) -> DtoaDigits {
    if n == 0 { return DtoaDigits(digits: [], decpt: -p) }
    var digits = Array(String(n).utf8)
    let decpt = digits.count - p
    while let last = digits.last, last == ASCII.zero { digits.removeLast() }
    return DtoaDigits(digits: digits, decpt: decpt)
}

/// Fast exact dtoa mode 2 for `n <= 17` significant digits of a moderate
/// finite nonzero `x`; nil when the 64-bit fast path does not apply.
private func significantDigitsFast(_ x: Double, _ n: Int) -> DtoaDigits? {
    guard n >= 1 && n <= 17 else { return nil }
    let low = powersOfTen[n - 1]
    let high = powersOfTen[n]
    // Estimated decimal point position; corrected below.
    var d = Int(log10(x).rounded(.down)) + 1
    for _ in 0..<4 {
        let p = n - d
        guard let rounded = roundScaledFast(x, decimalPlaces: p) else { return nil }
        if rounded < low {
            d -= 1
            continue
        }
        if rounded >= high {
            // Either a carry to the next power of ten or `d` was too small.
            guard let retry = roundScaledFast(x, decimalPlaces: p - 1) else { return nil }
            if retry < high { return digitsFromScaled(retry, decimalPlaces: p - 1) }
            d += 1
            continue
        }
        if rounded == low {
            // x may sit just below 10**(d-1) and have rounded up to it.
            guard let retry = roundScaledFast(x, decimalPlaces: p + 1) else { return nil }
            if retry < high { return digitsFromScaled(retry, decimalPlaces: p + 1) }
        }
        return digitsFromScaled(rounded, decimalPlaces: p)
    }
    return nil
}

/// Digits of `|x|` (finite) in the given dtoa mode.
private func dtoa(_ x: Double, mode: DtoaMode, ndigits: Int) -> DtoaDigits {
    let magnitude = x.magnitude
    if magnitude == 0 {
        return DtoaDigits(digits: [ASCII.zero], decpt: 1)
    }
    switch mode {
    case .shortest:
        return parseDecimalText(Array(magnitude.description.utf8))
    case .significant:
        let n = min(max(1, ndigits), maxSignificantDigits)
        if let fast = significantDigitsFast(magnitude, n) { return fast }
        return parseDecimalText(cFormat(magnitude, fixed: false, precision: n - 1))
    case .fixed:
        if let scaled = roundScaledFast(magnitude, decimalPlaces: ndigits) {
            return digitsFromScaled(scaled, decimalPlaces: ndigits)
        }
        let p = min(max(0, ndigits), maxFractionDigits)
        var result = parseDecimalText(cFormat(magnitude, fixed: true, precision: p))
        if result.digits.isEmpty { result.decpt = -ndigits }
        return result
    }
}

// MARK: - PyOS_double_to_string

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
private struct DoubleToStringFlags: OptionSet {
    let rawValue: UInt8
    /// Py_DTSF_SIGN: always add a sign.
    static let sign = DoubleToStringFlags(rawValue: 1)
    /// Py_DTSF_ADD_DOT_0: make integral-looking output end in ".0".
    static let addDot0 = DoubleToStringFlags(rawValue: 2)
    /// Py_DTSF_ALT: alternate formatting ('#').
    static let alt = DoubleToStringFlags(rawValue: 4)
    /// Py_DTSF_NO_NEG_0: negative zero becomes positive ('z').
    static let noNegativeZero = DoubleToStringFlags(rawValue: 8)
}

/// Port of CPython's `PyOS_double_to_string` + `format_float_short`.
/// `code` is one of `e E f F g G r`; returns ASCII bytes.
private func doubleToString(
    _ value: Double, code: UInt8, precision precisionIn: Int, flags: DoubleToStringFlags
) -> [UInt8] {
    var precision = precisionIn
    var upper = false
    let formatCode: UInt8
    let mode: DtoaMode
    switch code {
    case UInt8(ascii: "E"), UInt8(ascii: "e"):
        upper = code == UInt8(ascii: "E")
        formatCode = UInt8(ascii: "e")
        mode = .significant
        precision += 1
    case UInt8(ascii: "F"), UInt8(ascii: "f"):
        upper = code == UInt8(ascii: "F")
        formatCode = UInt8(ascii: "f")
        mode = .fixed
    case UInt8(ascii: "G"), UInt8(ascii: "g"):
        upper = code == UInt8(ascii: "G")
        formatCode = UInt8(ascii: "g")
        mode = .significant
        if precision == 0 { precision = 1 }
    default:
        formatCode = UInt8(ascii: "r")
        mode = .shortest
        precision = 0
    }
    let alwaysAddSign = flags.contains(.sign)
    let addDot0 = flags.contains(.addDot0)
    let useAlt = flags.contains(.alt)

    var out: [UInt8] = []
    if !value.isFinite {
        // The sign of a nan is ignored.
        if value.isNaN {
            if alwaysAddSign { out.append(ASCII.plus) }
            out.append(contentsOf: upper ? Array("NAN".utf8) : Array("nan".utf8))
        } else {
            if value.sign == .minus {
                out.append(ASCII.minus)
            } else if alwaysAddSign {
                out.append(ASCII.plus)
            }
            out.append(contentsOf: upper ? Array("INF".utf8) : Array("inf".utf8))
        }
        return out
    }

    let result = dtoa(value, mode: mode, ndigits: precision)
    let digits = result.digits
    var decpt = result.decpt
    var negative = value.sign == .minus
    if flags.contains(.noNegativeZero) && negative
        && (digits.isEmpty || (digits.count == 1 && digits[0] == ASCII.zero))
    {
        negative = false
    }
    let digitsLen = digits.count
    var vdigitsEnd = digitsLen
    var useExp = false
    var exponent = 0
    switch formatCode {
    case UInt8(ascii: "e"):
        useExp = true
        vdigitsEnd = precision
    case UInt8(ascii: "f"):
        vdigitsEnd = decpt + precision
    case UInt8(ascii: "g"):
        if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) {
            useExp = true
        }
        if useAlt { vdigitsEnd = precision }
    default:  // 'r'
        if decpt <= -4 || decpt > 16 { useExp = true }
    }
    if useExp {
        exponent = decpt - 1
        decpt = 1
    }
    let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
    if !useExp && addDot0 {
        vdigitsEnd = max(vdigitsEnd, decpt + 1)
    } else {
        vdigitsEnd = max(vdigitsEnd, decpt)
    }

    out.reserveCapacity(vdigitsEnd - vdigitsStart + 8)
    if negative {
        out.append(ASCII.minus)
    } else if alwaysAddSign {
        out.append(ASCII.plus)
    }
    @inline(__always) func zeros(_ n: Int) {
        if n > 0 { out.append(contentsOf: repeatElement(ASCII.zero, count: n)) }
    }
    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(decpt - vdigitsStart)
        out.append(ASCII.dot)
        zeros(-decpt)
    } else {
        zeros(-vdigitsStart)
    }
    // Digits, with the decimal point if it falls inside them.
    if 0 < decpt && decpt <= digitsLen {
        out.append(contentsOf: digits[0..<decpt])
        out.append(ASCII.dot)
        out.append(contentsOf: digits[decpt...])
    } else {
        out.append(contentsOf: digits)
    }
    // Zeros on the right.
    if digitsLen < decpt {
        zeros(decpt - digitsLen)
        out.append(ASCII.dot)
        zeros(vdigitsEnd - decpt)
    } else {
        zeros(vdigitsEnd - digitsLen)
    }
    // Delete a trailing decimal point unless using alternative formatting.
    if out.last == ASCII.dot && !useAlt {
        out.removeLast()
    }
    if useExp {
        out.append(upper ? ASCII.upperE : ASCII.lowerE)
        out.append(exponent < 0 ? ASCII.minus : ASCII.plus)
        let magnitude = exponent.magnitude
        if magnitude < 10 { out.append(ASCII.zero) }
        out.append(contentsOf: String(magnitude).utf8)
    }
    return out
}

// MARK: - Exact numeric conversions

/// `float(int)` with CPython's correct rounding (round-half-even).
/// Throws `OverflowError: int too large to convert to float`.
func pyIntToDouble(_ value: BigInt) throws(PyFormatError) -> Double {
    let magnitude = value.magnitude
    let bits = magnitude.bitWidth
    var result: Double
    if bits <= 64 {
        result = Double(UInt64(truncatingIfNeeded: magnitude))
    } else {
        // Keep the top 64 bits, folding every lower bit into a sticky bit;
        // the conversion of that UInt64 then rounds exactly like the full value.
        let shift = bits - 64
        var top = UInt64(truncatingIfNeeded: magnitude >> shift)
        if magnitude.trailingZeroBitCount < shift { top |= 1 }
        result = Double(sign: .plus, exponent: shift, significand: Double(top))
    }
    if result.isInfinite {
        throw .overflow("int too large to convert to float")
    }
    return value.sign == .minus ? -result : result
}

/// `int(float)`: truncation toward zero, with CPython's errors for inf and nan.
func pyDoubleToInt(_ x: Double) throws(PyFormatError) -> BigInt {
    if x.isNaN { throw .value("cannot convert float NaN to integer") }
    if x.isInfinite { throw .overflow("cannot convert float infinity to integer") }
    let t = x.rounded(.towardZero)
    if t.magnitude < 9.0e18 {
        return BigInt(Int64(t))
    }
    let significand = BigInt(t.significandBitPattern | (UInt64(1) << 52))
    let magnitude = significand << (Int(t.exponent) - 52)
    return t < 0 ? -magnitude : magnitude
}

/// 1e0 ... 1e22, the powers of ten a double holds exactly.
private let exactPowersOfTen: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

/// `round_half_even(|x| * 10**p)` computed exactly (x finite).
private func roundScaled(_ x: Double, decimalPlaces p: Int) -> BigUInt {
    if x == 0 { return 0 }
    if let fast = roundScaledFast(x, decimalPlaces: p) { return BigUInt(fast) }
    let (m, e) = decompose(x)
    var numerator = BigUInt(m)
    var denominator = BigUInt(1)
    if e >= 0 { numerator <<= e } else { denominator <<= -e }
    if p >= 0 {
        numerator *= BigUInt(10).power(p)
    } else {
        denominator *= BigUInt(10).power(-p)
    }
    var (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
    let twice = remainder << 1
    if twice > denominator || (twice == denominator && quotient[bitAt: 0]) {
        quotient += 1
    }
    return quotient
}

// MARK: - round(float, ndigits)

/// CPython's `round(x, ndigits)` for a float `x` and an integer `ndigits`
/// (the caller clamps a huge Python int `ndigits` into `Int`, as
/// `PyNumber_AsSsize_t` does): correctly rounded half-even on the exact binary
/// value (`round(2.675, 2) == 2.67`), nan/inf and huge `ndigits` return `x`,
/// very negative `ndigits` return a signed zero.
/// Throws `OverflowError: rounded value too large to represent`.
func pyRound(_ x: Double, ndigits: Int) throws(PyFormatError) -> Double {
    if !x.isFinite { return x }
    // NDIGITS_MAX / NDIGITS_MIN from floatobject.c.
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    // Both operands exact (the quotient below 2**53, 10**ndigits up to 10**22): one correctly
    // rounded division gives the correctly rounded decimal value, as the strtod below would.
    if ndigits >= 0 && ndigits <= 22, let scaled = roundScaledFast(x, decimalPlaces: ndigits), scaled <= 1 << 53 {
        let q = Double(scaled) / exactPowersOfTen[ndigits]
        return x.sign == .minus ? -q : q
    }
    let rounded = roundScaled(x, decimalPlaces: ndigits)
    let text = (x.sign == .minus ? "-" : "") + String(rounded) + "e" + String(-ndigits)
    guard let result = Double(text) else {
        throw .overflow("rounded value too large to represent")
    }
    if result.isInfinite {
        throw .overflow("rounded value too large to represent")
    }
    return result
}

// MARK: - Format spec mini-language

/// A parsed standard format specifier,
/// `[[fill]align][sign][z][#][0][width][grouping_option][.precision][type]`,
/// with CPython's defaults already applied (port of
/// `parse_internal_render_format_spec`).
struct PyFormatSpec: Sendable, Equatable {
    /// The thousands-separator option.
    enum Grouping: Sendable, Equatable {
        /// No grouping.
        case none
        /// `,` every 3 digits.
        case comma
        /// `_` every 3 digits (decimal presentation types).
        case underscore
        /// `_` every 4 digits (for 'b', 'o', 'x', 'X').
        case underscoreFour
    }

    /// The fill character (default space; `0` with the `0` flag).
    var fill: Unicode.Scalar = " "
    /// One of `<`, `>`, `^`, `=`.
    var align: Unicode.Scalar
    /// `+`, `-`, ` ` or nil when not given.
    var sign: Unicode.Scalar?
    /// The `z` flag (coerce negative zero to positive zero).
    var noNegativeZero = false
    /// The `#` flag.
    var alternate = false
    /// The minimum field width, nil when not given.
    var width: Int?
    /// The grouping option.
    var grouping: Grouping = .none
    /// The precision, nil when not given.
    var precision: Int?
    /// The presentation type, nil when neither given nor defaulted.
    var type: Unicode.Scalar?

    /// Parses `spec`. `defaultType` and `defaultAlign` are those of the object
    /// being formatted (int: `d`, `>`; float: nil, `>`; str: `s`, `<`), and
    /// `typeName` is its type's name for the "Invalid format specifier" error.
    init(
        parsing spec: String,
        defaultType: Unicode.Scalar? = nil,
        defaultAlign: Unicode.Scalar = ">",
        typeName: String = "object"
    ) throws(PyFormatError) {
        let s = Array(spec.unicodeScalars)
        let end = s.count
        var pos = 0
        align = defaultAlign
        type = defaultType

        func isAlign(_ c: Unicode.Scalar) -> Bool {
            c == "<" || c == ">" || c == "=" || c == "^"
        }

        var alignSpecified = false
        var fillSpecified = false
        if end - pos >= 2 && isAlign(s[pos + 1]) {
            align = s[pos + 1]
            fill = s[pos]
            fillSpecified = true
            alignSpecified = true
            pos += 2
        } else if end - pos >= 1 && isAlign(s[pos]) {
            align = s[pos]
            alignSpecified = true
            pos += 1
        }
        if pos < end && (s[pos] == "+" || s[pos] == "-" || s[pos] == " ") {
            sign = s[pos]
            pos += 1
        }
        if pos < end && s[pos] == "z" {
            noNegativeZero = true
            pos += 1
        }
        if pos < end && s[pos] == "#" {
            alternate = true
            pos += 1
        }
        if !fillSpecified && pos < end && s[pos] == "0" {
            fill = "0"
            if !alignSpecified && defaultAlign == ">" {
                align = "="
            }
            pos += 1
        }
        let (widthValue, widthDigits) = try Self.parseInteger(s, &pos)
        width = widthDigits > 0 ? widthValue : nil

        if pos < end && s[pos] == "," {
            grouping = .comma
            pos += 1
        }
        if pos < end && s[pos] == "_" {
            if grouping != .none {
                throw .value("Cannot specify both ',' and '_'.")
            }
            grouping = .underscore
            pos += 1
        }
        if pos < end && s[pos] == "," && grouping == .underscore {
            throw .value("Cannot specify both ',' and '_'.")
        }
        if pos < end && s[pos] == "." {
            pos += 1
            let (value, count) = try Self.parseInteger(s, &pos)
            if count == 0 {
                throw .value("Format specifier missing precision")
            }
            precision = value
        }
        if end - pos > 1 {
            throw .value("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if end - pos == 1 {
            type = s[pos]
            pos += 1
        }

        if grouping != .none {
            let separator = grouping == .comma ? "," : "_"
            switch type {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F":
                break
            case "b", "o", "x", "X":
                // Underscores are allowed in bin/oct/hex, every four digits.
                guard grouping == .underscore else {
                    throw .value("Cannot specify ',' with '\(describeTypeChar(type ?? "?"))'.")
                }
                grouping = .underscoreFour
            default:
                let t = type.map(describeTypeChar) ?? "\\x0"
                throw .value("Cannot specify '\(separator)' with '\(t)'.")
            }
        }
    }

    /// CPython's `get_integer`: a run of Unicode decimal digits; returns the
    /// value and the number of digits consumed.
    private static func parseInteger(
        _ s: [Unicode.Scalar], _ pos: inout Int
    ) throws(PyFormatError) -> (Int, Int) {
        var accumulator = 0
        var count = 0
        while pos < s.count {
            let scalar = s[pos]
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                let digit = Int(scalar.value - 0x30)
                if accumulator > (Int.max - digit) / 10 {
                    throw .value("Too many decimal digits in format string")
                }
                accumulator = accumulator * 10 + digit
                pos += 1
                count += 1
                continue
            }
            if scalar.isASCII { break }
            let props = scalar.properties
            guard props.numericType == .decimal, let numeric = props.numericValue else { break }
            let digit = Int(numeric)
            if accumulator > (Int.max - digit) / 10 {
                throw .value("Too many decimal digits in format string")
            }
            accumulator = accumulator * 10 + digit
            pos += 1
            count += 1
        }
        return (accumulator, count)
    }
}

/// `Unknown format code 'x' for object of type 'T'`.
private func unknownPresentationType(_ type: Unicode.Scalar?, _ typeName: String) -> PyFormatError {
    let t = type.map(describeTypeChar) ?? "\\x0"
    return .value("Unknown format code '\(t)' for object of type '\(typeName)'")
}

// MARK: - Number layout (calc_number_widths + fill_number)

/// Port of `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the
/// right, padding with zeros on the left until the result (separators
/// included) is at least `minWidth` long. `groupSize == 0` means no grouping.
private func insertGrouping(
    _ digits: ArraySlice<UInt8>, minWidth minWidthIn: Int, groupSize: Int, separator: UInt8?
) -> [UInt8] {
    var minWidth = max(0, minWidthIn)
    var remaining = digits.count
    var digitsPos = digits.endIndex
    var reversed: [UInt8] = []
    reversed.reserveCapacity(max(minWidth, digits.count + digits.count / 3) + 1)
    var useSeparator = false
    let separatorLength = separator == nil ? 0 : 1

    func fill(chars: Int, zeros: Int) {
        if useSeparator, let separator { reversed.append(separator) }
        var i = digitsPos
        for _ in 0..<chars {
            i -= 1
            reversed.append(digits[i])
        }
        digitsPos = i
        if zeros > 0 { reversed.append(contentsOf: repeatElement(ASCII.zero, count: zeros)) }
    }

    var loopBroken = false
    if groupSize > 0 {
        while true {
            let len = min(groupSize, max(max(remaining, minWidth), 1))
            let nZeros = max(0, len - remaining)
            let nChars = max(0, min(remaining, len))
            fill(chars: nChars, zeros: nZeros)
            useSeparator = true
            remaining -= nChars
            minWidth -= len
            if remaining <= 0 && minWidth <= 0 {
                loopBroken = true
                break
            }
            minWidth -= separatorLength
        }
    }
    if !loopBroken {
        let len = max(max(remaining, minWidth), 1)
        let nZeros = max(0, len - remaining)
        let nChars = max(0, min(remaining, len))
        fill(chars: nChars, zeros: nZeros)
    }
    return reversed.reversed()
}

/// The pieces of a formatted number before padding.
private struct NumberParts {
    /// True when the number carries a '-' sign.
    var negative: Bool
    /// "0x", "0b", "0o" or empty.
    var prefix: [UInt8] = []
    /// The integer digits (grouped and zero-padded).
    var digits: ArraySlice<UInt8>
    /// True when a decimal point follows the digits.
    var hasDecimal = false
    /// Everything after the decimal point (or the 'c' character, "inf", ...).
    var remainder: String = ""
    /// Number of Unicode scalars in `remainder`.
    var remainderCount = 0
}

/// Port of `calc_number_widths` + `fill_number`.
private func layoutNumber(
    _ parts: NumberParts, spec: PyFormatSpec, groupSize: Int, separator: UInt8?, toUpper: Bool
) -> String {
    var signChar: UInt8?
    switch spec.sign {
    case "+": signChar = parts.negative ? ASCII.minus : ASCII.plus
    case " ": signChar = parts.negative ? ASCII.minus : ASCII.space
    default: signChar = parts.negative ? ASCII.minus : nil
    }
    let width = spec.width ?? -1
    let nonDigit =
        (signChar == nil ? 0 : 1) + parts.prefix.count + (parts.hasDecimal ? 1 : 0)
        + parts.remainderCount
    let minWidth = (spec.fill == "0" && spec.align == "=") ? width - nonDigit : 0
    var grouped: [UInt8] = []
    if !parts.digits.isEmpty {
        grouped = insertGrouping(
            parts.digits, minWidth: minWidth, groupSize: groupSize,
            separator: separator)
    }
    let padding = width - (nonDigit + grouped.count)
    var lpad = 0, spad = 0, rpad = 0
    if padding > 0 {
        switch spec.align {
        case "<": rpad = padding
        case "^":
            lpad = padding / 2
            rpad = padding - lpad
        case "=": spad = padding
        default: lpad = padding
        }
    }
    var out = String()
    out.reserveCapacity(max(width, 0) + grouped.count + parts.remainderCount + 4)
    let fill = Character(spec.fill)
    if lpad > 0 { out.append(String(repeating: fill, count: lpad)) }
    var head: [UInt8] = []
    if let signChar { head.append(signChar) }
    head.append(contentsOf: toUpper ? parts.prefix.map(ASCII.upper) : parts.prefix)
    out.append(asciiString(head))
    if spad > 0 { out.append(String(repeating: fill, count: spad)) }
    if toUpper {
        for i in grouped.indices { grouped[i] = ASCII.upper(grouped[i]) }
    }
    if parts.hasDecimal { grouped.append(ASCII.dot) }
    out.append(asciiString(grouped))
    out.append(parts.remainder)
    if rpad > 0 { out.append(String(repeating: fill, count: rpad)) }
    return out
}

/// Group size and separator for a spec's grouping option.
private func groupingInfo(_ grouping: PyFormatSpec.Grouping) -> (Int, UInt8?) {
    switch grouping {
    case .none: return (0, nil)
    case .comma: return (3, UInt8(ascii: ","))
    case .underscore: return (3, UInt8(ascii: "_"))
    case .underscoreFour: return (4, UInt8(ascii: "_"))
    }
}

// MARK: - int.__format__

/// CPython's `format(value, spec)` for an int: types `b c d o x X n` and none,
/// plus `e E f F g G %` (converted to float first). `typeName` is used in
/// error messages. An empty spec returns `str(value)` (callers formatting a
/// bool must handle the empty spec themselves: it gives `True`/`False`).
func pyFormat(int value: BigInt, spec: String, typeName: String = "int") throws(PyFormatError) -> String {
    if spec.isEmpty { return String(value) }
    let parsed = try PyFormatSpec(
        parsing: spec, defaultType: "d", defaultAlign: ">",
        typeName: typeName)
    switch parsed.type {
    case "b", "c", "d", "o", "x", "X", "n":
        return try formatLong(value, parsed)
    case "e", "E", "f", "F", "g", "G", "%":
        return try formatFloat(try pyIntToDouble(value), parsed)
    default:
        throw unknownPresentationType(parsed.type, typeName)
    }
}

/// The digits of `|value|` in `radix` (fast path for values that fit in 64 bits).
private func magnitudeDigits(_ value: BigInt, radix: Int, uppercase: Bool) -> String {
    if let small = UInt64(exactly: value.magnitude) {
        return String(small, radix: radix, uppercase: uppercase)
    }
    return String(value.magnitude, radix: radix, uppercase: uppercase)
}

/// Port of `format_long_internal`.
private func formatLong(_ value: BigInt, _ spec: PyFormatSpec) throws(PyFormatError) -> String {
    if spec.precision != nil {
        throw .value("Precision not allowed in integer format specifier")
    }
    if spec.noNegativeZero {
        throw .value("Negative zero coercion (z) not allowed in integer format specifier")
    }
    let type = spec.type ?? "d"
    if type == "c" {
        if spec.sign != nil {
            throw .value("Sign not allowed with integer format specifier 'c'")
        }
        if spec.alternate {
            throw .value("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        guard let x = Int64(exactly: value) else {
            throw .overflow("Python int too large to convert to C long")
        }
        if x < 0 || x > 0x10ffff {
            throw .overflow("%c arg not in range(0x110000)")
        }
        // Lone surrogates cannot live in a Swift String; they become U+FFFD.
        let scalar = Unicode.Scalar(UInt32(x)) ?? "\u{FFFD}"
        let parts = NumberParts(
            negative: false, digits: [], remainder: String(Character(scalar)),
            remainderCount: 1)
        return layoutNumber(parts, spec: spec, groupSize: 0, separator: nil, toUpper: false)
    }
    let base: Int
    var prefix: [UInt8] = []
    switch type {
    case "b":
        base = 2
        prefix = Array("0b".utf8)
    case "o":
        base = 8
        prefix = Array("0o".utf8)
    case "x", "X":
        base = 16
        prefix = Array("0x".utf8)
    default:
        base = 10
    }
    let negative = value.sign == .minus && !value.isZero
    let digits = Array(magnitudeDigits(value, radix: base, uppercase: false).utf8)
    // Fast path: nothing to pad, sign, group or uppercase.
    if spec.sign != "+" && spec.sign != " " && spec.width == nil && type != "X" && type != "n"
        && spec.grouping == .none
    {
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + 3)
        if negative { out.append(ASCII.minus) }
        if spec.alternate { out.append(contentsOf: prefix) }
        out.append(contentsOf: digits)
        return asciiString(out)
    }
    let parts = NumberParts(
        negative: negative, prefix: spec.alternate ? prefix : [],
        digits: digits[...])
    let (groupSize, separator) = type == "n" ? (0, nil) : groupingInfo(spec.grouping)
    return layoutNumber(
        parts, spec: spec, groupSize: groupSize, separator: separator,
        toUpper: type == "X")
}

// MARK: - float.__format__

/// CPython's `format(value, spec)` for a float: types `e E f F g G n %` and
/// none (repr-like without precision; with a precision like 'g' but keeping
/// a ".0"), with the `z`, `#`, grouping and padding options. An empty spec
/// returns `str(value)`. `typeName` is used in error messages.
func pyFormat(float value: Double, spec: String, typeName: String = "float") throws(PyFormatError) -> String {
    if spec.isEmpty { return pyFloatRepr(value) }
    let parsed = try PyFormatSpec(
        parsing: spec, defaultType: nil, defaultAlign: ">",
        typeName: typeName)
    switch parsed.type {
    case nil, "e", "E", "f", "F", "g", "G", "n", "%":
        return try formatFloat(value, parsed)
    default:
        throw unknownPresentationType(parsed.type, typeName)
    }
}

/// Port of `format_float_internal`.
private func formatFloat(_ value: Double, _ spec: PyFormatSpec) throws(PyFormatError) -> String {
    if let p = spec.precision, p > Int(Int32.max) {
        throw .value("precision too big")
    }
    var precision = spec.precision ?? -1
    var flags: DoubleToStringFlags = []
    if spec.alternate { flags.insert(.alt) }
    if spec.noNegativeZero { flags.insert(.noNegativeZero) }
    var type: UInt8
    var defaultPrecision = 6
    if let t = spec.type {
        type = UInt8(truncatingIfNeeded: t.value)
    } else {
        flags.insert(.addDot0)
        type = UInt8(ascii: "r")
        defaultPrecision = 0
    }
    if type == UInt8(ascii: "n") { type = UInt8(ascii: "g") }
    var x = value
    var addPercent = false
    if type == ASCII.percent {
        type = UInt8(ascii: "f")
        x *= 100
        addPercent = true
    }
    if precision < 0 {
        precision = defaultPrecision
    } else if type == UInt8(ascii: "r") {
        type = UInt8(ascii: "g")
    }
    var buffer = doubleToString(x, code: type, precision: precision, flags: flags)
    if addPercent { buffer.append(ASCII.percent) }

    let isN = spec.type == "n"
    if spec.sign != "+" && spec.sign != " " && spec.width == nil && !isN
        && spec.grouping == .none
    {
        return asciiString(buffer)
    }
    var index = 0
    var negative = false
    if buffer.first == ASCII.minus {
        negative = true
        index = 1
    }
    // parse_number: leading digits, optional decimal point, remainder.
    var pos = index
    while pos < buffer.count && ASCII.isDigit(buffer[pos]) { pos += 1 }
    let hasDecimal = pos < buffer.count && buffer[pos] == ASCII.dot
    let remainderStart = hasDecimal ? pos + 1 : pos
    let remainder = buffer[remainderStart...]
    let parts = NumberParts(
        negative: negative, digits: buffer[index..<pos], hasDecimal: hasDecimal,
        remainder: asciiString(remainder), remainderCount: remainder.count)
    let (groupSize, separator) = isN ? (0, nil) : groupingInfo(spec.grouping)
    return layoutNumber(
        parts, spec: spec, groupSize: groupSize, separator: separator,
        toUpper: false)
}

// MARK: - str.__format__

/// CPython's `format(value, spec)` for a str: type `s` or none, fill, align
/// (`<` default), width and precision (truncation), counted in Unicode scalars.
/// `typeName` is used in error messages.
func pyFormat(string value: String, spec: String, typeName: String = "str") throws(PyFormatError) -> String {
    if spec.isEmpty { return value }
    let parsed = try PyFormatSpec(
        parsing: spec, defaultType: "s", defaultAlign: "<",
        typeName: typeName)
    guard parsed.type == "s" else {
        throw unknownPresentationType(parsed.type, typeName)
    }
    if let sign = parsed.sign {
        throw .value(
            sign == " "
                ? "Space not allowed in string format specifier"
                : "Sign not allowed in string format specifier")
    }
    if parsed.noNegativeZero {
        throw .value("Negative zero coercion (z) not allowed in string format specifier")
    }
    if parsed.alternate {
        throw .value("Alternate form (#) not allowed in string format specifier")
    }
    if parsed.align == "=" {
        throw .value("'=' alignment not allowed in string format specifier")
    }
    let scalars = value.unicodeScalars
    var length = scalars.count
    if (parsed.width.map { $0 <= length } ?? true)
        && (parsed.precision.map { $0 >= length } ?? true)
    {
        return value
    }
    if let p = parsed.precision, length >= p { length = p }
    let total = max(parsed.width ?? length, length)
    let lpad: Int
    switch parsed.align {
    case ">": lpad = total - length
    case "^": lpad = (total - length) / 2
    default: lpad = 0
    }
    let rpad = total - length - lpad
    let fill = Character(parsed.fill)
    var out = String()
    if lpad > 0 { out.append(String(repeating: fill, count: lpad)) }
    if length == scalars.count {
        out.append(value)
    } else {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(length))
        out.append(String(view))
    }
    if rpad > 0 { out.append(String(repeating: fill, count: rpad)) }
    return out
}

// MARK: - printf-style '%' formatting

/// The flag characters of one `%` conversion.
struct PyPercentFlags: OptionSet, Sendable, Hashable {
    /// The flag bits.
    let rawValue: UInt8

    /// Creates flags from their raw bits.
    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `-`: left-adjust within the width.
    static let leftAdjust = PyPercentFlags(rawValue: 1 << 0)
    /// `+`: always show a sign.
    static let sign = PyPercentFlags(rawValue: 1 << 1)
    /// ` `: a space before non-negative numbers.
    static let blank = PyPercentFlags(rawValue: 1 << 2)
    /// `#`: alternate form.
    static let alternate = PyPercentFlags(rawValue: 1 << 3)
    /// `0`: zero padding (numeric conversions only).
    static let zeroPad = PyPercentFlags(rawValue: 1 << 4)

    /// The flag for one flag character (`-`, `+`, ` `, `#`, `0`), nil for any
    /// other character (which ends the flags of a conversion).
    init?(flag: Character) {
        switch flag {
        case "-": self = .leftAdjust
        case "+": self = .sign
        case " ": self = .blank
        case "#": self = .alternate
        case "0": self = .zeroPad
        default: return nil
        }
    }

    /// Parses a run of flag characters (`-+ #0`); other characters are ignored.
    init<S: Sequence>(characters: S) where S.Element == Character {
        var flags: PyPercentFlags = []
        for c in characters {
            switch c {
            case "-": flags.insert(.leftAdjust)
            case "+": flags.insert(.sign)
            case " ": flags.insert(.blank)
            case "#": flags.insert(.alternate)
            case "0": flags.insert(.zeroPad)
            default: break
            }
        }
        self = flags
    }
}

/// Error for a conversion character `%` does not know. CPython appends
/// ` at index N` (the position in the format string), which only the caller
/// knows, so the message here ends before that.
private func unsupportedConversion(_ c: Character) -> PyFormatError {
    let value = c.unicodeScalars.first?.value ?? 0
    let shown: String
    if value >= 31 && value <= 126 {
        shown = String(c)
    } else {
        shown = "?"
    }
    return .value("unsupported format character '\(shown)' (0x\(String(value, radix: 16)))")
}

/// One `%d %i %u %o %x %X %e %E %f %F %g %G %c` conversion of an int
/// (`%s`, `%r`, `%a`, `%%`, `*` and argument matching are the caller's job;
/// `width`/`precision` are nil when absent and already non-negative, with a
/// negative `*` width turned into `.leftAdjust` by the caller).
/// For an unknown conversion the error message lacks CPython's trailing
/// ` at index N`, which the caller should append.
func pyPercent(
    int value: BigInt, flags: PyPercentFlags, width: Int?, precision: Int?, conversion: Character
) throws(PyFormatError) -> String {
    switch conversion {
    case "d", "i", "u", "o", "x", "X":
        let text = try percentFormatLong(
            value, flags: flags, precision: precision,
            conversion: conversion)
        return percentOutput(
            Array(text.unicodeScalars), isNumber: true, flags: flags,
            width: width, precision: precision, conversion: conversion)
    case "e", "E", "f", "F", "g", "G":
        return try pyPercent(
            float: try pyIntToDouble(value), flags: flags, width: width,
            precision: precision, conversion: conversion)
    case "c":
        guard let x = Int64(exactly: value), x >= 0, x <= 0x10ffff else {
            throw .overflow("%c arg not in range(0x110000)")
        }
        // Lone surrogates cannot live in a Swift String; they become U+FFFD.
        let scalar = Unicode.Scalar(UInt32(x)) ?? "\u{FFFD}"
        return percentOutput(
            [scalar], isNumber: false, flags: flags, width: width,
            precision: precision, conversion: conversion)
    default:
        throw unsupportedConversion(conversion)
    }
}

/// One `%e %E %f %F %g %G %d %i %u %o %x %X %c` conversion of a float
/// (see `pyPercent(int:...)` for the division of labour with the caller).
/// `%d`/`%i`/`%u` truncate to int; `%o %x %X %c` raise CPython's TypeErrors,
/// naming `typeName`.
func pyPercent(
    float value: Double, flags: PyPercentFlags, width: Int?, precision: Int?, conversion: Character,
    typeName: String = "float"
) throws(PyFormatError) -> String {
    switch conversion {
    case "e", "E", "f", "F", "g", "G":
        var dtsf: DoubleToStringFlags = []
        if flags.contains(.alternate) { dtsf.insert(.alt) }
        let code = conversion.asciiValue ?? UInt8(ascii: "g")
        let text = doubleToString(value, code: code, precision: precision ?? 6, flags: dtsf)
        return percentOutput(
            text.map { Unicode.Scalar($0) }, isNumber: true, flags: flags,
            width: width, precision: precision, conversion: conversion)
    case "d", "i", "u":
        return try pyPercent(
            int: try pyDoubleToInt(value), flags: flags, width: width,
            precision: precision, conversion: conversion)
    case "o", "x", "X":
        throw .type("%\(conversion) format: an integer is required, not \(typeName)")
    case "c":
        throw .type("%c requires int or char")
    default:
        throw unsupportedConversion(conversion)
    }
}

/// Port of `_PyUnicode_FormatLong`: digits with '-' sign, `0o`/`0x` prefix
/// under '#', zero-extended to `precision` digits, uppercased for 'X'.
private func percentFormatLong(
    _ value: BigInt, flags: PyPercentFlags, precision: Int?, conversion: Character
) throws(PyFormatError) -> String {
    let prec = precision ?? -1
    if prec > Int(Int32.max) - 3 {
        throw .overflow("precision too large")
    }
    let base: Int
    var prefix = ""
    switch conversion {
    case "o":
        base = 8
        prefix = "0o"
    case "x", "X":
        base = 16
        prefix = "0x"
    default:
        base = 10
    }
    let digits = magnitudeDigits(value, radix: base, uppercase: conversion == "X")
    var out = value.sign == .minus && !value.isZero ? "-" : ""
    if flags.contains(.alternate) && base != 10 {
        out += conversion == "X" ? "0X" : prefix
    }
    if prec > digits.utf8.count {
        out += String(repeating: "0", count: prec - digits.utf8.count)
    }
    out += digits
    return out
}

/// Port of `unicode_format_arg_output` (for numeric conversions and `%c`):
/// sign placement, `#` prefix placement, zero or space padding, left adjust.
private func percentOutput(
    _ text: [Unicode.Scalar], isNumber: Bool, flags: PyPercentFlags, width widthIn: Int?,
    precision: Int?, conversion: Character
) -> String {
    var width = widthIn ?? -1
    let prec = precision ?? -1
    var argSign = isNumber
    let fill: Unicode.Scalar = (argSign && flags.contains(.zeroPad)) ? "0" : " "
    var len = text.count
    if (width == -1 || width <= len) && (prec == -1 || prec >= len)
        && !flags.contains(.sign) && !flags.contains(.blank)
    {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text)
        return String(view)
    }
    var pindex = 0
    var signChar: Unicode.Scalar = " "
    if argSign {
        let ch = text.first ?? " "
        if ch == "-" || ch == "+" {
            signChar = ch
            len -= 1
            pindex += 1
        } else if flags.contains(.sign) {
            signChar = "+"
        } else if flags.contains(.blank) {
            signChar = " "
        } else {
            argSign = false
        }
    }
    if width < len { width = len }
    var out = String.UnicodeScalarView()
    if argSign {
        if fill != " " { out.append(signChar) }
        if width > len { width -= 1 }
    }
    let altPrefix =
        flags.contains(.alternate)
        && (conversion == "x" || conversion == "X" || conversion == "o")
    let conversionScalar = conversion.unicodeScalars.first ?? "x"
    if altPrefix {
        if fill != " " {
            out.append("0")
            out.append(conversionScalar)
            pindex += 2
        }
        width -= 2
        if width < 0 { width = 0 }
        len -= 2
    }
    if width > len && !flags.contains(.leftAdjust) {
        out.append(contentsOf: repeatElement(fill, count: width - len))
        width = len
    }
    if fill == " " {
        if argSign { out.append(signChar) }
        if altPrefix {
            out.append("0")
            out.append(conversionScalar)
            pindex += 2
        }
    }
    if len > 0 && pindex < text.count {
        out.append(contentsOf: text[pindex..<min(text.count, pindex + len)])
    }
    if width > len {
        out.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: width - len))
    }
    return String(out)
}
