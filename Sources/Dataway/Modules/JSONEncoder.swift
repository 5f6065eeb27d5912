/// Serialises script values as CPython's `json.dumps` does.
struct JSONEncoderOptions {
    var indent: String?
    var itemSeparator = ", "
    var keySeparator = ": "
    var sortKeys = false
    var ensureASCII = true
    var allowNaN = true
    var skipKeys = false
    var defaultFn: Value?
    /// Writing for the host (`DatawayValue.jsonString`), not for `json.dumps`: Decimal and
    /// `datetime` values are written too (see `DatawayValue.jsonToken`).
    var hostValues = false
}

struct PyJSONEncoder {
    let options: JSONEncoderOptions
    let vm: VM?
    let maxSize: Int
    var out: [UInt8] = []
    /// The containers being written, outermost first (a circular reference is one already here;
    /// paths are short, so a scan beats hashing).
    var stack: [ObjectIdentifier] = []

    init(options: JSONEncoderOptions, vm: VM?) {
        self.options = options
        self.vm = vm
        self.maxSize = vm?.limits.maxSize ?? .max
    }

    mutating func encode(_ v: Value, level: Int) throws {
        if out.count > maxSize { throw LimitError.size(maxSize) }
        if level > maxValueNesting {
            throw PyException.make(.recursionError, "maximum recursion depth exceeded while encoding a JSON object")
        }
        switch v {
        case .none, .undefined: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .int(let i): appendInt(i)
        case .float(let d): try encodeFloat(d)
        case .object(let o):
            switch o.kind {
            case .str: encodeString(unsafeDowncast(o, to: PyStr.self))
            case .bigint: append(unsafeDowncast(o, to: PyBigInt.self).value.description)
            case .list: try encodeArray(o, unsafeDowncast(o, to: PyList.self).items, level: level)
            case .tuple: try encodeArray(o, unsafeDowncast(o, to: PyTuple.self).items, level: level)
            case .dict: try encodeDict(unsafeDowncast(o, to: PyDict.self), level: level)
            default:
                if options.hostValues, let token = DatawayValue.jsonToken(o) {
                    append(token)
                    return
                }
                if let converted = try hostJSONValue(o) {
                    try encode(converted, level: level)
                    return
                }
                if let f = options.defaultFn, let vm {
                    try enter(o)
                    defer { stack.removeLast() }
                    try encode(try vm.call(f, [v]), level: level)
                    return
                }
                throw PyException.make(.typeError, "Object of type \(objectTypeName(o)) is not JSON serializable")
            }
        }
    }

    mutating func append(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil { out.append(contentsOf: s.utf8) }
    }

    /// Decimal digits of `i`, written straight into the output.
    mutating func appendInt(_ i: Int) {
        if i >= 0 && i < 10 {
            out.append(48 + UInt8(i))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for any Int
        withUnsafeMutableBytes(of: &digits) { buf in
            var m = i.magnitude
            var k = buf.count
            while m > 0 {
                k -= 1
                buf[k] = 48 + UInt8(m % 10)
                m /= 10
            }
            if i < 0 {
                k -= 1
                buf[k] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[k...]))
        }
    }

    /// Marks `o` as being written; a container already being written is a circular reference.
    mutating func enter(_ o: PyObject) throws {
        let id = ObjectIdentifier(o)
        if stack.contains(id) { throw PyException.make(.valueError, "Circular reference detected") }
        stack.append(id)
    }

    mutating func encodeFloat(_ d: Double) throws {
        if d.isNaN || d.isInfinite {
            if !options.allowNaN {
                throw PyException.make(.valueError, "Out of range float values are not JSON compliant")
            }
            append(d.isNaN ? "NaN" : d < 0 ? "-Infinity" : "Infinity")
        } else {
            append(pyFloatRepr(d))
        }
    }

    mutating func newline(_ level: Int) {
        guard let ind = options.indent else { return }
        out.append(10)
        for _ in 0..<level { append(ind) }
    }

    mutating func encodeArray(_ o: PyObject, _ items: [Value], level: Int) throws {
        if items.isEmpty {
            append("[]")
            return
        }
        try enter(o)
        defer { stack.removeLast() }
        out.append(UInt8(ascii: "["))
        newline(level + 1)
        for (k, item) in items.enumerated() {
            if k > 0 {
                append(options.itemSeparator)
                newline(level + 1)
            }
            try encode(item, level: level + 1)
        }
        newline(level)
        out.append(UInt8(ascii: "]"))
    }

    mutating func encodeDict(_ d: PyDict, level: Int) throws {
        if d.table.count == 0 {
            append("{}")
            return
        }
        try enter(d)
        defer { stack.removeLast() }
        if !options.sortKeys {
            // Keys and values written in place, in insertion order.
            out.append(UInt8(ascii: "{"))
            newline(level + 1)
            var first = true
            for s in 0..<d.table.slotCount where d.table.isLive(s) {
                let k = d.table.key(at: s)
                if let ks = k.asStr {
                    if !first {
                        append(options.itemSeparator)
                        newline(level + 1)
                    }
                    encodeString(ks)
                } else {
                    guard let key = try keyText(k) else { continue }
                    if !first {
                        append(options.itemSeparator)
                        newline(level + 1)
                    }
                    encodeString(key)
                }
                first = false
                append(options.keySeparator)
                try encode(d.table.value(at: s), level: level + 1)
            }
            newline(level)
            out.append(UInt8(ascii: "}"))
            return
        }
        var pairs: [(String, Value)] = []
        pairs.reserveCapacity(d.table.count)
        for s in 0..<d.table.slotCount where d.table.isLive(s) {
            let k = d.table.key(at: s)
            guard let key = try keyText(k) else { continue }
            pairs.append((key, d.table.value(at: s)))
        }
        if options.sortKeys {
            pairs.sort { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
        }
        out.append(UInt8(ascii: "{"))
        newline(level + 1)
        for (k, (key, value)) in pairs.enumerated() {
            if k > 0 {
                append(options.itemSeparator)
                newline(level + 1)
            }
            encodeString(key)
            append(options.keySeparator)
            try encode(value, level: level + 1)
        }
        newline(level)
        out.append(UInt8(ascii: "}"))
    }

    /// A dict key as JSON writes it: nil to skip it (`skipkeys`).
    func keyText(_ k: Value) throws -> String? {
        switch k {
        case .none: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return f.isNaN ? "NaN" : f.isInfinite ? (f < 0 ? "-Infinity" : "Infinity") : pyFloatRepr(f)
        default:
            if let s = k.asStr { return s.value }
            if let b = k.object(ofKind: .bigint) { return unsafeDowncast(b, to: PyBigInt.self).value.description }
            if options.skipKeys { return nil }
            throw PyException.make(.typeError, "keys must be str, int, float, bool or None, not \(typeName(k))")
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    mutating func escapeUnit(_ u: UInt32) {
        append("\\u")
        for shift in stride(from: 12, through: 0, by: -4) { out.append(PyJSONEncoder.hexDigits[Int((u >> UInt32(shift)) & 0xF)]) }
    }

    /// A str: ASCII text without quotes, backslashes or control characters is copied as is.
    mutating func encodeString(_ s: PyStr) {
        if s.isASCII || !options.ensureASCII {
            let escapesDelete = options.ensureASCII
            let done: Bool? = s.value.utf8.withContiguousStorageIfAvailable { b in
                for c in b where c < 0x20 || c == 34 || c == 92 || (c == 0x7F && escapesDelete) { return false }
                out.append(34)
                out.append(contentsOf: b)
                out.append(34)
                return true
            }
            if done == true { return }
        }
        encodeString(s.value)
    }

    mutating func encodeString(_ s: String) {
        out.append(34)
        let ascii = options.ensureASCII
        let plain = s.utf8.allSatisfy { $0 >= 0x20 && $0 != 34 && $0 != 92 && ($0 < 0x7F || !ascii) }
        if plain {
            append(s)
        } else {
            for u in s.unicodeScalars {
                switch u {
                case "\"": append("\\\"")
                case "\\": append("\\\\")
                case "\n": append("\\n")
                case "\r": append("\\r")
                case "\t": append("\\t")
                case "\u{08}": append("\\b")
                case "\u{0C}": append("\\f")
                default:
                    if u.value < 0x20 {
                        escapeUnit(u.value)
                    } else if u.value >= 0x7F && options.ensureASCII {
                        if u.value > 0xFFFF {
                            let v = u.value - 0x10000
                            escapeUnit(0xD800 + (v >> 10))
                            escapeUnit(0xDC00 + (v & 0x3FF))
                        } else {
                            escapeUnit(u.value)
                        }
                    } else {
                        out.append(contentsOf: String(u).utf8)
                    }
                }
            }
        }
        out.append(34)
    }
}
