/// The `base64` module: base64 (standard and URL-safe), base32 and base16, as CPython 3.11's.
enum Base64Module {
    nonisolated(unsafe) static let binascii = Binascii.module

    /// `_bytes_from_decode_data`.
    static func decodeData(_ v: Value) throws -> [UInt8] { try ModuleKit.asciiData(v) }

    static func translate(_ b: [UInt8], _ from: [UInt8], _ to: [UInt8]) -> [UInt8] {
        b.map { c in from.firstIndex(of: c).map { to[$0] } ?? c }
    }

    static let plusSlash = Array("+/".utf8)
    static let dashUnderscore = Array("-_".utf8)

    static func b64encode(_ data: Value, altchars: Value?) throws -> [UInt8] {
        let enc = Binascii.encodeBase64(try ModuleKit.bytes(data))
        guard let altchars, !altchars.isNone else { return enc }
        let alt = try ModuleKit.bytes(altchars)
        guard alt.count == 2 else { throw PyException.make(.assertionError, bytesRepr(alt)) }
        return translate(enc, plusSlash, alt)
    }

    static func b64decode(_ data: Value, altchars: Value?, validate: Bool) throws -> [UInt8] {
        var s = try decodeData(data)
        if let altchars, !altchars.isNone {
            let alt = try decodeData(altchars)
            guard alt.count == 2 else { throw PyException.make(.assertionError, bytesRepr(alt)) }
            s = translate(s, alt, plusSlash)
        }
        return try Binascii.decodeBase64(s, strict: validate)
    }

    nonisolated(unsafe) static let module: Value = ModuleKit.module(
        "base64",
        functions: [
            "b64encode": BuiltinBox { _, a in
                try a.expect("b64encode", min: 1, max: 2, keywords: ["s", "altchars"])
                guard let s = a.argument(0, "s") else { throw missing("b64encode", "s") }
                return ModuleKit.bytesValue(try b64encode(s, altchars: a.argument(1, "altchars")))
            },
            "b64decode": BuiltinBox { _, a in
                try a.expect("b64decode", min: 1, max: 3, keywords: ["s", "altchars", "validate"])
                guard let s = a.argument(0, "s") else { throw missing("b64decode", "s") }
                let validate = try a.argument(2, "validate").map(truthy) ?? false
                return ModuleKit.bytesValue(try b64decode(s, altchars: a.argument(1, "altchars"), validate: validate))
            },
            "standard_b64encode": BuiltinBox { _, a in
                try a.expect("standard_b64encode", min: 1, max: 1, keywords: ["s"])
                return ModuleKit.bytesValue(try b64encode(a.argument(0, "s") ?? .none, altchars: nil))
            },
            "standard_b64decode": BuiltinBox { _, a in
                try a.expect("standard_b64decode", min: 1, max: 1, keywords: ["s"])
                return ModuleKit.bytesValue(try b64decode(a.argument(0, "s") ?? .none, altchars: nil, validate: false))
            },
            "urlsafe_b64encode": BuiltinBox { _, a in
                try a.expect("urlsafe_b64encode", min: 1, max: 1, keywords: ["s"])
                let enc = try b64encode(a.argument(0, "s") ?? .none, altchars: nil)
                return ModuleKit.bytesValue(translate(enc, plusSlash, dashUnderscore))
            },
            "urlsafe_b64decode": BuiltinBox { _, a in
                try a.expect("urlsafe_b64decode", min: 1, max: 1, keywords: ["s"])
                let s = translate(try decodeData(a.argument(0, "s") ?? .none), dashUnderscore, plusSlash)
                return ModuleKit.bytesValue(try Binascii.decodeBase64(s, strict: false))
            },
            "encodebytes": BuiltinBox { _, a in
                try a.expect("encodebytes", min: 1, max: 1, keywords: ["s"])
                let data = try ModuleKit.bytes(a.argument(0, "s") ?? .none)
                var out = [UInt8]()
                var i = 0
                while i < data.count {
                    out += Binascii.encodeBase64(Array(data[i..<min(data.count, i + 57)]), newline: true)
                    i += 57
                }
                return ModuleKit.bytesValue(out)
            },
            "decodebytes": BuiltinBox { _, a in
                try a.expect("decodebytes", min: 1, max: 1, keywords: ["s"])
                return ModuleKit.bytesValue(try Binascii.decodeBase64(try ModuleKit.bytes(a.argument(0, "s") ?? .none), strict: false))
            },
            "b32encode": BuiltinBox { _, a in
                try a.expect("b32encode", min: 1, max: 1, keywords: ["s"])
                return ModuleKit.bytesValue(Base32.encode(try ModuleKit.bytes(a.argument(0, "s") ?? .none), Base32.alphabet))
            },
            "b32decode": BuiltinBox { _, a in
                try a.expect("b32decode", min: 1, max: 3, keywords: ["s", "casefold", "map01"])
                var s = try decodeData(a.argument(0, "s") ?? .none)
                if let m = a.argument(2, "map01"), !m.isNone {
                    let map01 = try decodeData(m)
                    guard map01.count == 1 else { throw PyException.make(.assertionError, bytesRepr(map01)) }
                    s = translate(s, Array("01".utf8), [79, map01[0]])
                }
                let fold = try a.argument(1, "casefold").map(truthy) ?? false
                return ModuleKit.bytesValue(try Base32.decode(s, Base32.alphabet, casefold: fold))
            },
            "b32hexencode": BuiltinBox { _, a in
                try a.expect("b32hexencode", min: 1, max: 1, keywords: ["s"])
                return ModuleKit.bytesValue(Base32.encode(try ModuleKit.bytes(a.argument(0, "s") ?? .none), Base32.hexAlphabet))
            },
            "b32hexdecode": BuiltinBox { _, a in
                try a.expect("b32hexdecode", min: 1, max: 2, keywords: ["s", "casefold"])
                let fold = try a.argument(1, "casefold").map(truthy) ?? false
                return ModuleKit.bytesValue(
                    try Base32.decode(try decodeData(a.argument(0, "s") ?? .none), Base32.hexAlphabet, casefold: fold))
            },
            "b16encode": BuiltinBox { _, a in
                try a.expect("b16encode", min: 1, max: 1, keywords: ["s"])
                return ModuleKit.bytesValue(Array(ModuleKit.hex(try ModuleKit.bytes(a.argument(0, "s") ?? .none)).uppercased().utf8))
            },
            "b16decode": BuiltinBox { _, a in
                try a.expect("b16decode", min: 1, max: 2, keywords: ["s", "casefold"])
                var s = try decodeData(a.argument(0, "s") ?? .none)
                if try a.argument(1, "casefold").map(truthy) ?? false { s = s.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 } }
                if s.contains(where: { !(48...57).contains($0) && !(65...70).contains($0) }) {
                    throw Binascii.fail("Non-base16 digit found")
                }
                return ModuleKit.bytesValue(try Binascii.unhex(s))
            },
        ])

    static func missing(_ fn: String, _ arg: String) -> PyRaise {
        PyException.make(.typeError, "\(fn)() missing 1 required positional argument: '\(arg)'")
    }
}

/// Base32 (RFC 4648), as `base64._b32encode` / `_b32decode`.
enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    static let hexAlphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUV".utf8)

    static func encode(_ data: [UInt8], _ alpha: [UInt8]) -> [UInt8] {
        var padded = data
        let rem = data.count % 5
        if rem != 0 { padded += [UInt8](repeating: 0, count: 5 - rem) }
        var out = [UInt8]()
        var i = 0
        while i < padded.count {
            var c: UInt64 = 0
            for k in 0..<5 { c = c << 8 | UInt64(padded[i + k]) }
            for s in stride(from: 35, through: 0, by: -5) { out.append(alpha[Int((c >> UInt64(s)) & 31)]) }
            i += 5
        }
        let pad = [0, 6, 4, 3, 1][rem]
        if pad > 0 { out.replaceSubrange((out.count - pad)..., with: [UInt8](repeating: 61, count: pad)) }
        return out
    }

    static func decode(_ input: [UInt8], _ alpha: [UInt8], casefold: Bool) throws -> [UInt8] {
        var s = input
        if s.count % 8 != 0 { throw Binascii.fail("Incorrect padding") }
        if casefold { s = s.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 } }
        let l = s.count
        while s.last == 61 { s.removeLast() }
        let padchars = l - s.count
        var rev = [Int](repeating: -1, count: 256)
        for (i, c) in alpha.enumerated() { rev[Int(c)] = i }
        var decoded = [UInt8]()
        var acc: UInt64 = 0
        var i = 0
        while i < s.count {
            acc = 0
            for c in s[i..<min(s.count, i + 8)] {
                guard rev[Int(c)] >= 0 else { throw Binascii.fail("Non-base32 digit found") }
                acc = acc << 5 + UInt64(rev[Int(c)])
            }
            for k in stride(from: 32, through: 0, by: -8) { decoded.append(UInt8((acc >> UInt64(k)) & 0xFF)) }
            i += 8
        }
        if l % 8 != 0 || ![0, 1, 3, 4, 6].contains(padchars) { throw Binascii.fail("Incorrect padding") }
        if padchars > 0 && !decoded.isEmpty {
            acc <<= UInt64(5 * padchars)
            var last = [UInt8]()
            for k in stride(from: 32, through: 0, by: -8) { last.append(UInt8((acc >> UInt64(k)) & 0xFF)) }
            let leftover = (43 - 5 * padchars) / 8
            decoded.replaceSubrange((decoded.count - 5)..., with: last[0..<leftover])
        }
        return decoded
    }
}
