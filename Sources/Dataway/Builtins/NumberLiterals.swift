/// Byte-level parsing of `int()` literals in ASCII text, the common case, without building any
/// intermediate string. Text it cannot decide (non-ASCII digits or whitespace, values beyond `Int`)
/// goes to the general parser in `Convert.parseInt`.
enum IntLiteral {
    enum Outcome {
        case value(Int)
        /// Not a valid literal in this base: CPython's "invalid literal" error.
        case invalid
        /// Needs the general parser.
        case undecided
    }

    /// Python's `int(text, base)` grammar on ASCII bytes: surrounding whitespace, a sign, a prefix
    /// matching the base (base 0 infers it), digits with single underscores between them.
    static func parse(_ u: UnsafeBufferPointer<UInt8>, base: Int) -> Outcome {
        // Long digit strings meet CPython's digit limit (leading zeros count too): general parser.
        if u.count > 4300 { return .undecided }
        var i = 0
        var e = u.count
        for b in u where b >= 0x80 { return .undecided }
        while i < e && isSpace(u[i]) { i += 1 }
        while e > i && isSpace(u[e - 1]) { e -= 1 }
        var negative = false
        if i < e && (u[i] == 0x2B || u[i] == 0x2D) {
            negative = u[i] == 0x2D
            i += 1
        }
        var radix = base
        var hadPrefix = false
        if e - i >= 2 && u[i] == 0x30 {
            let p = u[i + 1] | 0x20
            let prefixed = p == 0x78 ? 16 : p == 0x6F ? 8 : p == 0x62 ? 2 : 0
            if prefixed != 0 && (base == 0 || base == prefixed) {
                radix = prefixed
                hadPrefix = true
                i += 2
                if i < e && u[i] == 0x5F { i += 1 }
            }
        }
        if radix == 0 { radix = 10 }
        let leadingZero = i < e && u[i] == 0x30
        var value = 0
        var afterDigit = false
        while i < e {
            let c = u[i]
            i += 1
            if c == 0x5F {
                if !afterDigit { return .invalid }
                afterDigit = false
                continue
            }
            let d: Int
            switch c {
            case 0x30...0x39: d = Int(c) - 0x30
            case 0x61...0x7A: d = Int(c) - 0x61 + 10
            case 0x41...0x5A: d = Int(c) - 0x41 + 10
            default: return .invalid
            }
            if d >= radix { return .invalid }
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return .undecided }
            value = s
            afterDigit = true
        }
        // Empty, or ending in an underscore.
        if !afterDigit { return .invalid }
        // Base 0 does not take leading zeros on a non-zero decimal ("010").
        if base == 0 && !hadPrefix && leadingZero && value != 0 { return .invalid }
        return .value(negative ? -value : value)
    }

    /// The whitespace `int()` strips from ASCII text (CPython maps the other Unicode spaces, such as
    /// U+001C, to blanks only in non-ASCII text).
    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        (b >= 9 && b <= 13) || b == 0x20
    }
}

/// Quick rejection of `float()` text that cannot be a literal, before the general parser.
enum FloatLiteral {
    /// Whether ASCII `text` is blank or holds a character no float literal has (anything but
    /// digits, `.`, `+`, `-`, `_`, the letters of `e`, `inf`, `infinity`, `nan`, and the
    /// surrounding whitespace). Non-ASCII text is left to the general parser.
    static func surelyInvalid(_ text: String.UTF8View) -> Bool {
        var sawContent = false
        for b in text {
            switch b {
            case 9...13, 0x20: continue
            case 0x30...0x39, 0x2E, 0x2B, 0x2D, 0x5F: sawContent = true
            case 0x80...: return false
            default:
                switch b | 0x20 {
                case 0x65, 0x69, 0x6E, 0x66, 0x74, 0x79, 0x61: sawContent = true  // e i n f t y a
                default: return true
                }
            }
        }
        return !sawContent
    }
}
