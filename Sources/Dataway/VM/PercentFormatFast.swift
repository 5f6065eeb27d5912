// The common case of `template % args`: conversions `%s`, `%d`/`%i`/`%u` of a machine int and
// `%f`/`%F` of a finite float, with the flags `-+ 0#`, a literal width and precision, one argument
// per conversion. The output is appended to one reusable byte buffer. Anything else (`%(key)s`, `*`,
// length modifiers, other conversions, a dict argument, argument count mismatches) returns nil so
// the general `percentFormat` produces CPython's result or error.

extension VM {
    /// `template % args` for the common case above; nil when the general path must do it.
    func fastPercentFormat(_ template: PyStr, _ args: Value) throws -> Value? {
        try withUnsafePointer(to: args) { p in
            guard let u = peekObject(p) else { return try fastPercentFormat(template, UnsafeBufferPointer(start: p, count: 1)) }
            return try u._withUnsafeGuaranteedRef { o in
                switch o.kind {
                case .tuple:
                    return try unsafeDowncast(o, to: PyTuple.self).items.withUnsafeBufferPointer { try fastPercentFormat(template, $0) }
                case .dict: return nil
                default: return try fastPercentFormat(template, UnsafeBufferPointer(start: p, count: 1))
                }
            }
        }
    }

    private func fastPercentFormat(_ template: PyStr, _ items: UnsafeBufferPointer<Value>) throws -> Value? {
        let result = try template.value.utf8.withContiguousStorageIfAvailable { bytes -> Value? in
            try formatState.withBuffer { out -> Value? in
                out.reserve(bytes.count + 16 * items.count)
                var start = 0
                var i = 0
                var arg = 0
                let n = bytes.count
                while i < n {
                    if bytes[i] != UInt8(ascii: "%") {
                        i += 1
                        continue
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    i += 1
                    guard i < n else { return nil }
                    if bytes[i] == UInt8(ascii: "%") {
                        out.append(UInt8(ascii: "%"))
                        i += 1
                        start = i
                        continue
                    }
                    guard let spec = PercentSpec(bytes, &i), arg < items.count, let base = items.baseAddress else { return nil }
                    start = i
                    guard try appendPercent(base + arg, spec, &out) else { return nil }
                    arg += 1
                }
                guard arg == items.count else { return nil }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<n]))
                try checkSize(out.count)
                return .str(out.string)
            }
        }
        return result ?? nil
    }

    /// One conversion; false when the general path must do it.
    private func appendPercent(_ slot: UnsafePointer<Value>, _ spec: PercentSpec, _ out: inout ByteSink) throws -> Bool {
        switch spec.conversion {
        case UInt8(ascii: "s"):
            if let u = peekObject(slot), u._withUnsafeGuaranteedRef({ $0.kind == .str }) {
                return u._withUnsafeGuaranteedRef { appendPercentStr(unsafeDowncast($0, to: PyStr.self), spec, &out) }
            }
            let v = slot.pointee
            if case .int(let i) = v {
                let digits = FastFormat.digitCount(UInt64(i.magnitude), base: 10) + (i < 0 ? 1 : 0)
                let length = spec.precision >= 0 ? min(spec.precision, digits) : digits
                guard length == digits else { return false }
                spec.pad(number: false, negative: false, length: length, &out) { FastFormat.appendInt(i, &$0) }
                return true
            }
            return appendPercentStr(PyStr(try pyStr(v)), spec, &out)
        case UInt8(ascii: "d"), UInt8(ascii: "i"), UInt8(ascii: "u"):
            guard case .int(let i) = slot.pointee else { return false }
            let magnitude = UInt64(i.magnitude)
            let digits = FastFormat.digitCount(magnitude, base: 10)
            let zeros = max(0, spec.precision - digits)
            spec.pad(number: true, negative: i < 0, length: zeros + digits, &out) { out in
                if zeros > 0 { out.append(repeating: UInt8(ascii: "0"), count: zeros) }
                FastFormat.appendDecimal(magnitude, &out)
            }
            return true
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            let x: Double
            switch slot.pointee {
            case .float(let d): x = d
            case .int(let i): x = Double(i)
            default: return false
            }
            let p = spec.precision < 0 ? 6 : spec.precision
            guard x.isFinite, let scaled = roundScaledFast(x, decimalPlaces: p), p <= 19 else { return false }
            let power = FastFormat.pow10(p)
            let intPart = scaled / power
            let fraction = scaled % power
            let hasPoint = p > 0 || spec.flags.contains(.alternate)
            let length = FastFormat.digitCount(intPart, base: 10) + (hasPoint ? 1 : 0) + p
            spec.pad(number: true, negative: x.sign == .minus, length: length, &out) { out in
                FastFormat.appendDecimal(intPart, &out)
                if hasPoint { out.append(UInt8(ascii: ".")) }
                if p > 0 {
                    out.append(repeating: UInt8(ascii: "0"), count: p - FastFormat.digitCount(fraction, base: 10))
                    FastFormat.appendDecimal(fraction, &out)
                }
            }
            return true
        default:
            return false
        }
    }
}

/// `%s` of a str: precision (ASCII text only) and width.
private func appendPercentStr(_ s: PyStr, _ spec: PercentSpec, _ out: inout ByteSink) -> Bool {
    var length = s.count
    if spec.precision >= 0 && spec.precision < length {
        guard s.isASCII else { return false }
        length = spec.precision
    }
    spec.pad(number: false, negative: false, length: length, &out) { FastFormat.appendUTF8(s, prefix: length, &$0) }
    return true
}

/// One parsed `%[flags][width][.precision]conversion` (without `(key)`, `*` or length modifiers).
private struct PercentSpec {
    var flags: PyPercentFlags = []
    var width = -1
    var precision = -1
    var conversion: UInt8 = 0

    /// Parses the conversion after a `%` at `i` (moved past it); nil for forms the fast path leaves
    /// to the general one.
    init?(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        let n = s.count
        flagLoop: while i < n {
            switch s[i] {
            case UInt8(ascii: "-"): flags.insert(.leftAdjust)
            case UInt8(ascii: "+"): flags.insert(.sign)
            case UInt8(ascii: " "): flags.insert(.blank)
            case UInt8(ascii: "#"): flags.insert(.alternate)
            case UInt8(ascii: "0"): flags.insert(.zeroPad)
            default: break flagLoop
            }
            i += 1
        }
        guard let w = Self.number(s, &i) else { return nil }
        width = w
        if i < n && s[i] == UInt8(ascii: ".") {
            i += 1
            guard let p = Self.number(s, &i) else { return nil }
            precision = max(p, 0)
        }
        guard i < n, s[i] < 0x80 else { return nil }
        conversion = s[i]
        i += 1
    }

    /// ASCII digits at `i`: their value, -1 when none, nil when too many.
    private static func number(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
        var v = -1
        while i < s.count, s[i] >= UInt8(ascii: "0"), s[i] <= UInt8(ascii: "9") {
            v = max(v, 0) * 10 + Int(s[i] - UInt8(ascii: "0"))
            if v > FastFormatSpec.maxNumber { return nil }
            i += 1
        }
        return v
    }

    /// Port of `unicode_format_arg_output`: writes the sign (for a number), the padding and the
    /// `length` scalars that `body` appends.
    @inline(__always)
    func pad(number: Bool, negative: Bool, length: Int, _ out: inout ByteSink, _ body: (inout ByteSink) -> Void) {
        var signChar: UInt8 = 0
        if number {
            signChar =
                negative
                ? UInt8(ascii: "-")
                : flags.contains(.sign) ? UInt8(ascii: "+") : flags.contains(.blank) ? UInt8(ascii: " ") : 0
        }
        let fill: UInt8 = number && flags.contains(.zeroPad) ? UInt8(ascii: "0") : UInt8(ascii: " ")
        var width = max(width, length)
        if signChar != 0 {
            if fill != UInt8(ascii: " ") { out.append(signChar) }
            if width > length { width -= 1 }
        }
        if width > length && !flags.contains(.leftAdjust) {
            out.append(repeating: fill, count: width - length)
            width = length
        }
        if fill == UInt8(ascii: " ") && signChar != 0 { out.append(signChar) }
        body(&out)
        if width > length { out.append(repeating: UInt8(ascii: " "), count: width - length) }
    }
}
