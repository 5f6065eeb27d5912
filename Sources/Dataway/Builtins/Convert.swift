import BigInt

/// Conversions behind the `int`, `float`, `str`, `set` and `bytes` constructors.
enum Convert {
    static func toInt(_ vm: VM, _ args: Args) throws -> Value {
        try args.expect("int", min: 0, max: 2, keywords: ["base"])
        guard let v = args.at(0) else { return .int(0) }
        if let b = args.argument(1, "base") {
            let bytes = v.object(ofKind: .bytes).map { unsafeDowncast($0, to: PyBytes.self).bytes }
            guard let s = v.asStr?.value ?? bytes.map({ String(decoding: $0, as: UTF8.self) }) else {
                throw PyException.make(.typeError, "int() can't convert non-string with explicit base")
            }
            let base = try indexValue(b)
            guard base == 0 || (2...36).contains(base) else {
                throw PyException.make(.valueError, "int() base must be >= 2 and <= 36, or 0")
            }
            return try parseInt(s, base: base, bytes: bytes)
        }
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try floatToInt(d)
        case .object(let o):
            switch o.kind {
            case .bigint: return v
            case .str: return try parseInt(unsafeDowncast(o, to: PyStr.self).value, base: 10)
            case .bytes, .bytearray:
                let bytes = unsafeDowncast(o, to: PyBytes.self).bytes
                return try parseInt(String(decoding: bytes, as: UTF8.self), base: 10, bytes: bytes)
            case .native:
                if let r = try unsafeDowncast(o, to: PyNativeObject.self).toInt() { return r }
            default: break
            }
        default: break
        }
        throw PyException.make(.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(v))'")
    }

    static func floatToInt(_ d: Double) throws -> Value {
        if d.isNaN { throw PyException.make(.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyException.make(.overflowError, "cannot convert float infinity to integer") }
        if let i = Int(exactly: d.rounded(.towardZero)) { return .int(i) }
        return .bigint(BigInt(d.rounded(.towardZero)))
    }

    /// Python's `int(str, base)` grammar: whitespace, sign, optional prefix, digits with single
    /// underscores. `bytes`: the text came from these bytes (the error message shows their repr).
    static func parseInt(_ text: String, base: Int, bytes: [UInt8]? = nil) throws -> Value {
        func fail() -> PyRaise {
            if let bytes {
                return PyException.make(.valueError, "invalid literal for int() with base \(base): \(bytesRepr(bytes))")
            }
            return PyRaise(PyException(type: .valueError, deferred: .invalidIntLiteral(text, base: base)))
        }
        let fast = text.utf8.withContiguousStorageIfAvailable { IntLiteral.parse($0, base: base) } ?? .undecided
        switch fast {
        case .value(let i): return .int(i)
        case .invalid: throw fail()
        case .undecided: break
        }
        var s = Substring(text.trimmingCharacters(in: .numberWhitespace))
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        var b = base
        let lower = s.lowercased()
        var hadPrefix = true
        if (b == 0 || b == 16) && lower.hasPrefix("0x") {
            b = 16; s = s.dropFirst(2)
        } else if (b == 0 || b == 8) && lower.hasPrefix("0o") {
            b = 8; s = s.dropFirst(2)
        } else if (b == 0 || b == 2) && lower.hasPrefix("0b") {
            b = 2; s = s.dropFirst(2)
        } else {
            hadPrefix = false
            if b == 0 {
                b = 10
                if s.count > 1 && s.first == "0" && s.contains(where: { $0 != "0" && $0 != "_" }) { throw fail() }
            }
        }
        if s.first == "_" && hadPrefix { s = s.dropFirst() }
        guard !s.isEmpty, s.first != "_", s.last != "_", !s.contains("__") else { throw fail() }
        var digits = ""
        digits.reserveCapacity(s.utf8.count)
        for c in s where c != "_" {
            guard let u = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { throw fail() }
            if let d = u.properties.numericType != nil && u.properties.generalCategory == .decimalNumber
                ? Int(u.properties.numericValue ?? -1) : nil, d >= 0
            {
                digits.append(Character(String(d)))
            } else {
                digits.append(c)
            }
        }
        if digits.utf8.count > 4300 && b == 10 {
            throw PyException.make(
                .valueError,
                "Exceeds the limit (4300 digits) for integer string conversion: value has \(digits.utf8.count) digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        }
        if let i = Int(digits, radix: b) { return .int(negative ? -i : i) }
        guard let big = bigIntFromDigits(digits, radix: b) else { throw fail() }
        return .bigint(negative ? -big : big)
    }

    static func toFloat(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            switch o.kind {
            case .bigint: return try bigToDouble(unsafeDowncast(o, to: PyBigInt.self).value)
            case .str: return try parseFloat(unsafeDowncast(o, to: PyStr.self).value)
            case .bytes, .bytearray: return try parseFloat(String(decoding: unsafeDowncast(o, to: PyBytes.self).bytes, as: UTF8.self))
            case .native:
                if let r = try unsafeDowncast(o, to: PyNativeObject.self).toFloat() { return r }
            default: break
            }
        default: break
        }
        throw PyException.make(.typeError, "float() argument must be a string or a real number, not '\(typeName(v))'")
    }

    static func parseFloat(_ text: String) throws -> Double {
        func fail() -> PyRaise { PyRaise(PyException(type: .valueError, deferred: .invalidFloatLiteral(text))) }
        // Fast path: only digits, '.', signs and 'e' (no spaces, underscores, words or hex), where
        // Swift's correctly rounded parser accepts exactly the decimal forms CPython does.
        let u = text.utf8
        if !u.isEmpty && u.count <= 40,
            u.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 43 || $0 == 45 || $0 == 101 || $0 == 69 }),
            let d = Double(text)
        {
            return d
        }
        if FloatLiteral.surelyInvalid(u) { throw fail() }
        let trimmed = text.trimmingCharacters(in: .numberWhitespace)
        var bytes = Array(trimmed.utf8)
        if bytes.contains(where: { $0 >= 0x80 }) {
            // Non-ASCII digits (e.g. Arabic-Indic, full-width) count as their decimal values.
            var ascii: [UInt8] = []
            for u in trimmed.unicodeScalars {
                if u.isASCII {
                    ascii.append(UInt8(u.value))
                } else if u.properties.generalCategory == .decimalNumber, let v = u.properties.numericValue {
                    ascii.append(UInt8(48 + Int(v)))
                } else {
                    throw fail()
                }
            }
            bytes = ascii
        }
        var i = 0
        var sign = 1.0
        if i < bytes.count && (bytes[i] == 43 || bytes[i] == 45) {
            sign = bytes[i] == 45 ? -1 : 1
            i += 1
        }
        let word = String(decoding: bytes[i...], as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return sign * .infinity }
        if word == "nan" { return .nan }
        // Digits with single underscores between digits, an optional fraction and exponent.
        var clean: [UInt8] = []
        var sawDigit = false
        var prev: UInt8 = 0
        for k in i..<bytes.count {
            let c = bytes[k]
            let isDigit = c >= 48 && c <= 57
            if c == 95 {
                guard prev >= 48 && prev <= 57, k + 1 < bytes.count, bytes[k + 1] >= 48, bytes[k + 1] <= 57 else { throw fail() }
            } else if isDigit {
                sawDigit = true
                clean.append(c)
            } else if c == 46 || c == 101 || c == 69 || c == 43 || c == 45 {
                clean.append(c)
            } else {
                throw fail()
            }
            prev = c
        }
        guard sawDigit, let first = clean.first, first != 101 && first != 69, let d = Double(String(decoding: clean, as: UTF8.self)) else {
            throw fail()
        }
        return sign * d
    }

    static func toStr(_ vm: VM, _ args: Args) throws -> Value {
        // `str(x)` of a number or a str: the common case, without the keyword checks.
        if args.values.count == 1 && !args.hasKeywords {
            switch args[0] {
            case .int(let i):
                let text = String(i)
                return .object(PyStr(text, isASCII: true, count: text.utf8.count))
            case .float(let d): return .str(pyFloatRepr(d))
            case .object(let o) where o.kind == .str: return args[0]
            default: break
            }
        }
        try args.expect("str", min: 0, max: 3, keywords: ["object", "encoding", "errors"])
        guard let v = args.argument(0, "object") else { return .str("") }
        if args.count >= 2 || args.keyword("encoding") != nil || args.keyword("errors") != nil {
            if v.asStr != nil { throw PyException.make(.typeError, "decoding str is not supported") }
            guard let b = v.asObject, b.kind == .bytes || b.kind == .bytearray else {
                throw PyException.make(.typeError, "decoding to str: need a bytes-like object, \(typeName(v)) found")
            }
            let enc = args.argument(1, "encoding")?.asStr?.value ?? "utf-8"
            let errors = args.argument(2, "errors")?.asStr?.value ?? "strict"
            return .str(try Codecs.decode(unsafeDowncast(b, to: PyBytes.self).bytes, encoding: enc, errors: errors))
        }
        if v.asStr != nil { return v }
        return .str(try pyStr(v))
    }

    static func toSet(_ vm: VM, _ v: Value?, frozen: Bool) throws -> PySet {
        var t = HashTable()
        if let v {
            for x in try vm.iterateToArray(v) { t.set(x, hash: try hashKey(x), value: .none) }
        }
        return PySet(t, frozen: frozen)
    }

    static func toBytes(_ vm: VM, _ args: Args, name: String) throws -> [UInt8] {
        try args.expect(name, min: 0, max: 3, keywords: ["source", "encoding", "errors"])
        guard let v = args.argument(0, "source") else { return [] }
        if let s = v.asStr {
            guard let enc = args.argument(1, "encoding")?.asStr?.value else {
                throw PyException.make(.typeError, "string argument without an encoding")
            }
            return try Codecs.encode(s.value, encoding: enc, errors: args.argument(2, "errors")?.asStr?.value ?? "strict")
        }
        if case .int(let n) = v {
            if n < 0 { throw PyException.make(.valueError, "negative count") }
            try vm.checkSize(n)
            return [UInt8](repeating: 0, count: n)
        }
        return try vm.bytesFromIterable(v)
    }
}

extension Set where Element == Character {
    static let pythonWhitespace: Set<Character> = [
        " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{1F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}",
        "\u{3000}",
    ]
}

extension Set where Element == Character {
    /// What `int()` and `float()` strip around a number: Python's whitespace except U+001C...U+001F,
    /// which CPython leaves in place (and then rejects).
    static let numberWhitespace: Set<Character> = pythonWhitespace.subtracting(["\u{1C}", "\u{1D}", "\u{1E}", "\u{1F}"])
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        // Nothing to trim when both ends are ASCII non-whitespace (no ASCII byte can end or start a
        // whitespace grapheme otherwise).
        if let f = utf8.first, let l = utf8.last, f < 0x80, l < 0x80, !isPyWhitespace(UInt32(f)), !isPyWhitespace(UInt32(l)) {
            return self
        }
        var s = Substring(self)
        while let f = s.first, set.contains(f) || f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, set.contains(l) || l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

/// Parses digits in any radix 2...36 (the BigInt package stops at 35).
func bigIntFromDigits(_ digits: String, radix: Int) -> BigInt? {
    if radix < 36 { return BigInt(digits, radix: radix) }
    var acc = BigInt(0)
    for c in digits.unicodeScalars {
        guard let d = Int(String(c), radix: 36) else { return nil }
        acc = acc * BigInt(radix) + BigInt(d)
    }
    return acc
}
