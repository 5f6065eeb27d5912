/// Small helpers shared by the library modules.
enum ModuleKit {
    /// A module object from functions and plain values.
    /// (Functions come boxed: a function kept in a dictionary's values would be called through
    /// conversion thunks.)
    static func module(_ name: String, functions: [String: BuiltinBox], values: [String: Value] = [:]) -> Value {
        var attrs = values
        for (n, f) in functions { attrs[n] = .object(PyBuiltinFunction(n, f.fn)) }
        return .object(PyModule(name: name, attributes: attrs))
    }

    /// The bytes of a bytes-like argument; "a bytes-like object is required, not 'str'" otherwise.
    static func bytes(_ v: Value) throws -> [UInt8] {
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        throw PyException.make(.typeError, "a bytes-like object is required, not '\(typeName(v))'")
    }

    /// Bytes or an ASCII-only str (what `binascii`/`base64` decoders accept).
    static func asciiData(_ v: Value, what: String = "argument should be a bytes-like object or ASCII string") throws -> [UInt8] {
        if let s = v.asStr {
            guard s.isASCII else { throw PyException.make(.valueError, "string argument should contain only ASCII characters") }
            return Array(s.value.utf8)
        }
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        throw PyException.make(.typeError, "\(what), not '\(typeName(v))'")
    }

    static func bytesValue(_ b: [UInt8]) -> Value { .object(PyBytes(b)) }

    /// Lower-case hex digits of bytes.
    static func hex(_ b: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(b.count * 2)
        for x in b {
            out.append(digits[Int(x >> 4)])
            out.append(digits[Int(x & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An exception type defined by a module (`binascii.Error`, `struct.error`, ...).
    static func errorType(_ name: String, base: PyType) -> PyType { PyType(name: name, base: base, constructor: nil) }
}

extension ModuleKit {
    /// Python's `s.split(sep)` for a non-empty separator (code point based, no Foundation).
    static func split(_ s: String, _ sep: String) -> [String] {
        let h = Array(s.unicodeScalars)
        let n = Array(sep.unicodeScalars)
        guard !n.isEmpty, h.count >= n.count else { return [s] }
        var out: [String] = []
        var start = 0
        var i = 0
        while i + n.count <= h.count {
            if h[i] == n[0] && Array(h[i..<(i + n.count)]) == n {
                out.append(String(String.UnicodeScalarView(h[start..<i])))
                i += n.count
                start = i
            } else {
                i += 1
            }
        }
        out.append(String(String.UnicodeScalarView(h[start...])))
        return out
    }

    /// Python's `s.replace(old, new)` for a non-empty `old`.
    static func replace(_ s: String, _ old: String, _ new: String) -> String {
        split(s, old).joined(separator: new)
    }
}
