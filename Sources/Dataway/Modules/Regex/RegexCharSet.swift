/// Code point predicates with Python's `re` semantics.
enum RegexChars {
    @inline(__always) static func isDigit(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 { return c >= 48 && c <= 57 }
        if ascii { return false }
        guard let u = Unicode.Scalar(c) else { return false }
        return StrCase.isDecimal(u)
    }

    @inline(__always) static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 { return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 }
        if ascii { return false }
        guard let u = Unicode.Scalar(c) else { return false }
        return StrCase.isAlnum(u)
    }

    @inline(__always) static func isSpace(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 { return (c >= 9 && c <= 13) || c == 32 || (!ascii && c >= 0x1C && c <= 0x1F) }
        if ascii { return false }
        return isPyWhitespace(c)
    }

    /// CPython's simple lowercase mapping (`_sre.unicode_tolower`).
    @inline(__always) static func lower(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 0x80 { return c >= 65 && c <= 90 ? c + 32 : c }
        if ascii { return c }
        return slowLower(c)
    }

    /// Lowercase, then CPython's extra case equivalences (`re._casefix`: 'ſ' ~ 's', 'ς' ~ 'σ', ...)
    /// mapped to one representative, so that equal folds mean "equal ignoring case".
    static func slowLower(_ c: UInt32) -> UInt32 {
        if c == 0x130 { return 0x69 }
        guard let u = Unicode.Scalar(c) else { return c }
        let m = u.properties.lowercaseMapping.unicodeScalars
        let l = m.count == 1 ? m.first?.value ?? c : c
        return caseFix[l] ?? l
    }

    static let caseFix: [UInt32: UInt32] = [
        0x131: 0x69, 0x17F: 0x73, 0x3B9: 0x345, 0x3BC: 0xB5, 0x3C3: 0x3C2, 0x3D0: 0x3B2, 0x3D1: 0x3B8, 0x3D5: 0x3C6, 0x3D6: 0x3C0,
        0x3F0: 0x3BA, 0x3F1: 0x3C1, 0x3F5: 0x3B5, 0x1C80: 0x432, 0x1C81: 0x434, 0x1C82: 0x43E, 0x1C83: 0x441, 0x1C84: 0x442, 0x1C85: 0x442,
        0x1C86: 0x44A, 0x1C87: 0x463, 0x1E9B: 0x1E61, 0x1FBE: 0x345, 0x1FD3: 0x390, 0x1FE3: 0x3B0, 0xA64B: 0x1C88, 0xFB06: 0xFB05,
    ]

    static func upper(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 0x80 { return c >= 97 && c <= 122 ? c - 32 : c }
        if ascii { return c }
        guard let u = Unicode.Scalar(c) else { return c }
        let m = u.properties.uppercaseMapping.unicodeScalars
        if m.count == 1, let f = m.first { return f.value }
        return c
    }

    static func matches(_ cat: RegexCategory, _ c: UInt32, ascii: Bool) -> Bool {
        switch cat {
        case .digit: return isDigit(c, ascii: ascii)
        case .notDigit: return !isDigit(c, ascii: ascii)
        case .space: return isSpace(c, ascii: ascii)
        case .notSpace: return !isSpace(c, ascii: ascii)
        case .word: return isWord(c, ascii: ascii)
        case .notWord: return !isWord(c, ascii: ascii)
        }
    }
}

/// A compiled character set: an ASCII bitmap answered in one load, and the items for the rest.
struct RegexCharSet {
    var low: UInt64 = 0
    var high: UInt64 = 0
    let negated: Bool
    let items: [RegexSetItem]
    let ignoreCase: Bool
    let ascii: Bool

    init(negated: Bool, items: [RegexSetItem], ignoreCase: Bool, ascii: Bool) {
        self.negated = negated
        self.items = items
        self.ignoreCase = ignoreCase
        self.ascii = ascii
        for c in UInt32(0)..<128 where slowMatch(c) {
            if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) }
        }
    }

    private func contains(_ c: UInt32) -> Bool {
        for item in items {
            switch item {
            case .literal(let v): if v == c { return true }
            case .range(let lo, let hi): if c >= lo && c <= hi { return true }
            case .category(let cat): if RegexChars.matches(cat, c, ascii: ascii) { return true }
            }
        }
        return false
    }

    @inline(never)
    func slowMatch(_ c: UInt32) -> Bool {
        var hit = contains(c)
        if !hit && ignoreCase {
            let l = RegexChars.lower(c, ascii: ascii)
            let u = RegexChars.upper(c, ascii: ascii)
            hit = (l != c && contains(l)) || (u != c && contains(u))
        }
        return hit != negated
    }

    @inline(__always) func matches(_ c: UInt32) -> Bool {
        if c < 64 { return low & (1 << UInt64(c)) != 0 }
        if c < 128 { return high & (1 << UInt64(c - 64)) != 0 }
        return slowMatch(c)
    }
}
