import OrderedCollections

/// A direct parser from UTF-8 bytes to `JSONValue` for the common case (standard JSON, the bodies
/// SaaS APIs send). It returns nil for anything it does not take exactly as Dataway's parser would
/// (NaN and Infinity, lone surrogates, control characters, deep nesting, any error); the caller then
/// uses Dataway's parser, which also words the errors as CPython does.
struct JSONFastParser {
    /// The text, borrowed for the parse (reading through a pointer costs no reference counting).
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var depth = 0
    /// Members and elements of the containers being read, innermost last.
    var keyStack: [String] = []
    var valueStack: [JSONValue] = []

    /// Whether a string held a byte above 0x7F (only strings can: anything else outside ASCII fails).
    var sawNonASCII = false

    /// The value, and whether the bytes still need a UTF-8 check (they held non-ASCII text).
    static func parse(_ bytes: [UInt8]) -> (value: JSONValue, needsUTF8Check: Bool)? {
        bytes.withUnsafeBufferPointer { buffer in
            var p = JSONFastParser(bytes: buffer)
            guard let v = p.value() else { return nil }
            p.skipSpace()
            return p.i == buffer.count ? (v, p.sawNonASCII) : nil
        }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    mutating func value() -> JSONValue? {
        skipSpace()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    mutating func literal(_ word: StaticString, _ v: JSONValue) -> JSONValue? {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return nil }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return nil }
        i += n
        return v
    }

    mutating func object() -> JSONValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 256 else { return nil }
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .object([:])
        }
        // Members collect on the shared stacks and are copied out once, at their exact size, instead of
        // growing a dictionary member by member.
        if keyStack.capacity == 0 {
            keyStack.reserveCapacity(16)
            valueStack.reserveCapacity(16)
        }
        // Arrays push values without keys, so each stack has its own starting point.
        let keyBase = keyStack.count
        let valueBase = valueStack.count
        defer {
            keyStack.removeSubrange(keyBase...)
            valueStack.removeSubrange(valueBase...)
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            guard let v = value() else { return nil }
            keyStack.append(key)
            valueStack.append(v)
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard bytes[i] == UInt8(ascii: "}") else { return nil }
            i += 1
            return .object(Self.members(keyStack[keyBase...], valueStack[valueBase...]))
        }
    }

    /// An object's members in order; a repeated key keeps its first place and its last value.
    static func members(_ keys: ArraySlice<String>, _ values: ArraySlice<JSONValue>) -> OrderedDictionary<String, JSONValue> {
        // Small objects (nearly all) check for repeats pairwise; larger ones let the dictionary hash.
        var unique = keys.count <= 16
        if unique {
            outer: for a in keys.indices {
                for b in keys.indices where b > a && keys[a] == keys[b] {
                    unique = false
                    break outer
                }
            }
        }
        if unique { return OrderedDictionary(uncheckedUniqueKeys: keys, values: values) }
        var o = OrderedDictionary<String, JSONValue>(minimumCapacity: keys.count)
        for (k, v) in zip(keys, values) { o[k] = v }
        return o
    }

    mutating func array() -> JSONValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 256 else { return nil }
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .array([])
        }
        if valueStack.capacity == 0 { valueStack.reserveCapacity(16) }
        let base = valueStack.count
        defer { valueStack.removeSubrange(base...) }
        while true {
            guard let v = value() else { return nil }
            valueStack.append(v)
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard bytes[i] == UInt8(ascii: "]") else { return nil }
            i += 1
            return .array(Array(valueStack[base...]))
        }
    }

    /// A string starting at the opening quote; escapes other than the simple ones and BMP `\u` go to the fallback.
    mutating func string() -> String? {
        i += 1
        let start = i
        let end = plainRun()
        guard end < bytes.count else { return nil }
        switch bytes[end] {
        case UInt8(ascii: "\""):
            i = end + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        case UInt8(ascii: "\\"):
            return escapedString(from: start)
        default:
            return nil  // a control character
        }
    }

    /// Moves past the bytes a string holds as they are (no quote, backslash or control character) and
    /// returns where they end; notes non-ASCII text for the UTF-8 check.
    mutating func plainRun() -> Int {
        var nonASCII = false
        var k = i
        while k < bytes.count {
            let b = bytes[k]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
            if b >= 0x80 { nonASCII = true }
            k += 1
        }
        if nonASCII { sawNonASCII = true }
        i = k
        return k
    }

    mutating func escapedString(from start: Int) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(i - start + 64)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            // Plain text up to the next escape or the closing quote, copied at once.
            let runStart = i
            let end = plainRun()
            if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            guard i < bytes.count else { return nil }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            guard b == UInt8(ascii: "\\"), i + 1 < bytes.count else { return nil }  // a control character, or a lone backslash at the end
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16),
                    !(0xD800...0xDFFF).contains(code), let scalar = Unicode.Scalar(code)
                else { return nil }
                i += 4
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: return nil
            }
        }
        return nil
    }

    /// Integers that fit `Int` and plain decimals; anything else (big integers, odd forms) falls back.
    mutating func number() -> JSONValue? {
        let start = i
        let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard i < bytes.count, Self.isDigit(bytes[i]) else { return nil }
        if bytes[i] == 0x30, i + 1 < bytes.count, Self.isDigit(bytes[i + 1]) { return nil }
        // The digits accumulate as they are read: exact while there are at most 15 of them.
        var mantissa: UInt64 = 0
        var digits = 0
        while i < bytes.count, Self.isDigit(bytes[i]) {
            mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
            digits += 1
            i += 1
        }
        var isFloat = false
        var scale = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            isFloat = true
            i += 1
            guard i < bytes.count, Self.isDigit(bytes[i]) else { return nil }
            while i < bytes.count, Self.isDigit(bytes[i]) {
                mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
                digits += 1
                scale -= 1
                i += 1
            }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            isFloat = true
            i += 1
            var exponentNegative = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            guard i < bytes.count, Self.isDigit(bytes[i]) else { return nil }
            var exponent = 0
            while i < bytes.count, Self.isDigit(bytes[i]) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[i] &- 0x30) }
                i += 1
            }
            scale += exponentNegative ? -exponent : exponent
        }
        if digits <= 15 {
            if !isFloat {
                let v = Int(mantissa)
                return .integer(negative ? -v : v)
            }
            // Clinger's fast path: both the digits and 10^|scale| are exact doubles, so one
            // multiplication or division rounds correctly, as the full conversion would.
            if scale >= -22 && scale <= 22 {
                var d = Double(mantissa)
                d = scale < 0 ? d / Self.powersOfTen[-scale] : d * Self.powersOfTen[scale]
                return .number(negative ? -d : d)
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        if isFloat {
            guard let d = Double(text), d.isFinite else { return nil }
            return .number(d)
        }
        return Int(text).map(JSONValue.integer)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// 10^0 through 10^22, every one exact in a `Double`.
    static let powersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { acc, _ in acc * 10 } }
}
