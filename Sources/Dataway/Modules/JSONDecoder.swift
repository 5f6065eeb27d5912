import BigInt

/// A JSON parse failure with CPython's message and position.
struct JSONParseError: Error {
    var message: String
    /// Byte offset into the UTF-8 input.
    var offset: Int
}

/// Parses JSON text into script values, as CPython's `json.loads` does (including NaN/Infinity).
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var depth = 0
    let maxDepth: Int
    /// Object keys seen so far: a repeated key (every record of an array of objects) reuses one str
    /// object, with its hash computed once, as CPython's decoder memoises keys.
    var keyMemo: [String: PyStr] = [:]

    init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = 1000) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    static func parse(_ text: String) throws -> Value {
        var t = text
        return try t.withUTF8 { buf in
            var p = JSONParser(buf)
            do {
                return try p.parseDocument()
            } catch let e as JSONParseError {
                throw decodeError(e, text: buf)
            }
        }
    }

    /// The `json.JSONDecodeError` for a failure, with character-based positions.
    static func decodeError(_ e: JSONParseError, text: UnsafeBufferPointer<UInt8>) -> PyRaise {
        var chars = 0
        var line = 1
        var lastNewlineChar = -1
        var k = 0
        while k < min(e.offset, text.count) {
            let b = text[k]
            if b & 0xC0 != 0x80 {
                if b == 10 {
                    line += 1
                    lastNewlineChar = chars
                }
                chars += 1
            }
            k += 1
        }
        let col = chars - lastNewlineChar
        let exc = PyException(type: .jsonDecodeError, args: [.str("\(e.message): line \(line) column \(col) (char \(chars))")])
        exc.extra = [
            "msg": .str(e.message), "pos": .int(chars), "lineno": .int(line), "colno": .int(col),
            "doc": .str(String(decoding: text, as: UTF8.self)),
        ]
        return PyRaise(exc)
    }

    mutating func parseDocument() throws -> Value {
        skipWhitespace()
        let v = try parseValue()
        skipWhitespace()
        if i < bytes.count { throw JSONParseError(message: "Extra data", offset: i) }
        return v
    }

    @inline(__always) mutating func skipWhitespace() {
        while i < bytes.count {
            let c = bytes[i]
            if c == 32 || c == 10 || c == 13 || c == 9 { i += 1 } else { break }
        }
    }

    mutating func parseValue() throws -> Value {
        guard i < bytes.count else { throw JSONParseError(message: "Expecting value", offset: i) }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .object(PyStr(try parseString()))
        case UInt8(ascii: "t"):
            if matches("true") { i += 4; return .bool(true) }
        case UInt8(ascii: "f"):
            if matches("false") { i += 5; return .bool(false) }
        case UInt8(ascii: "n"):
            if matches("null") { i += 4; return .none }
        case UInt8(ascii: "N"):
            if matches("NaN") { i += 3; return .float(.nan) }
        case UInt8(ascii: "I"):
            if matches("Infinity") { i += 8; return .float(.infinity) }
        case UInt8(ascii: "-"):
            if matches("-Infinity") { i += 9; return .float(-.infinity) }
            return try parseNumber()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        default: break
        }
        throw JSONParseError(message: "Expecting value", offset: i)
    }

    func matches(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = word.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        return true
    }

    mutating func enter() throws {
        depth += 1
        if depth > maxDepth { throw PyException.make(.recursionError, "maximum recursion depth exceeded while decoding a JSON document") }
    }

    mutating func parseObject() throws -> Value {
        try enter()
        defer { depth -= 1 }
        i += 1
        let d = PyDict()
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .object(d)
        }
        while true {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                throw JSONParseError(message: "Expecting property name enclosed in double quotes", offset: i)
            }
            let key = try parseString()
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                throw JSONParseError(message: "Expecting ':' delimiter", offset: i)
            }
            i += 1
            skipWhitespace()
            let v = try parseValue()
            let k: PyStr
            if let seen = keyMemo[key] {
                k = seen
            } else {
                k = PyStr(key)
                keyMemo[key] = k
            }
            d.table.set(.object(k), hash: strHash(k), value: v)
            skipWhitespace()
            guard i < bytes.count else { throw JSONParseError(message: "Expecting ',' delimiter", offset: i) }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .object(d)
            }
            guard bytes[i] == UInt8(ascii: ",") else { throw JSONParseError(message: "Expecting ',' delimiter", offset: i) }
            i += 1
            skipWhitespace()
        }
    }

    mutating func parseArray() throws -> Value {
        try enter()
        defer { depth -= 1 }
        i += 1
        var items: [Value] = []
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .list(items)
        }
        while true {
            items.append(try parseValue())
            skipWhitespace()
            guard i < bytes.count else { throw JSONParseError(message: "Expecting ',' delimiter", offset: i) }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .list(items)
            }
            guard bytes[i] == UInt8(ascii: ",") else { throw JSONParseError(message: "Expecting ',' delimiter", offset: i) }
            i += 1
            skipWhitespace()
        }
    }

    mutating func parseNumber() throws -> Value {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 else {
            throw JSONParseError(message: "Expecting value", offset: start)
        }
        if bytes[i] == 48 {
            i += 1
        } else {
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        }
        var isFloat = false
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), bytes[i + 1] >= 48, bytes[i + 1] <= 57 {
            isFloat = true
            i += 1
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "+") || bytes[j] == UInt8(ascii: "-") { j += 1 }
            if j < bytes.count, bytes[j] >= 48, bytes[j] <= 57 {
                isFloat = true
                i = j
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            }
        }
        let len = i - start
        if !isFloat && len <= 18 {
            var n = 0
            var k = start
            let neg = bytes[k] == UInt8(ascii: "-")
            if neg { k += 1 }
            while k < i {
                n = n * 10 + Int(bytes[k] - 48)
                k += 1
            }
            return .int(neg ? -n : n)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        if isFloat { return .float(Double(text) ?? .nan) }
        if len > 4300 {
            throw PyException.make(
                .valueError,
                "Exceeds the limit (4300 digits) for integer string conversion: value has \(len) digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        }
        return .bigint(BigInt(text) ?? 0)
    }

    mutating func parseString() throws -> String {
        let quote = i
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw JSONParseError(message: "Invalid control character at", offset: i) }
            i += 1
        }
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw JSONParseError(message: "Invalid control character at", offset: i) }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { break }
            let e = bytes[i + 1]
            switch e {
            case UInt8(ascii: "\""): out.append(34)
            case UInt8(ascii: "\\"): out.append(92)
            case UInt8(ascii: "/"): out.append(47)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "u"):
                var cp = try hex4(at: i + 2, escapeAt: i)
                i += 6
                if cp >= 0xD800 && cp < 0xDC00, i + 1 < bytes.count, bytes[i] == 92, bytes[i + 1] == UInt8(ascii: "u"),
                    let low = try? hex4(at: i + 2, escapeAt: i), low >= 0xDC00 && low < 0xE000
                {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                let scalar = Unicode.Scalar(cp) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(scalar).utf8))
                continue
            default:
                throw JSONParseError(message: "Invalid \\escape", offset: i)
            }
            i += 2
        }
        throw JSONParseError(message: "Unterminated string starting at", offset: quote)
    }

    func hex4(at k: Int, escapeAt: Int) throws -> UInt32 {
        guard k + 4 <= bytes.count else { throw JSONParseError(message: "Invalid \\uXXXX escape", offset: escapeAt + 1) }
        var v: UInt32 = 0
        for j in k..<k + 4 {
            let c = bytes[j]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 65...70: d = UInt32(c - 55)
            case 97...102: d = UInt32(c - 87)
            default: throw JSONParseError(message: "Invalid \\uXXXX escape", offset: escapeAt + 1)
            }
            v = v * 16 + d
        }
        return v
    }
}
