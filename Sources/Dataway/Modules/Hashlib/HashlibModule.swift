/// The `hashlib` module: md5, sha1, sha256, sha384, sha512 and `new(name, data)`.
enum HashlibModule {
    // Immutable process-wide type object.
    nonisolated(unsafe) static let hashType = nativeType("HASH")

    /// Data for hashing: bytes-like only, as CPython ("Strings must be encoded before hashing").
    static func data(_ v: Value) throws -> [UInt8] {
        if v.asStr != nil { throw PyException.make(.typeError, "Strings must be encoded before hashing") }
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        throw PyException.make(.typeError, "object supporting the buffer API required")
    }

    static func constructor(_ name: String) -> BuiltinFn {
        { _, a in
            try a.expect(name, min: 0, max: 1, keywords: ["string", "data", "usedforsecurity"])
            guard var h = HashState(name: name) else { throw PyException.make(.valueError, "unsupported hash type \(name)") }
            if let d = a.argument(0, "string") ?? a.keyword("data") { h.update(try data(d)) }
            return .object(PyHash(h))
        }
    }

    nonisolated(unsafe) static let module: Value = {
        var fns: [String: BuiltinBox] = [:]
        for n in HashState.names { fns[n] = BuiltinBox(constructor(n)) }
        fns["new"] = BuiltinBox { _, a in
            try a.expect("new", min: 1, max: 2, keywords: ["name", "string", "data", "usedforsecurity"])
            guard let nv = a.argument(0, "name") else {
                throw PyException.make(.typeError, "new() missing required argument 'name' (pos 1)")
            }
            guard let name = nv.asStr?.value else {
                throw PyException.make(.typeError, "new() argument 'name' must be str, not \(typeName(nv))")
            }
            guard var h = HashState(name: name) else { throw PyException.make(.valueError, "unsupported hash type \(name)") }
            if let d = a.argument(1, "string") ?? a.keyword("data") { h.update(try data(d)) }
            return .object(PyHash(h))
        }
        return ModuleKit.module("hashlib", functions: fns)
    }()
}

/// A `hashlib` hash object.
final class PyHash: PyNativeObject {
    var state: HashState
    init(_ state: HashState) {
        self.state = state
        super.init()
    }

    override var nativeType: PyType { HashlibModule.hashType }
    override func repr() -> String { "<\(state.name) _hashlib.HASH object>" }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "name": return .str(state.name)
        case "digest_size": return .int(state.digestSize)
        case "block_size": return .int(state.blockSize)
        default: return nil
        }
    }

    override func method(_ name: String) -> MethodFn? { PyHash.methods[name] }

    static let methods: [String: MethodFn] = [
        "update": nativeMethod(PyHash.self) { _, h, a in
            h.state.update(try HashlibModule.data(try oneArg(a, "update")))
            return .none
        },
        "digest": nativeMethod(PyHash.self) { _, h, a in
            try noArgs(a, "digest")
            return ModuleKit.bytesValue(h.state.digest())
        },
        "hexdigest": nativeMethod(PyHash.self) { _, h, a in
            try noArgs(a, "hexdigest")
            return .str(ModuleKit.hex(h.state.digest()))
        },
        "copy": nativeMethod(PyHash.self) { _, h, a in
            try noArgs(a, "copy")
            return .object(PyHash(h.state))
        },
    ]
}
