/// The `hmac` module: `new`, `digest`, `compare_digest` and HMAC objects (swift-crypto's HMAC).
enum HMACModule {
    // Immutable process-wide type object.
    nonisolated(unsafe) static let hmacType = nativeType("HMAC")

    /// The hash algorithm named by `digestmod`: a name ("sha256") or a `hashlib` constructor.
    static func algorithm(_ digestmod: Value?) throws -> HashState {
        guard let d = digestmod, !d.isNone, !(d.asStr?.value.isEmpty ?? false) else {
            throw PyException.make(.typeError, "Missing required parameter 'digestmod'.")
        }
        if let s = d.asStr {
            guard let h = HashState(name: s.value) else { throw PyException.make(.valueError, "unsupported hash type \(s.value)") }
            return h
        }
        if let f = d.asObject as? PyBuiltinFunction, let h = HashState(name: f.name), HashState.names.contains(f.name) { return h }
        throw PyException.make(.typeError, "object of type '\(typeName(d))' is not callable")
    }

    static func key(_ v: Value) throws -> [UInt8] {
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        throw PyException.make(.typeError, "key: expected bytes or bytearray, but got '\(typeName(v))'")
    }

    nonisolated(unsafe) static let module: Value = ModuleKit.module(
        "hmac",
        functions: [
            "new": BuiltinBox { _, a in
                try a.expect("new", min: 1, max: 3, keywords: ["key", "msg", "digestmod"])
                guard let k = a.argument(0, "key") else {
                    throw PyException.make(.typeError, "new() missing 1 required positional argument: 'key'")
                }
                let alg = try algorithm(a.argument(2, "digestmod"))
                let h = PyHMAC(HMACState(algorithm: alg, key: try key(k)), algorithm: alg)
                if let m = a.argument(1, "msg"), !m.isNone { h.state.update(try HashlibModule.data(m)) }
                return .object(h)
            },
            "digest": BuiltinBox { _, a in
                try a.expect("digest", min: 3, max: 3, keywords: ["key", "msg", "digest"])
                let alg = try algorithm(a.argument(2, "digest"))
                var s = HMACState(algorithm: alg, key: try key(a[0]))
                s.update(try HashlibModule.data(a[1]))
                return ModuleKit.bytesValue(s.digest())
            },
            "compare_digest": BuiltinBox { _, a in
                try a.expect("compare_digest", min: 2, max: 2)
                return .bool(try compareDigest(a[0], a[1]))
            },
        ])

    /// `hmac.compare_digest`: constant-time equality of two str (ASCII) or two bytes-like values.
    static func compareDigest(_ x: Value, _ y: Value) throws -> Bool {
        let p: [UInt8]
        let q: [UInt8]
        if let s = x.asStr, let t = y.asStr {
            guard s.isASCII && t.isASCII else {
                throw PyException.make(.typeError, "comparing strings with non-ASCII characters is not supported")
            }
            p = Array(s.value.utf8)
            q = Array(t.value.utf8)
        } else if let a = x.asObject, a.kind == .bytes || a.kind == .bytearray, let b = y.asObject, b.kind == .bytes || b.kind == .bytearray
        {
            p = unsafeDowncast(a, to: PyBytes.self).bytes
            q = unsafeDowncast(b, to: PyBytes.self).bytes
        } else {
            func isBuffer(_ v: Value) -> Bool { v.asObject.map { $0.kind == .bytes || $0.kind == .bytearray } ?? false }
            if !isBuffer(x) && !isBuffer(y) {
                throw PyException.make(
                    .typeError, "unsupported operand types(s) or combination of types: '\(typeName(x))' and '\(typeName(y))'")
            }
            throw PyException.make(.typeError, "a bytes-like object is required, not '\(typeName(isBuffer(x) ? y : x))'")
        }
        var diff = UInt8(p.count == q.count ? 0 : 1)
        let r = p.count == q.count ? p : q
        for i in 0..<q.count { diff |= r[i] ^ q[i] }
        return diff == 0
    }
}

/// An `hmac.HMAC` object.
final class PyHMAC: PyNativeObject {
    var state: HMACState
    let algorithm: HashState
    init(_ state: HMACState, algorithm: HashState) {
        self.state = state
        self.algorithm = algorithm
        super.init()
    }

    override var nativeType: PyType { HMACModule.hmacType }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "name": return .str("hmac-" + algorithm.name)
        case "digest_size": return .int(algorithm.digestSize)
        case "block_size": return .int(algorithm.blockSize)
        default: return nil
        }
    }

    override func method(_ name: String) -> MethodFn? { PyHMAC.methods[name] }

    static let methods: [String: MethodFn] = [
        "update": nativeMethod(PyHMAC.self) { _, h, a in
            try a.expect("update", min: 1, max: 1, keywords: ["msg"])
            h.state.update(try HashlibModule.data(a.argument(0, "msg") ?? .none))
            return .none
        },
        "digest": nativeMethod(PyHMAC.self) { _, h, a in
            try noArgs(a, "digest")
            return ModuleKit.bytesValue(h.state.digest())
        },
        "hexdigest": nativeMethod(PyHMAC.self) { _, h, a in
            try noArgs(a, "hexdigest")
            return .str(ModuleKit.hex(h.state.digest()))
        },
        "copy": nativeMethod(PyHMAC.self) { _, h, a in
            try noArgs(a, "copy")
            return .object(PyHMAC(h.state, algorithm: h.algorithm))
        },
    ]
}
