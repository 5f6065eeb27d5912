/// Percent-encoding as `urllib.parse.quote` / `unquote` do it.
enum URLQuoting {
    static let alwaysSafe = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~".utf8))
    static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Percent-encodes `bytes`, leaving the always-safe bytes and `safe` as they are.
    static func quote(_ bytes: [UInt8], safe: [UInt8]) -> String {
        let ok = alwaysSafe.union(safe.filter { $0 < 128 })
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        for b in bytes {
            if ok.contains(b) {
                out.append(b)
            } else {
                out += [37, hexDigits[Int(b >> 4)], hexDigits[Int(b & 15)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of a `quote` argument: a str encoded with `encoding`, or bytes.
    static func data(_ v: Value, encoding: String, errors: String) throws -> [UInt8] {
        if let s = v.asStr { return try Codecs.encode(s.value, encoding: encoding, errors: errors) }
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        throw PyException.make(.typeError, "quote() doesn't support '\(typeName(v))' objects")
    }

    static func safeBytes(_ v: Value?) throws -> [UInt8]? {
        guard let v else { return nil }
        if let s = v.asStr { return Array(s.value.utf8) }
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        throw PyException.make(.typeError, "quote() doesn't support '\(typeName(v))' objects")
    }

    /// `unquote`: decodes %XX escapes; the resulting bytes are read with `encoding`/`errors`.
    static func unquote(_ s: String, encoding: String = "utf-8", errors: String = "replace") throws -> String {
        guard s.utf8.contains(37) else { return s }
        let u = Array(s.utf8)
        var result = ""
        var pending = [UInt8]()
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: return c - 48
            case 97...102: return c - 87
            case 65...70: return c - 55
            default: return nil
            }
        }
        var i = 0
        // Escaped bytes are decoded with `encoding`; literal text is kept as it is.
        func flush() throws {
            if !pending.isEmpty {
                result += try Codecs.decode(pending, encoding: encoding, errors: errors)
                pending = []
            }
        }
        var literal = [UInt8]()
        while i < u.count {
            if u[i] == 37, i + 2 < u.count, let h = hex(u[i + 1]), let l = hex(u[i + 2]) {
                if !literal.isEmpty {
                    result += String(decoding: literal, as: UTF8.self)
                    literal = []
                }
                pending.append(h << 4 | l)
                i += 3
            } else {
                try flush()
                literal.append(u[i])
                i += 1
            }
        }
        try flush()
        result += String(decoding: literal, as: UTF8.self)
        return result
    }
}
