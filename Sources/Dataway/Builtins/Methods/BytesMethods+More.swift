// ASCII case mapping and predicates, hex conversion, `translate`/`maketrans`, and the bytearray
// mutators.

extension BytesOps {
    // MARK: case and predicates (ASCII only, as CPython's bytes methods)

    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func toUpper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 32 : b }
    @inline(__always) static func toLower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    static func title(_ b: [UInt8]) -> [UInt8] {
        var out = b
        var previousCased = false
        for i in 0..<out.count {
            let c = out[i]
            if isLower(c) {
                if !previousCased { out[i] = c - 32 }
                previousCased = true
            } else if isUpper(c) {
                if previousCased { out[i] = c + 32 }
                previousCased = true
            } else {
                previousCased = false
            }
        }
        return out
    }

    static func capitalize(_ b: [UInt8]) -> [UInt8] {
        var out = b.map(toLower)
        if !out.isEmpty { out[0] = toUpper(out[0]) }
        return out
    }

    /// Non-empty and every byte satisfies `f`.
    static func all(_ b: [UInt8], _ f: (UInt8) -> Bool) -> Bool { !b.isEmpty && b.allSatisfy(f) }

    static func isLowerText(_ b: [UInt8]) -> Bool { TextCase.isLower(b, caseOf: byteCase) }
    static func isUpperText(_ b: [UInt8]) -> Bool { TextCase.isUpper(b, caseOf: byteCase) }
    static func isTitleText(_ b: [UInt8]) -> Bool { TextCase.isTitle(b, caseOf: byteCase) }

    private static func byteCase(_ c: UInt8) -> TextCase.Kind { isUpper(c) ? .upper : isLower(c) ? .lower : .uncased }

    // MARK: hex

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `bytes.hex(sep=..., bytes_per_sep=1)`.
    static func hex(_ vm: VM, _ o: PyBytes, _ a: Args) throws -> Value {
        let p = try bindKeywords(a, "hex", ["sep", "bytes_per_sep"])
        var sep: UInt8?
        if let s = p[0] {
            let raw: [UInt8]
            if let str = s.asStr {
                guard str.count == 1 else { throw PyException.make(.valueError, "sep must be length 1.") }
                raw = Array(str.value.utf8)
            } else if let b = bytesLike(s) {
                guard b.count == 1 else { throw PyException.make(.valueError, "sep must be length 1.") }
                raw = b
            } else {
                throw PyException.make(.typeError, "object of type '\(typeName(s))' has no len()")
            }
            guard raw.count == 1, raw[0] < 0x80 else { throw PyException.make(.valueError, "sep must be ASCII.") }
            sep = raw[0]
        }
        let per = try p[1].map(intArg) ?? 1
        let b = o.bytes
        let n = b.count
        let groupSize = per.magnitude
        let separators = sep == nil || per == 0 || n == 0 ? 0 : (n - 1) / Int(min(groupSize, UInt(Int.max)))
        try vm.checkSize(n * 2 + separators)
        var out: [UInt8] = []
        out.reserveCapacity(n * 2 + separators)
        for i in 0..<n {
            if let sep, separators > 0, i > 0 {
                let boundary = per < 0 ? UInt(i) % groupSize == 0 : UInt(n - i) % groupSize == 0
                if boundary { out.append(sep) }
            }
            out.append(hexDigits[Int(b[i] >> 4)])
            out.append(hexDigits[Int(b[i] & 0xF)])
        }
        return .str(String(decoding: out, as: UTF8.self))
    }

    /// `bytes.fromhex(string)` / `bytearray.fromhex(string)`.
    static func fromhex(_ a: Args, mutable: Bool) throws -> Value {
        let v = try oneArg(a, mutable ? "bytearray.fromhex" : "bytes.fromhex")
        guard let s = v.asStr else {
            throw PyException.make(.typeError, "fromhex() argument must be str, not \(clinicTypeName(v))")
        }
        func fail(_ position: Int) -> PyRaise {
            PyException.make(.valueError, "non-hexadecimal number found in fromhex() arg at position \(position)")
        }
        if !s.isASCII {
            var i = 0
            for c in s.value.unicodeScalars {
                if c.value >= 0x80 { break }
                i += 1
            }
            throw fail(i)
        }
        let u = Array(s.value.utf8)
        func digit(_ i: Int) -> UInt8? {
            guard i < u.count else { return nil }
            switch u[i] {
            case 48...57: return u[i] - 48
            case 97...102: return u[i] - 87
            case 65...70: return u[i] - 55
            default: return nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(u.count / 2)
        var i = 0
        while i < u.count {
            if isASCIISpace(u[i]) {
                while i < u.count && isASCIISpace(u[i]) { i += 1 }
                if i >= u.count { break }
            }
            guard let hi = digit(i) else { throw fail(i) }
            guard let lo = digit(i + 1) else { throw fail(i + 1) }
            out.append(hi << 4 | lo)
            i += 2
        }
        return .object(PyBytes(out, mutable: mutable))
    }

    // MARK: translate

    static func translate(_ o: PyBytes, _ a: Args) throws -> Value {
        let q = qualified(o, "translate")
        for k in a.keywordNames where k != "delete" {
            throw PyException.make(.typeError, "'\(k)' is an invalid keyword argument for translate()")
        }
        let p = try bindKeywords(a, "translate", ["table", "delete"])
        guard let tableValue = p[0] else {
            throw PyException.make(.typeError, "\(q)() missing required argument 'table' (pos 1)")
        }
        var table: [UInt8]?
        if !tableValue.isNone {
            let t = try bytesArg(tableValue)
            guard t.count == 256 else { throw PyException.make(.valueError, "translation table must be 256 characters long") }
            table = t
        }
        var delete = [Bool](repeating: false, count: 256)
        if let d = p[1] { for c in try bytesArg(d) { delete[Int(c)] = true } }
        var out: [UInt8] = []
        out.reserveCapacity(o.bytes.count)
        for c in o.bytes where !delete[Int(c)] { out.append(table?[Int(c)] ?? c) }
        return make(out, like: o)
    }

    /// `bytes.maketrans(from, to)`.
    static func maketrans(_ a: Args, mutable: Bool) throws -> Value {
        try positional(a, "maketrans", mutable ? "bytearray.maketrans" : "bytes.maketrans", min: 2, max: 2)
        let from = try bytesArg(a[0])
        let to = try bytesArg(a[1])
        guard from.count == to.count else { throw PyException.make(.valueError, "maketrans arguments must have same length") }
        var table = (0...255).map { UInt8($0) }
        for (f, t) in zip(from, to) { table[Int(f)] = t }
        return .object(PyBytes(table))
    }

    // MARK: bytearray mutators

    /// The receiver as a bytearray; AttributeError for bytes, which has no such method.
    static func mutable(_ r: Value, _ name: String) throws -> PyBytes {
        let o = try receiverBytes(r)
        guard o.kind == .bytearray else {
            throw PyException.make(.attributeError, "'bytes' object has no attribute '\(name)'")
        }
        return o
    }

    static func extend(_ vm: VM, _ o: PyBytes, _ v: Value) throws {
        if let b = bytesLike(v) {
            try vm.checkSize(o.bytes.count + b.count)
            o.bytes += b
            return
        }
        let it: PyIterator
        do { it = try vm.makeIterator(v) } catch is PyRaise {
            throw PyException.make(.typeError, "can't extend bytearray with \(typeName(v))")
        }
        var added: [UInt8] = []
        for x in try vm.iterateToArray(.object(it)) { added.append(try byteValue(x)) }
        try vm.checkSize(o.bytes.count + added.count)
        o.bytes += added
    }

    static func pop(_ o: PyBytes, _ a: Args) throws -> Value {
        try positional(a, "pop", "bytearray.pop", min: 0, max: 1)
        var i = try a.at(0).map(intArg) ?? -1
        if o.bytes.isEmpty { throw PyException.make(.indexError, "pop from empty bytearray") }
        if i < 0 { i += o.bytes.count }
        guard i >= 0 && i < o.bytes.count else { throw PyException.make(.indexError, "pop index out of range") }
        return .int(Int(o.bytes.remove(at: i)))
    }

    static func insert(_ vm: VM, _ o: PyBytes, _ a: Args) throws {
        try positional(a, "insert", "bytearray.insert", min: 2, max: 2)
        var i = try intArg(a[0])
        let b = try byteValue(a[1])
        let n = o.bytes.count
        if i < 0 { i = max(0, i + n) }
        try vm.checkSize(n + 1)
        o.bytes.insert(b, at: min(i, n))
    }

    static func remove(_ o: PyBytes, _ a: Args) throws {
        let b = try byteValue(try oneArg(a, "bytearray.remove"))
        guard let i = o.bytes.firstIndex(of: b) else {
            throw PyException.make(.valueError, "value not found in bytearray")
        }
        o.bytes.remove(at: i)
    }
}
