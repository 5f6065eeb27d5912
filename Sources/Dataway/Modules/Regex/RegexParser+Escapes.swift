/// Escapes and character sets (`_escape`, `_class_escape` and the `[` branch of `_parse`).
extension RegexParser {
    static let simpleEscapes: [String: UInt32] = [
        "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92,
    ]

    static let categories: [String: RegexCategory] = [
        "\\d": .digit, "\\D": .notDigit, "\\s": .space, "\\S": .notSpace, "\\w": .word, "\\W": .notWord,
    ]

    static let anchors: [String: RegexAnchor] = [
        "\\A": .beginningString, "\\b": .boundary, "\\B": .nonBoundary, "\\Z": .endString,
    ]

    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }

    /// `\x..`, `\u....`, `\U........` and `\N{...}`, shared by both escape forms; nil for other escapes.
    mutating func numericEscape(_ escape: String) throws(RegexSyntaxError) -> UInt32? {
        let c = escape.unicodeScalars.dropFirst().first ?? "\\"
        var esc = escape
        func hex(_ n: Int) throws(RegexSyntaxError) -> UInt32 {
            esc += try source.getWhile(n, Self.hexDigits)
            if esc.scalarCount != n + 2 { throw source.error("incomplete escape \(esc)", esc.scalarCount) }
            return UInt32(String(esc.unicodeScalars.dropFirst(2)), radix: 16) ?? 0
        }
        switch c {
        case "x": return try hex(2)
        case "u": return try hex(4)
        case "U":
            let v = try hex(8)
            if v > 0x10FFFF { throw source.error("bad escape \(esc)", esc.scalarCount) }
            return v
        case "N":
            if !(try source.match("{")) { throw source.error("missing {") }
            let name = try source.getUntil("}", "character name")
            if let s = unicodeScalar(named: name) { return s.value }
            throw source.error("undefined character name \(strRepr(name))", name.scalarCount + 4)
        default: return nil
        }
    }

    /// An escape inside `[...]`: a literal or a category.
    mutating func classEscape(_ escape: String) throws(RegexSyntaxError) -> RegexSetItem {
        if let v = Self.simpleEscapes[escape] { return .literal(v) }
        if let c = Self.categories[escape] { return .category(c) }
        if let v = try numericEscape(escape) { return .literal(v) }
        let c = escape.unicodeScalars.dropFirst().first ?? "\\"
        if Self.octDigits.unicodeScalars.contains(c) {
            var esc = escape
            esc += try source.getWhile(2, Self.octDigits)
            let v = UInt32(String(esc.unicodeScalars.dropFirst()), radix: 8) ?? 0
            if v > 0o377 { throw source.error("octal escape value \(esc) outside of range 0-0o377", esc.scalarCount) }
            return .literal(v)
        }
        if Self.digits.unicodeScalars.contains(c) || Self.isASCIILetter(c) {
            throw source.error("bad escape \(escape)", escape.scalarCount)
        }
        return .literal(c.value)
    }

    /// An escape outside a set: literal, category, anchor or back reference.
    mutating func escape(_ escape: String) throws(RegexSyntaxError) -> RegexItem {
        if let c = Self.categories[escape] { return .set(negated: false, [.category(c)]) }
        if let a = Self.anchors[escape] { return .at(a) }
        if let v = Self.simpleEscapes[escape], escape != "\\b" { return .literal(v) }
        if let v = try numericEscape(escape) { return .literal(v) }
        let c = escape.unicodeScalars.dropFirst().first ?? "\\"
        var esc = escape
        if c == "0" {
            esc += try source.getWhile(2, Self.octDigits)
            return .literal(UInt32(String(esc.unicodeScalars.dropFirst()), radix: 8) ?? 0)
        }
        if Self.digits.unicodeScalars.contains(c) {
            if let n = source.next, n.scalarCount == 1, Self.digits.contains(n) {
                esc += try source.get() ?? ""
                let s = Array(esc.unicodeScalars)
                if Self.octDigits.unicodeScalars.contains(s[1]) && Self.octDigits.unicodeScalars.contains(s[2]),
                    let n2 = source.next, n2.scalarCount == 1, Self.octDigits.contains(n2)
                {
                    esc += try source.get() ?? ""
                    let v = UInt32(String(esc.unicodeScalars.dropFirst()), radix: 8) ?? 0
                    if v > 0o377 { throw source.error("octal escape value \(esc) outside of range 0-0o377", esc.scalarCount) }
                    return .literal(v)
                }
            }
            let group = Int(String(esc.unicodeScalars.dropFirst())) ?? 0
            if group < groups {
                if !checkGroup(group) { throw source.error("cannot refer to an open group", esc.scalarCount) }
                try checkLookbehindGroup(group)
                return .groupRef(group)
            }
            throw source.error("invalid group reference \(group)", esc.scalarCount - 1)
        }
        if Self.isASCIILetter(c) { throw source.error("bad escape \(escape)", escape.scalarCount) }
        return .literal(c.value)
    }

    /// A character set, after its `[`.
    mutating func parseSet() throws(RegexSyntaxError) -> RegexItem {
        let here = source.pos - 1
        var set: [RegexSetItem] = []
        let negate = try source.match("^")
        while true {
            guard let this = try source.get() else { throw source.error("unterminated character set", source.pos - here) }
            if this == "]" && !set.isEmpty { break }
            let code1: RegexSetItem
            if this.unicodeScalars.first == "\\" {
                code1 = try classEscape(this)
            } else {
                code1 = .literal(this.scalarValue)
            }
            if try source.match("-") {
                guard let that = try source.get() else { throw source.error("unterminated character set", source.pos - here) }
                if that == "]" {
                    set.append(code1)
                    set.append(.literal(45))
                    break
                }
                let code2: RegexSetItem = that.unicodeScalars.first == "\\" ? try classEscape(that) : .literal(that.scalarValue)
                guard case .literal(let lo) = code1, case .literal(let hi) = code2, hi >= lo else {
                    throw source.error("bad character range \(this)-\(that)", this.scalarCount + 1 + that.scalarCount)
                }
                set.append(.range(lo, hi))
            } else {
                set.append(code1)
            }
        }
        if set.count == 1, case .literal(let v) = set[0] { return negate ? .notLiteral(v) : .literal(v) }
        return .set(negated: negate, set)
    }
}

/// `unicodedata.lookup` for the names scripts are likely to use (Swift has no name table).
func unicodeScalar(named name: String) -> Unicode.Scalar? {
    let upper = name.uppercased()
    let table: [String: UInt32] = [
        "EM DASH": 0x2014, "EN DASH": 0x2013, "SPACE": 0x20, "NO-BREAK SPACE": 0xA0, "BULLET": 0x2022,
        "HORIZONTAL ELLIPSIS": 0x2026, "LEFT DOUBLE QUOTATION MARK": 0x201C, "RIGHT DOUBLE QUOTATION MARK": 0x201D,
        "LEFT SINGLE QUOTATION MARK": 0x2018, "RIGHT SINGLE QUOTATION MARK": 0x2019, "EURO SIGN": 0x20AC,
        "COPYRIGHT SIGN": 0xA9, "DEGREE SIGN": 0xB0, "ZERO WIDTH SPACE": 0x200B, "IDEOGRAPHIC SPACE": 0x3000,
        "LINE FEED": 0x0A, "CARRIAGE RETURN": 0x0D, "CHARACTER TABULATION": 0x09, "HYPHEN-MINUS": 0x2D,
        "FULL STOP": 0x2E, "COMMA": 0x2C, "IDEOGRAPHIC FULL STOP": 0x3002, "IDEOGRAPHIC COMMA": 0x3001,
        "FULLWIDTH COMMA": 0xFF0C,
    ]
    if let v = table[upper] { return Unicode.Scalar(v) }
    if upper.hasPrefix("LATIN SMALL LETTER "), upper.count == 20, let c = upper.last?.lowercased().unicodeScalars.first { return c }
    if upper.hasPrefix("LATIN CAPITAL LETTER "), upper.count == 22, let c = upper.last?.unicodeScalars.first { return c }
    if upper.hasPrefix("DIGIT ") {
        let names = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
        if let i = names.firstIndex(of: String(upper.dropFirst(6))) { return Unicode.Scalar(UInt32(48 + i)) }
    }
    return nil
}
