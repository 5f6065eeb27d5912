/// The `Crypto` package as pycryptodome lays it out: `Crypto.Cipher.AES`, `Crypto.Util.Padding`
/// and `Crypto.Random.get_random_bytes`.
enum CryptoModule {
    // Immutable process-wide type objects.
    nonisolated(unsafe) static let ecbType = nativeType("EcbMode")
    nonisolated(unsafe) static let cbcType = nativeType("CbcMode")
    nonisolated(unsafe) static let gcmType = nativeType("GcmMode")

    /// Binary data for the cipher functions (pycryptodome refuses str).
    static func data(_ v: Value) throws -> [UInt8] {
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        throw PyException.make(.typeError, "Object type <class '\(typeName(v))'> cannot be passed to C code")
    }

    static func randomBytes(_ n: Int) -> [UInt8] {
        var g = SystemRandomNumberGenerator()
        return (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
    }

    static let new: BuiltinFn = { _, a in
        guard a.count >= 2 || (a.count == 1 && a.keyword("mode") != nil) else {
            throw PyException.make(.typeError, "new() missing 1 required positional argument: 'mode'")
        }
        let key = try data(a[0])
        guard let modeNumber = (a.at(1) ?? a.keyword("mode"))?.asBigInt, let mode = PyAESCipher.Mode(rawValue: Int(modeNumber)) else {
            throw PyException.make(.valueError, "Mode not supported")
        }
        if ![16, 24, 32].contains(key.count) { throw PyException.make(.valueError, "Incorrect AES key length (\(key.count) bytes)") }
        var extra: [String: Value] = [:]
        for (i, n) in a.keywordNames.enumerated() where n != "mode" { extra[n] = a.values[a.count + i] }
        let third = a.at(2)
        switch mode {
        case .ecb:
            if !extra.isEmpty || third != nil {
                let d = PyDict()
                for (k, v) in extra.sorted(by: { $0.key < $1.key }) { d.set(k, v) }
                throw PyException.make(.typeError, "Unknown parameters for ECB: \(try pyRepr(.object(d)))")
            }
            return .object(PyAESCipher(key: key, mode: .ecb, iv: []))
        case .cbc:
            var iv = randomBytes(16)
            if let v = third ?? extra.removeValue(forKey: "iv") ?? extra.removeValue(forKey: "IV") { iv = try data(v) }
            if iv.count != 16 { throw PyException.make(.valueError, "Incorrect IV length (it must be 16 bytes long)") }
            return .object(PyAESCipher(key: key, mode: .cbc, iv: iv))
        case .gcm:
            var nonce = randomBytes(16)
            if let v = third ?? extra.removeValue(forKey: "nonce") { nonce = try data(v) }
            if nonce.isEmpty { throw PyException.make(.valueError, "Nonce cannot be empty") }
            if nonce.count < 12 {
                throw PyException.make(.valueError, "GCM nonces shorter than 12 bytes are not supported in Dataway")
            }
            let macLen = try extra.removeValue(forKey: "mac_len").map { try indexValue($0) } ?? 16
            if !(4...16).contains(macLen) { throw PyException.make(.valueError, "Parameter 'mac_len' must be in the range 4..16") }
            return .object(PyAESCipher(key: key, mode: .gcm, iv: nonce, macLength: macLen))
        }
    }

    nonisolated(unsafe) static let aes: Value = .object(
        PyModule(
            name: "Crypto.Cipher.AES",
            attributes: [
                "new": .object(PyBuiltinFunction("new", new)),
                "MODE_ECB": .int(1), "MODE_CBC": .int(2), "MODE_CFB": .int(3), "MODE_OFB": .int(5), "MODE_CTR": .int(6),
                "MODE_GCM": .int(11),
                "block_size": .int(16), "key_size": .tuple([.int(16), .int(24), .int(32)]),
            ]))

    nonisolated(unsafe) static let padding: Value = ModuleKit.module(
        "Crypto.Util.Padding",
        functions: [
            "pad": BuiltinBox { _, a in
                try a.expect("pad", min: 2, max: 3, keywords: ["data_to_pad", "block_size", "style"])
                let d = try data(a.argument(0, "data_to_pad") ?? .none)
                let bs = try indexValue(a.argument(1, "block_size") ?? .none)
                let style = a.argument(2, "style")?.asStr?.value ?? "pkcs7"
                return ModuleKit.bytesValue(try Padding.pad(d, bs, style))
            },
            "unpad": BuiltinBox { _, a in
                try a.expect("unpad", min: 2, max: 3, keywords: ["padded_data", "block_size", "style"])
                let d = try data(a.argument(0, "padded_data") ?? .none)
                let bs = try indexValue(a.argument(1, "block_size") ?? .none)
                let style = a.argument(2, "style")?.asStr?.value ?? "pkcs7"
                return ModuleKit.bytesValue(try Padding.unpad(d, bs, style))
            },
        ])

    nonisolated(unsafe) static let random: Value = ModuleKit.module(
        "Crypto.Random",
        functions: [
            "get_random_bytes": BuiltinBox { vm, a in
                try a.expect("get_random_bytes", min: 1, max: 1)
                let n = try indexValue(a[0])
                try vm.checkSize(n)
                return ModuleKit.bytesValue(randomBytes(max(0, n)))
            }
        ])

    nonisolated(unsafe) static let package: Value = .object(
        PyModule(
            name: "Crypto",
            attributes: [
                "Cipher": .object(PyModule(name: "Crypto.Cipher", attributes: ["AES": aes])),
                "Util": .object(PyModule(name: "Crypto.Util", attributes: ["Padding": padding])),
                "Random": random,
            ]))
}

/// `Crypto.Util.Padding`: pkcs7, x923 and iso7816 padding, with pycryptodome's messages.
enum Padding {
    static func pad(_ d: [UInt8], _ bs: Int, _ style: String) throws -> [UInt8] {
        guard bs > 0 else { throw PyException.make(.zeroDivisionError, "integer modulo by zero") }
        let n = bs - d.count % bs
        switch style {
        case "pkcs7": return d + [UInt8](repeating: UInt8(truncatingIfNeeded: n), count: n)
        case "x923": return d + [UInt8](repeating: 0, count: n - 1) + [UInt8(truncatingIfNeeded: n)]
        case "iso7816": return d + [128] + [UInt8](repeating: 0, count: n - 1)
        default: throw PyException.make(.valueError, "Unknown padding style")
        }
    }

    static func unpad(_ d: [UInt8], _ bs: Int, _ style: String) throws -> [UInt8] {
        if d.isEmpty { throw PyException.make(.valueError, "Zero-length input cannot be unpadded") }
        guard bs > 0 else { throw PyException.make(.zeroDivisionError, "integer modulo by zero") }
        if d.count % bs != 0 { throw PyException.make(.valueError, "Input data is not padded") }
        let n: Int
        switch style {
        case "pkcs7", "x923":
            n = Int(d[d.count - 1])
            if n < 1 || n > min(bs, d.count) { throw PyException.make(.valueError, "Padding is incorrect.") }
            if style == "pkcs7" {
                if d.suffix(n).contains(where: { Int($0) != n }) { throw PyException.make(.valueError, "PKCS#7 padding is incorrect.") }
            } else if d.suffix(n).dropLast().contains(where: { $0 != 0 }) {
                throw PyException.make(.valueError, "ANSI X.923 padding is incorrect.")
            }
        case "iso7816":
            n = d.count - (d.lastIndex(of: 128) ?? -1)
            if n < 1 || n > min(bs, d.count) { throw PyException.make(.valueError, "Padding is incorrect.") }
            if n > 1 && d.suffix(n - 1).contains(where: { $0 != 0 }) {
                throw PyException.make(.valueError, "ISO 7816-4 padding is incorrect.")
            }
        default: throw PyException.make(.valueError, "Unknown padding style")
        }
        return Array(d.dropLast(n))
    }
}
