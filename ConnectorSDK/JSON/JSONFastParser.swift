import OrderedCollections

/// A direct parser from UTF-8 bytes to `JSONValue` for the common case (standard JSON, the bodies
/// SaaS APIs send). It returns nil for anything it does not take exactly as Dataway's parser would
/// (NaN and Infinity, lone surrogates, control characters, deep nesting, any error); the caller then
/// uses Dataway's parser, which also words the errors as CPython does.
struct JSONFastParser {
    let bytes: [UInt8]
    var i = 0
    var depth = 0

    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        var p = JSONFastParser(bytes: bytes)
        guard let v = p.value() else { return nil }
        p.skipSpace()
        return p.i == bytes.count ? v : nil
    }

    init(bytes: [UInt8]) { self.bytes = bytes }

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
        var o = OrderedDictionary<String, JSONValue>()
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .object(o)
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            guard let v = value() else { return nil }
            o[key] = v
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard bytes[i] == UInt8(ascii: "}") else { return nil }
            i += 1
            return .object(o)
        }
    }

    mutating func array() -> JSONValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 256 else { return nil }
        i += 1
        var a: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .array(a)
        }
        while true {
            guard let v = value() else { return nil }
            a.append(v)
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard bytes[i] == UInt8(ascii: "]") else { return nil }
            i += 1
            return .array(a)
        }
    }

    /// A string starting at the opening quote; escapes other than the simple ones and BMP `\u` go to the fallback.
    mutating func string() -> String? {
        i += 1
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: bytes[start..<i], as: UTF8.self)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { return escapedString(from: start) }
            if b < 0x20 { return nil }
            i += 1
        }
        return nil
    }

    mutating func escapedString(from start: Int) -> String? {
        var out = [UInt8](bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { return nil }
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { return nil }
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
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: return nil
            }
        }
        return nil
    }

    /// Integers that fit `Int` and plain decimals; anything else (big integers, odd forms) falls back.
    mutating func number() -> JSONValue? {
        let start = i
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { return nil }
        if bytes[i] == 0x30, i + 1 < bytes.count, (0x30...0x39).contains(bytes[i + 1]) { return nil }
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        var isFloat = false
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            isFloat = true
            i += 1
            guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { return nil }
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            isFloat = true
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { return nil }
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if isFloat {
            guard let d = Double(text), d.isFinite else { return nil }
            return .number(d)
        }
        return Int(text).map(JSONValue.integer)
    }
}
