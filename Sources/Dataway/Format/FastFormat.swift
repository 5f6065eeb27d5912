// FastFormat.swift
//
// Allocation-free formatting of the common cases straight into a UTF-8 byte buffer: str with
// fill/align/width/precision, machine ints in bases 2/8/10/16 with sign, `#`, `0`, width and
// grouping, finite floats with 'f'/'F'/'%' and a precision. Each writer returns false, having
// written nothing, when its value/spec pair needs the general path of PyFormat.swift (which then
// produces CPython's result or error); the output is byte-identical to that path's.

/// Fast `format(value, spec)` writers; see the file comment.
enum FastFormat {
    /// Appends `count` copies of the fill character `fill`.
    @inline(__always)
    static func pad(_ fill: UInt32, _ count: Int, _ out: inout ByteSink) {
        guard count > 0 else { return }
        if fill < 0x80 {
            out.append(repeating: UInt8(truncatingIfNeeded: fill), count: count)
            return
        }
        for _ in 0..<count { appendScalar(fill, &out) }
    }

    /// Appends one Unicode scalar as UTF-8.
    @inline(__always)
    static func appendScalar(_ v: UInt32, _ out: inout ByteSink) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if let u = Unicode.Scalar(v) {
            UTF8.encode(u) { out.append($0) }
        }
    }

    /// Appends the decimal digits of `v`.
    @inline(__always)
    static func appendDecimal(_ v: UInt64, _ out: inout ByteSink) {
        appendDigits(v, base: 10, upper: false, groupSize: 0, separator: 0, &out)
    }

    /// Number of digits of `v` in `base` (a power of two or 10).
    @inline(__always)
    static func digitCount(_ v: UInt64, base: UInt64) -> Int {
        if v == 0 { return 1 }
        switch base {
        case 16: return (64 - v.leadingZeroBitCount + 3) / 4
        case 8: return (64 - v.leadingZeroBitCount + 2) / 3
        case 2: return 64 - v.leadingZeroBitCount
        default:
            var n = 1
            var x = v
            while x >= 10_000 {
                x /= 10_000
                n += 4
            }
            while x >= 10 {
                x /= 10
                n += 1
            }
            return n
        }
    }

    /// Appends the digits of `v` in `base`, with `separator` between groups of `groupSize` digits
    /// counted from the right (`groupSize` 0: no grouping).
    @inline(__always)
    static func appendDigits(
        _ v: UInt64, base: UInt64, upper: Bool, groupSize: Int, separator: UInt8, _ out: inout ByteSink
    ) {
        // At most 64 binary digits and 15 separators, written right to left.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buf in
            guard let p = buf.baseAddress else { return }
            let letters: UInt8 = upper ? UInt8(ascii: "A") - 10 : UInt8(ascii: "a") - 10
            var i = 96
            var x = v
            var inGroup = 0
            repeat {
                if groupSize > 0 && inGroup == groupSize {
                    i -= 1
                    p[i] = separator
                    inGroup = 0
                }
                let d: UInt8
                if base == 10 {
                    d = UInt8(truncatingIfNeeded: x % 10)
                    x /= 10
                } else {
                    d = UInt8(truncatingIfNeeded: x & (base - 1))
                    x >>= UInt64(base.trailingZeroBitCount)
                }
                i -= 1
                p[i] = d < 10 ? d + UInt8(ascii: "0") : d + letters
                inGroup += 1
            } while x != 0
            out.append(contentsOf: UnsafeBufferPointer(start: p + i, count: 96 - i))
        }
    }

    /// Left, sign-aware (`=`) and right padding for `length` scalars in `width`.
    @inline(__always)
    static func padding(width: Int, length: Int, align: UInt8) -> (left: Int, inner: Int, right: Int) {
        let padding = width - length
        guard padding > 0 else { return (0, 0, 0) }
        switch align {
        case UInt8(ascii: "<"): return (0, 0, padding)
        case UInt8(ascii: "^"): return (padding / 2, 0, padding - padding / 2)
        case UInt8(ascii: "="): return (0, padding, 0)
        default: return (padding, 0, 0)
        }
    }

    // MARK: str

    /// `format(s, spec)` for a str `s`: type `s` or none, fill/align (not `=`), width, precision.
    static func appendStr(_ s: PyStr, _ spec: FastFormatSpec, _ out: inout ByteSink) -> Bool {
        guard spec.type == 0 || spec.type == UInt8(ascii: "s"), spec.sign == 0, !spec.noNegativeZero,
            !spec.alternate, spec.grouping == 0, spec.align != UInt8(ascii: "=")
        else { return false }
        var length = s.count
        if spec.precision >= 0 && spec.precision < length {
            // Truncation counts code points; only ASCII text is cut here.
            guard s.isASCII else { return false }
            length = spec.precision
        }
        let (left, _, right) = padding(width: spec.width, length: length, align: spec.resolvedAlign(defaultAlign: UInt8(ascii: "<")))
        let fill = spec.resolvedFill
        pad(fill, left, &out)
        appendUTF8(s, prefix: length, &out)
        pad(fill, right, &out)
        return true
    }

    /// Appends the first `prefix` code points of `s` (all of them, or ASCII text).
    @inline(__always)
    static func appendUTF8(_ s: PyStr, prefix: Int, _ out: inout ByteSink) {
        let all = prefix == s.count
        let done: Void? = s.value.utf8.withContiguousStorageIfAvailable { u in
            out.append(contentsOf: all ? u : UnsafeBufferPointer(rebasing: u[0..<prefix]))
        }
        if done == nil { for b in all ? Array(s.value.utf8) : Array(s.value.utf8.prefix(prefix)) { out.append(b) } }
    }

    // MARK: int

    /// `format(i, spec)` for a machine int: types `d`, `x`, `X`, `o`, `b` and none, with sign,
    /// `#`, fill/align, `0`, width and `,`/`_` grouping (not zero padding through the grouping).
    static func appendInt(_ value: Int, _ spec: FastFormatSpec, _ out: inout ByteSink) -> Bool {
        guard spec.precision < 0, !spec.noNegativeZero else { return false }
        let base: UInt64
        var prefix: UInt8 = 0
        switch spec.type {
        case 0, UInt8(ascii: "d"): base = 10
        case UInt8(ascii: "x"), UInt8(ascii: "X"):
            base = 16
            prefix = spec.type
        case UInt8(ascii: "o"):
            base = 8
            prefix = spec.type
        case UInt8(ascii: "b"):
            base = 2
            prefix = spec.type
        default: return false
        }
        var groupSize = 0
        var separator: UInt8 = 0
        if spec.grouping == UInt8(ascii: ",") {
            guard base == 10 else { return false }
            groupSize = 3
            separator = spec.grouping
        } else if spec.grouping == UInt8(ascii: "_") {
            groupSize = base == 10 ? 3 : 4
            separator = spec.grouping
        }
        let fill = spec.resolvedFill
        let align = spec.resolvedAlign(defaultAlign: UInt8(ascii: ">"))
        // Zero padding through the separators: the general path.
        if groupSize > 0 && fill == 0x30 && align == UInt8(ascii: "=") && spec.width > 0 { return false }
        let negative = value < 0
        let magnitude = value.magnitude
        let signByte: UInt8 =
            negative
            ? UInt8(ascii: "-")
            : spec.sign == UInt8(ascii: "+") ? UInt8(ascii: "+") : spec.sign == UInt8(ascii: " ") ? UInt8(ascii: " ") : 0
        let prefixLength = spec.alternate && prefix != 0 ? 2 : 0
        let n = digitCount(UInt64(magnitude), base: base)
        let digitsLength = groupSize > 0 ? n + (n - 1) / groupSize : n
        let length = (signByte == 0 ? 0 : 1) + prefixLength + digitsLength
        let (left, inner, right) = padding(width: spec.width, length: length, align: align)
        pad(fill, left, &out)
        if signByte != 0 { out.append(signByte) }
        if prefixLength != 0 {
            out.append(UInt8(ascii: "0"))
            out.append(prefix)
        }
        pad(fill, inner, &out)
        appendDigits(UInt64(magnitude), base: base, upper: spec.type == UInt8(ascii: "X"), groupSize: groupSize, separator: separator, &out)
        pad(fill, right, &out)
        return true
    }

    // MARK: float

    /// `format(x, spec)` for a finite float with type `f`, `F` or `%` whose scaled value fits in
    /// 64 bits: sign, `z`, `#`, fill/align, `0`, width and grouping (not zero padding through the
    /// grouping).
    static func appendFixed(_ x: Double, _ spec: FastFormatSpec, _ out: inout ByteSink) -> Bool {
        let percent = spec.type == UInt8(ascii: "%")
        guard spec.type == UInt8(ascii: "f") || spec.type == UInt8(ascii: "F") || percent, x.isFinite else { return false }
        let p = spec.precision < 0 ? 6 : spec.precision
        let v = percent ? x * 100 : x
        guard v.isFinite, let scaled = roundScaledFast(v, decimalPlaces: p) else { return false }
        let fill = spec.resolvedFill
        let align = spec.resolvedAlign(defaultAlign: UInt8(ascii: ">"))
        let groupSize = spec.grouping == 0 ? 0 : 3
        if groupSize > 0 && fill == 0x30 && align == UInt8(ascii: "=") && spec.width > 0 { return false }
        let negative = v.sign == .minus && !(spec.noNegativeZero && scaled == 0)
        let signByte: UInt8 =
            negative
            ? UInt8(ascii: "-")
            : spec.sign == UInt8(ascii: "+") ? UInt8(ascii: "+") : spec.sign == UInt8(ascii: " ") ? UInt8(ascii: " ") : 0
        // scaled = intPart * 10**p + fraction; 10**p may not fit in 64 bits when p > 19.
        var intPart: UInt64 = 0
        var fraction = scaled
        if p <= 19 {
            let power = pow10(p)
            intPart = scaled / power
            fraction = scaled % power
        }
        let n = digitCount(intPart, base: 10)
        let intLength = groupSize > 0 ? n + (n - 1) / groupSize : n
        let hasPoint = p > 0 || spec.alternate
        let length = (signByte == 0 ? 0 : 1) + intLength + (hasPoint ? 1 : 0) + p + (percent ? 1 : 0)
        let (left, inner, right) = padding(width: spec.width, length: length, align: align)
        pad(fill, left, &out)
        if signByte != 0 { out.append(signByte) }
        pad(fill, inner, &out)
        appendDigits(intPart, base: 10, upper: false, groupSize: groupSize, separator: spec.grouping, &out)
        if hasPoint { out.append(UInt8(ascii: ".")) }
        if p > 0 {
            let fractionDigits = digitCount(fraction, base: 10)
            if p > fractionDigits { out.append(repeating: UInt8(ascii: "0"), count: p - fractionDigits) }
            appendDecimal(fraction, &out)
        }
        if percent { out.append(UInt8(ascii: "%")) }
        pad(fill, right, &out)
        return true
    }

    /// 10**p for p in 0...19.
    @inline(__always)
    static func pow10(_ p: Int) -> UInt64 {
        var r: UInt64 = 1
        for _ in 0..<p { r &*= 10 }
        return r
    }

    // MARK: dispatch

    /// `format(v, spec)` for the value kinds above; false when the general path must do it.
    static func append(_ v: Value, spec: UnsafeBufferPointer<UInt8>, _ out: inout ByteSink) -> Bool {
        switch v {
        case .int(let i):
            if spec.isEmpty {
                appendInt(i, &out)
                return true
            }
            guard let parsed = FastFormatSpec(spec) else { return false }
            return appendInt(i, parsed, &out)
        case .float(let d):
            if spec.isEmpty {
                out.append(pyFloatRepr(d))
                return true
            }
            guard let parsed = FastFormatSpec(spec) else { return false }
            return appendFixed(d, parsed, &out)
        case .object(let o):
            guard o.kind == .str else { return false }
            let s = unsafeDowncast(o, to: PyStr.self)
            if spec.isEmpty {
                appendUTF8(s, prefix: s.count, &out)
                return true
            }
            guard let parsed = FastFormatSpec(spec) else { return false }
            return appendStr(s, parsed, &out)
        default:
            return false
        }
    }

    /// `format(v, spec)` for a parsed non-empty spec; false when the general path must do it.
    @inline(__always)
    static func append(_ v: Value, parsed spec: FastFormatSpec, _ out: inout ByteSink) -> Bool {
        switch v {
        case .int(let i): return appendInt(i, spec, &out)
        case .float(let d): return appendFixed(d, spec, &out)
        case .object(let o):
            guard o.kind == .str else { return false }
            return appendStr(unsafeDowncast(o, to: PyStr.self), spec, &out)
        default: return false
        }
    }

    /// `str(i)` for a machine int.
    @inline(__always)
    static func appendInt(_ i: Int, _ out: inout ByteSink) {
        if i < 0 { out.append(UInt8(ascii: "-")) }
        appendDecimal(UInt64(i.magnitude), &out)
    }
}
