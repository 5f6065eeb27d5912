/// The base64 and hex codecs of CPython's `binascii` module (which `base64` builds on).
enum Binascii {
    // Immutable process-wide type object.
    nonisolated(unsafe) static let error = ModuleKit.errorType("Error", base: .valueError)

    static func fail(_ message: String) -> PyRaise { PyRaise(PyException(type: error, args: [.str(message)])) }

    static let b64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let b64Table: [UInt8] = {
        var t = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in b64Alphabet.enumerated() { t[Int(c)] = UInt8(i) }
        return t
    }()

    /// `binascii.b2a_base64(data, newline=...)`.
    static func encodeBase64(_ data: [UInt8], newline: Bool = false) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity((data.count + 2) / 3 * 4 + 1)
        var i = 0
        while i + 3 <= data.count {
            let n = UInt32(data[i]) << 16 | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2])
            for s in [18, 12, 6, 0] { out.append(b64Alphabet[Int((n >> UInt32(s)) & 63)]) }
            i += 3
        }
        let rest = data.count - i
        if rest == 1 {
            let n = UInt32(data[i]) << 16
            out += [b64Alphabet[Int(n >> 18)], b64Alphabet[Int((n >> 12) & 63)], 61, 61]
        } else if rest == 2 {
            let n = UInt32(data[i]) << 16 | UInt32(data[i + 1]) << 8
            out += [b64Alphabet[Int(n >> 18)], b64Alphabet[Int((n >> 12) & 63)], b64Alphabet[Int((n >> 6) & 63)], 61]
        }
        if newline { out.append(10) }
        return out
    }

    /// `binascii.a2b_base64(data, strict_mode=...)`, following CPython's state machine.
    static func decodeBase64(_ data: [UInt8], strict: Bool) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(data.count / 4 * 3)
        if strict && data.first == 61 { throw fail("Leading padding not allowed") }
        var quad = 0
        var pads = 0
        var left: UInt8 = 0
        var paddingStarted = false
        for (i, ch) in data.enumerated() {
            if ch == 61 {
                paddingStarted = true
                if quad >= 2 {
                    pads += 1
                    if quad + pads >= 4 {
                        if strict && i + 1 < data.count { throw fail("Excess data after padding") }
                        return out
                    }
                }
                continue
            }
            let v = b64Table[Int(ch)]
            if v >= 64 {
                if strict { throw fail("Only base64 data is allowed") }
                continue
            }
            if strict && paddingStarted { throw fail("Discontinuous padding not allowed") }
            pads = 0
            switch quad {
            case 0:
                quad = 1
                left = v
            case 1:
                quad = 2
                out.append(left << 2 | v >> 4)
                left = v & 0x0F
            case 2:
                quad = 3
                out.append(left << 4 | v >> 2)
                left = v & 0x03
            default:
                quad = 0
                out.append(left << 6 | v)
                left = 0
            }
        }
        if quad != 0 {
            if quad == 1 {
                throw fail(
                    "Invalid base64-encoded string: number of data characters (\(out.count / 3 * 4 + 1)) cannot be 1 more than a multiple of 4"
                )
            }
            throw fail("Incorrect padding")
        }
        return out
    }

    /// `binascii.unhexlify`.
    static func unhex(_ data: [UInt8]) throws -> [UInt8] {
        if data.count % 2 != 0 { throw fail("Odd-length string") }
        func digit(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: return c - 48
            case 97...102: return c - 87
            case 65...70: return c - 55
            default: return nil
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(data.count / 2)
        var i = 0
        while i < data.count {
            guard let h = digit(data[i]), let l = digit(data[i + 1]) else { throw fail("Non-hexadecimal digit found") }
            out.append(h << 4 | l)
            i += 2
        }
        return out
    }

    /// CRC-32 (the zlib polynomial), as `binascii.crc32`.
    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: [UInt8], _ start: UInt32) -> UInt32 {
        var c = ~start
        for b in data { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return ~c
    }

    nonisolated(unsafe) static let module: Value = ModuleKit.module(
        "binascii",
        functions: [
            "hexlify": BuiltinBox(hexlify), "b2a_hex": BuiltinBox(hexlify),
            "unhexlify": BuiltinBox(unhexlify), "a2b_hex": BuiltinBox(unhexlify),
            "b2a_base64": BuiltinBox { _, a in
                try a.expect("b2a_base64", min: 1, max: 1, keywords: ["newline"])
                let nl = try a.keyword("newline").map(truthy) ?? true
                return ModuleKit.bytesValue(encodeBase64(try ModuleKit.bytes(a[0]), newline: nl))
            },
            "a2b_base64": BuiltinBox { _, a in
                try a.expect("a2b_base64", min: 1, max: 1, keywords: ["strict_mode"])
                let strict = try a.keyword("strict_mode").map(truthy) ?? false
                return ModuleKit.bytesValue(try decodeBase64(try ModuleKit.asciiData(a[0]), strict: strict))
            },
            "crc32": BuiltinBox { _, a in
                try a.expect("crc32", min: 1, max: 2)
                let start = try a.at(1).map { UInt32(truncatingIfNeeded: try indexValue($0)) } ?? 0
                return .int(Int(crc32(try ModuleKit.bytes(a[0]), start)))
            },
        ],
        values: ["Error": .object(error)])

    static let hexlify: BuiltinFn = { _, a in
        try a.expect("hexlify", min: 1, max: 1)
        return ModuleKit.bytesValue(Array(ModuleKit.hex(try ModuleKit.bytes(a[0])).utf8))
    }

    static let unhexlify: BuiltinFn = { _, a in
        try a.expect("unhexlify", min: 1, max: 1)
        return ModuleKit.bytesValue(try unhex(try ModuleKit.asciiData(a[0])))
    }
}
