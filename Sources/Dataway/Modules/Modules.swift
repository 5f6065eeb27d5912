/// The modules scripts can import (the top-level ones are also pre-loaded as builtins, as in
/// Tencent's Dataway).
enum Modules {
    /// Top-level modules by name. Immutable module objects; safe to share across runs.
    nonisolated(unsafe) static let preloaded: [String: Value] = [
        "json": JSONModule.module,
        "math": MathModule.module,
        "base64": Base64Module.module,
        "hashlib": HashlibModule.module,
        "hmac": HMACModule.module,
        "random": RandomModule.module,
        "urllib": URLLibModule.package,
        "struct": StructModule.module,
        "socket": SocketModule.module,
        "Crypto": CryptoModule.package,
        "decimal": DecimalModule.module,
        "re": RegexModule.module,
        "time": TimeModule.module,
        "datetime": DateTimeModule.module,
        "csv": CSVModule.module,
        "io": IOModule.module,
    ]

    /// Every importable name, dotted submodules included (`urllib.parse`, `Crypto.Cipher.AES`).
    nonisolated(unsafe) static let importable: [String: Value] = {
        var all: [String: Value] = [:]
        func add(_ name: String, _ v: Value) {
            all[name] = v
            guard let m = v.asObject as? PyModule else { return }
            for (k, sub) in m.attributes where (sub.asObject as? PyModule)?.name == "\(name).\(k)" { add("\(name).\(k)", sub) }
        }
        for (n, v) in preloaded { add(n, v) }
        // Importable but not pre-loaded (the spec's list is what Tencent's Dataway pre-loads).
        add("binascii", Base64Module.binascii)
        return all
    }()

    static var available: [String] { importable.keys.sorted() }

    static func named(_ name: String) -> Value? { importable[name] }
}
