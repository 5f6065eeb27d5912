import Crypto
import _CryptoExtras

/// A pycryptodome-style AES cipher object (`AES.new(key, mode, ...)`) in ECB, CBC or GCM mode.
/// The block operations come from swift-crypto: the AES permutation (ECB), `AES._CBC` and `AES.GCM`.
final class PyAESCipher: PyNativeObject {
    enum Mode: Int {
        case ecb = 1
        case cbc = 2
        case gcm = 11
    }
    enum Direction { case none, encrypting, decrypting }

    let key: SymmetricKey
    let mode: Mode
    /// CBC: the chaining value (the IV, then the last ciphertext block). GCM: the nonce.
    var iv: [UInt8]
    let initialIV: [UInt8]
    let macLength: Int
    var direction = Direction.none
    /// GCM: associated data, and everything encrypted or decrypted so far (the mode is one-shot
    /// in swift-crypto; CTR keystreams make a prefix's output a prefix of the whole output).
    var aad: [UInt8] = []
    var plaintext: [UInt8] = []
    var ciphertext: [UInt8] = []
    var finished = false

    init(key: [UInt8], mode: Mode, iv: [UInt8], macLength: Int = 16) {
        self.key = SymmetricKey(data: key)
        self.mode = mode
        self.iv = iv
        self.initialIV = iv
        self.macLength = macLength
        super.init()
    }

    override var nativeType: PyType {
        switch mode {
        case .ecb: return CryptoModule.ecbType
        case .cbc: return CryptoModule.cbcType
        case .gcm: return CryptoModule.gcmType
        }
    }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch (name, mode) {
        case ("block_size", _): return .int(16)
        case ("iv", .cbc), ("IV", .cbc), ("nonce", .gcm): return ModuleKit.bytesValue(initialIV)
        default: return nil
        }
    }

    override func method(_ name: String) -> MethodFn? { PyAESCipher.methods[name] }

    static func fail(_ m: String) -> PyRaise { PyException.make(.valueError, m) }

    func crypt(_ data: [UInt8], encrypt: Bool) throws -> [UInt8] {
        let verb = encrypt ? "encrypt" : "decrypt"
        switch mode {
        case .ecb:
            if data.count % 16 != 0 { throw PyAESCipher.fail("Data must be aligned to block boundary in ECB mode") }
            var out = [UInt8]()
            out.reserveCapacity(data.count)
            var i = 0
            while i < data.count {
                var block = Array(data[i..<(i + 16)])
                if encrypt { try AES.permute(&block, key: key) } else { try AES.inversePermute(&block, key: key) }
                out += block
                i += 16
            }
            return out
        case .cbc:
            let want: Direction = encrypt ? .encrypting : .decrypting
            if direction != .none && direction != want {
                throw PyException.make(.typeError, "\(verb)() cannot be called after \(encrypt ? "decrypt" : "encrypt")()")
            }
            direction = want
            if data.count % 16 != 0 { throw PyAESCipher.fail("Data must be padded to 16 byte boundary in CBC mode") }
            if data.isEmpty { return [] }
            let ivValue = try AES._CBC.IV(ivBytes: iv)
            let out: [UInt8]
            if encrypt {
                out = Array(try AES._CBC.encrypt(data, using: key, iv: ivValue, noPadding: true))
                iv = Array(out.suffix(16))
            } else {
                out = Array(try AES._CBC.decrypt(data, using: key, iv: ivValue, noPadding: true))
                iv = Array(data.suffix(16))
            }
            return out
        case .gcm:
            let want: Direction = encrypt ? .encrypting : .decrypting
            if finished || (direction != .none && direction != want) {
                throw PyException.make(
                    .typeError, "\(verb)() can only be called after initialization or an update()")
            }
            direction = want
            let before = encrypt ? plaintext.count : ciphertext.count
            if encrypt { plaintext += data } else { ciphertext += data }
            // GCM's ciphertext is plaintext XOR keystream, so sealing the input gives the output.
            let sealed = try AES.GCM.seal(encrypt ? plaintext : ciphertext, using: key, nonce: try AES.GCM.Nonce(data: iv))
            let out = Array(Array(sealed.ciphertext)[before...])
            if encrypt { ciphertext += out } else { plaintext += out }
            return out
        }
    }

    /// The GCM tag of the data so far.
    func tag() throws -> [UInt8] {
        let sealed = try AES.GCM.seal(plaintext, using: key, nonce: try AES.GCM.Nonce(data: iv), authenticating: aad)
        return Array(Array(sealed.tag).prefix(macLength))
    }

    func digest() throws -> [UInt8] {
        if direction == .decrypting {
            throw PyException.make(.typeError, "digest() cannot be called when decrypting or validating a message")
        }
        direction = .encrypting
        finished = true
        return try tag()
    }

    func verify(_ received: [UInt8]) throws {
        if direction == .encrypting { throw PyException.make(.typeError, "verify() cannot be called when encrypting a message") }
        direction = .decrypting
        finished = true
        let t = try tag()
        var diff = UInt8(t.count == received.count ? 0 : 1)
        for (x, y) in zip(t, received) { diff |= x ^ y }
        if diff != 0 { throw PyAESCipher.fail("MAC check failed") }
    }

    static func gcmOnly(_ name: String, _ body: @escaping @Sendable (VM, PyAESCipher, Args) throws -> Value) -> MethodFn {
        nativeMethod(PyAESCipher.self) { vm, c, a in
            guard c.mode == .gcm else {
                throw PyException.make(.attributeError, "'\(c.nativeType.name)' object has no attribute '\(name)'")
            }
            return try body(vm, c, a)
        }
    }

    static let methods: [String: MethodFn] = [
        "encrypt": nativeMethod(PyAESCipher.self) { _, c, a in
            try a.expect("encrypt", min: 1, max: 1, keywords: ["plaintext", "output"])
            return ModuleKit.bytesValue(try c.crypt(try CryptoModule.data(a.argument(0, "plaintext") ?? .none), encrypt: true))
        },
        "decrypt": nativeMethod(PyAESCipher.self) { _, c, a in
            try a.expect("decrypt", min: 1, max: 1, keywords: ["ciphertext", "output"])
            return ModuleKit.bytesValue(try c.crypt(try CryptoModule.data(a.argument(0, "ciphertext") ?? .none), encrypt: false))
        },
        "update": gcmOnly("update") { _, c, a in
            let d = try CryptoModule.data(try oneArg(a, "update"))
            if c.direction != .none || c.finished {
                throw PyException.make(.typeError, "update() can only be called immediately after initialization")
            }
            c.aad += d
            return .object(c)
        },
        "digest": gcmOnly("digest") { _, c, a in
            try noArgs(a, "digest")
            return ModuleKit.bytesValue(try c.digest())
        },
        "hexdigest": gcmOnly("hexdigest") { _, c, a in
            try noArgs(a, "hexdigest")
            return .str(ModuleKit.hex(try c.digest()))
        },
        "verify": gcmOnly("verify") { _, c, a in
            try c.verify(try CryptoModule.data(try oneArg(a, "verify")))
            return .none
        },
        "hexverify": gcmOnly("hexverify") { _, c, a in
            let s = try oneArg(a, "hexverify")
            guard let text = s.asStr else { throw PyException.make(.typeError, "hexverify() argument must be str") }
            try c.verify(try Binascii.unhex(Array(text.value.utf8)))
            return .none
        },
        "encrypt_and_digest": gcmOnly("encrypt_and_digest") { _, c, a in
            try a.expect("encrypt_and_digest", min: 1, max: 1, keywords: ["plaintext", "output"])
            let ct = try c.crypt(try CryptoModule.data(a.argument(0, "plaintext") ?? .none), encrypt: true)
            return .tuple([ModuleKit.bytesValue(ct), ModuleKit.bytesValue(try c.digest())])
        },
        "decrypt_and_verify": gcmOnly("decrypt_and_verify") { _, c, a in
            try a.expect("decrypt_and_verify", min: 2, max: 2, keywords: ["ciphertext", "received_mac_tag", "output"])
            let pt = try c.crypt(try CryptoModule.data(a.argument(0, "ciphertext") ?? .none), encrypt: false)
            try c.verify(try CryptoModule.data(a.argument(1, "received_mac_tag") ?? .none))
            return ModuleKit.bytesValue(pt)
        },
    ]
}
