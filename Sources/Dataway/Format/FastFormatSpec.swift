// FastFormatSpec.swift
//
// A format spec read straight from its UTF-8 bytes, without the defaults of the type being
// formatted, for the allocation-free formatting fast paths (FastFormat.swift). Anything unusual
// (non-ASCII digits, an invalid spec, both ',' and '_', huge widths) makes the parse fail, and the
// caller then uses the general `PyFormatSpec` path, which produces CPython's result or error.

/// A standard format spec `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, as
/// written (no defaults applied; see `resolvedFill(defaultAlign:)` / `resolvedAlign(defaultAlign:)`).
struct FastFormatSpec {
    /// The fill character given before an alignment (meaningful when `fillSpecified`).
    var fill: UInt32 = 0x20
    /// True when a fill character was written.
    var fillSpecified = false
    /// `<`, `>`, `^`, `=` or 0 when none was written.
    var align: UInt8 = 0
    /// `+`, `-`, ` ` or 0 when none was written.
    var sign: UInt8 = 0
    /// The `z` flag.
    var noNegativeZero = false
    /// The `#` flag.
    var alternate = false
    /// The `0` flag (only when no fill was written: after a fill, a `0` starts the width).
    var zero = false
    /// The minimum width, -1 when not given.
    var width = -1
    /// `,`, `_` or 0.
    var grouping: UInt8 = 0
    /// The precision, -1 when not given.
    var precision = -1
    /// The presentation type (ASCII), 0 when not given.
    var type: UInt8 = 0

    /// Widths and precisions above this take the general path (which also applies the limits).
    static let maxNumber = 9_999

    /// Parses `spec`; nil when it is not a valid spec the fast paths understand.
    init?(_ spec: UnsafeBufferPointer<UInt8>) {
        let end = spec.count
        var pos = 0
        @inline(__always) func isAlign(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "=") || c == UInt8(ascii: "^")
        }
        if end == 0 { return }
        let first = spec[0]
        if first >= 0x80 {
            // A non-ASCII fill character, which must be followed by an alignment.
            let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
            guard length < end, isAlign(spec[length]) else { return nil }
            var scalar = UInt32(first) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for i in 1..<length { scalar = scalar << 6 | UInt32(spec[i] & 0x3F) }
            fill = scalar
            fillSpecified = true
            align = spec[length]
            pos = length + 1
        } else if end >= 2 && isAlign(spec[1]) {
            fill = UInt32(first)
            fillSpecified = true
            align = spec[1]
            pos = 2
        } else if isAlign(first) {
            align = first
            pos = 1
        }
        if pos < end && (spec[pos] == UInt8(ascii: "+") || spec[pos] == UInt8(ascii: "-") || spec[pos] == UInt8(ascii: " ")) {
            sign = spec[pos]
            pos += 1
        }
        if pos < end && spec[pos] == UInt8(ascii: "z") {
            noNegativeZero = true
            pos += 1
        }
        if pos < end && spec[pos] == UInt8(ascii: "#") {
            alternate = true
            pos += 1
        }
        if !fillSpecified && pos < end && spec[pos] == UInt8(ascii: "0") {
            zero = true
            pos += 1
        }
        guard let w = Self.number(spec, &pos) else { return nil }
        width = w
        if pos < end && (spec[pos] == UInt8(ascii: ",") || spec[pos] == UInt8(ascii: "_")) {
            grouping = spec[pos]
            pos += 1
            // Both ',' and '_' is an error: the general path raises it.
            if pos < end && (spec[pos] == UInt8(ascii: ",") || spec[pos] == UInt8(ascii: "_")) { return nil }
        }
        if pos < end && spec[pos] == UInt8(ascii: ".") {
            pos += 1
            guard let p = Self.number(spec, &pos), p >= 0 else { return nil }
            precision = p
        }
        if pos == end - 1 {
            guard spec[pos] < 0x80 else { return nil }
            type = spec[pos]
        } else if pos != end {
            return nil
        }
    }

    /// A run of ASCII digits at `pos`: its value, -1 when there is none, nil when it is too large
    /// or continues with a non-ASCII character (which may be a Unicode digit).
    private static func number(_ s: UnsafeBufferPointer<UInt8>, _ pos: inout Int) -> Int? {
        var value = -1
        while pos < s.count {
            let c = s[pos]
            if c >= 0x80 { return nil }
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { break }
            value = max(value, 0) * 10 + Int(c - UInt8(ascii: "0"))
            if value > maxNumber { return nil }
            pos += 1
        }
        return value
    }

    /// The fill character once the `0` flag is applied.
    @inline(__always) var resolvedFill: UInt32 {
        fillSpecified ? fill : zero ? 0x30 : 0x20
    }

    /// The alignment once defaults are applied (`>` for numbers, `<` for str).
    @inline(__always) func resolvedAlign(defaultAlign: UInt8) -> UInt8 {
        if align != 0 { return align }
        if zero && defaultAlign == UInt8(ascii: ">") { return UInt8(ascii: "=") }
        return defaultAlign
    }
}
