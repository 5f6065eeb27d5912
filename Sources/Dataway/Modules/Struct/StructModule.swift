import BigInt

/// The `struct` module: `pack`, `unpack`, `unpack_from`, `calcsize`, `iter_unpack` and `error`.
enum StructModule {
    // Immutable process-wide type object.
    nonisolated(unsafe) static let error = ModuleKit.errorType("error", base: .exception)

    nonisolated(unsafe) static let module: Value = ModuleKit.module(
        "struct",
        functions: [
            "calcsize": BuiltinBox { _, a in
                try a.expect("calcsize", min: 1, max: 1)
                return .int(try StructFormat(a[0]).size)
            },
            "pack": BuiltinBox { _, a in
                guard a.count >= 1 else { throw PyException.make(.typeError, "pack expected at least 1 argument, got 0") }
                let f = try StructFormat(a[0])
                return ModuleKit.bytesValue(try pack(f, Array(a.positional.dropFirst())))
            },
            "unpack": BuiltinBox { _, a in
                try a.expect("unpack", min: 2, max: 2)
                let f = try StructFormat(a[0])
                let data = try ModuleKit.bytes(a[1])
                guard data.count == f.size else { throw StructFormat.fail("unpack requires a buffer of \(f.size) bytes") }
                return .tuple(try unpack(f, data, at: 0))
            },
            "unpack_from": BuiltinBox { _, a in
                try a.expect("unpack_from", min: 2, max: 3, keywords: ["buffer", "offset"])
                let f = try StructFormat(a[0])
                let data = try ModuleKit.bytes(a.argument(1, "buffer") ?? .none)
                var offset = try a.argument(2, "offset").map { try indexValue($0) } ?? 0
                if offset < 0 {
                    if offset + data.count < 0 { throw StructFormat.fail("offset \(offset) out of range for \(data.count)-byte buffer") }
                    offset += data.count
                }
                if data.count - offset < f.size {
                    throw StructFormat.fail(
                        "unpack_from requires a buffer of at least \(f.size + offset) bytes for unpacking \(f.size) bytes at offset \(offset) (actual buffer size is \(data.count))"
                    )
                }
                return .tuple(try unpack(f, data, at: offset))
            },
            "iter_unpack": BuiltinBox { _, a in
                try a.expect("iter_unpack", min: 2, max: 2)
                let f = try StructFormat(a[0])
                let data = try ModuleKit.bytes(a[1])
                if f.size == 0 { throw StructFormat.fail("cannot iteratively unpack with a struct of length 0") }
                if data.count % f.size != 0 {
                    throw StructFormat.fail("iterative unpacking requires a buffer of a multiple of \(f.size) bytes")
                }
                var out: [Value] = []
                var at = 0
                while at < data.count {
                    out.append(.tuple(try unpack(f, data, at: at)))
                    at += f.size
                }
                return .object(PyIterator(.array(out, 0)))
            },
        ],
        values: ["error": .object(error)])

    static func pack(_ f: StructFormat, _ args: [Value]) throws -> [UInt8] {
        guard args.count == f.valueCount else {
            throw StructFormat.fail("pack expected \(f.valueCount) items for packing (got \(args.count))")
        }
        var out = [UInt8](repeating: 0, count: f.size)
        var k = 0
        for item in f.items {
            switch item.code {
            case UInt8(ascii: "x"): continue
            case UInt8(ascii: "s"), UInt8(ascii: "p"):
                let v = args[k]
                k += 1
                guard let o = v.asObject, o.kind == .bytes || o.kind == .bytearray else {
                    throw StructFormat.fail("argument for '\(Character(Unicode.Scalar(item.code)))' must be a bytes object")
                }
                let b = unsafeDowncast(o, to: PyBytes.self).bytes
                if item.code == UInt8(ascii: "s") {
                    for (j, x) in b.prefix(item.count).enumerated() { out[item.offset + j] = x }
                } else if item.count > 0 {
                    let n = min(b.count, item.count - 1, 255)
                    out[item.offset] = UInt8(n)
                    for (j, x) in b.prefix(n).enumerated() { out[item.offset + 1 + j] = x }
                }
            default:
                for r in 0..<item.count {
                    let bytes = try packOne(f, item.code, args[k])
                    k += 1
                    let at = item.offset + r * item.size
                    for (j, x) in bytes.enumerated() { out[at + j] = x }
                }
            }
        }
        return out
    }

    /// The item's bytes in the format's byte order.
    static func packOne(_ f: StructFormat, _ code: UInt8, _ v: Value) throws -> [UInt8] {
        let size = StructFormat.itemSize(code, native: f.isNative) ?? 1
        func ordered(_ le: [UInt8]) -> [UInt8] { f.order == .big ? le.reversed() : le }
        switch code {
        case UInt8(ascii: "c"):
            guard let o = v.asObject, o.kind == .bytes || o.kind == .bytearray, unsafeDowncast(o, to: PyBytes.self).bytes.count == 1 else {
                throw StructFormat.fail("char format requires a bytes object of length 1")
            }
            return unsafeDowncast(o, to: PyBytes.self).bytes
        case UInt8(ascii: "?"): return [try truthy(v) ? 1 : 0]
        case UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "d"):
            let d: Double
            switch v {
            case .float(let x): d = x
            case .int, .bool: d = Double(v.asBigInt.map { Int($0) } ?? 0)
            case .object(let o) where o.kind == .bigint: d = try bigToDouble(unsafeDowncast(o, to: PyBigInt.self).value)
            default:
                guard let x = try v.asNative?.toFloat() else { throw StructFormat.fail("required argument is not a float") }
                d = x
            }
            if code == UInt8(ascii: "d") { return ordered(withUnsafeBytes(of: d.bitPattern.littleEndian, Array.init)) }
            if code == UInt8(ascii: "f") {
                let x = Float(d)
                if x.isInfinite && d.isFinite { throw PyException.make(.overflowError, "float too large to pack with f format") }
                return ordered(withUnsafeBytes(of: x.bitPattern.littleEndian, Array.init))
            }
            let h = halfBits(d)
            guard let h else { throw PyException.make(.overflowError, "float too large to pack with e format") }
            return ordered([UInt8(h & 0xFF), UInt8(h >> 8)])
        default:
            guard let b = v.asBigInt else { throw StructFormat.fail("required argument is not an integer") }
            let unsigned = code >= 65 && code <= 90
            let big = f.isBigEndianTable
            if unsigned ? (b.signum() < 0 || b > BigInt(UInt64.max)) : (b < BigInt(Int64.min) || b > BigInt(Int64.max)) {
                if b.signum() < 0 && unsigned && code == UInt8(ascii: "B") {
                    throw StructFormat.fail("ubyte format requires 0 <= number <= 255")
                }
                if b.signum() < 0 && unsigned && code == UInt8(ascii: "H") && !big {
                    throw StructFormat.fail("ushort format requires 0 <= number <= 65535")
                }
                if big && (code == UInt8(ascii: "q") || code == UInt8(ascii: "Q")) { throw StructFormat.fail("int too large to convert") }
                throw StructFormat.fail("argument out of range")
            }
            let bits = size * 8
            let lo: BigInt = unsigned ? 0 : -(BigInt(1) << (bits - 1))
            let hi: BigInt = unsigned ? (BigInt(1) << bits) - 1 : (BigInt(1) << (bits - 1)) - 1
            if b < lo || b > hi {
                let c = Character(Unicode.Scalar(code))
                switch code {
                case UInt8(ascii: "b"): throw StructFormat.fail("byte format requires -128 <= number <= 127")
                case UInt8(ascii: "B"): throw StructFormat.fail("ubyte format requires 0 <= number <= 255")
                case UInt8(ascii: "h") where !big: throw StructFormat.fail("short format requires -32768 <= number <= 32767")
                case UInt8(ascii: "H") where !big: throw StructFormat.fail("ushort format requires 0 <= number <= 65535")
                default:
                    if b.signum() < 0 && unsigned { throw StructFormat.fail("argument out of range") }
                    throw StructFormat.fail("'\(c)' format requires \(lo) <= number <= \(hi)")
                }
            }
            let raw = b.signum() < 0 ? UInt64(bitPattern: Int64(b)) : UInt64(b)
            var le = [UInt8]()
            for j in 0..<size { le.append(UInt8((raw >> UInt64(8 * j)) & 0xFF)) }
            return ordered(le)
        }
    }

    /// IEEE half-precision bits of `d` (round half to even), nil on overflow.
    static func halfBits(_ d: Double) -> UInt16? {
        let h = Float16(d)
        if h.isInfinite && d.isFinite { return nil }
        return h.bitPattern
    }

    static func unpack(_ f: StructFormat, _ data: [UInt8], at base: Int) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(f.valueCount)
        for item in f.items {
            let o = base + item.offset
            switch item.code {
            case UInt8(ascii: "x"): continue
            case UInt8(ascii: "s"): out.append(ModuleKit.bytesValue(Array(data[o..<(o + item.count)])))
            case UInt8(ascii: "p"):
                guard item.count > 0 else {
                    out.append(ModuleKit.bytesValue([]))
                    continue
                }
                let n = min(Int(data[o]), item.count - 1)
                out.append(ModuleKit.bytesValue(Array(data[(o + 1)..<(o + 1 + n)])))
            default:
                for r in 0..<item.count {
                    let at = o + r * item.size
                    var le = Array(data[at..<(at + item.size)])
                    if f.order == .big { le.reverse() }
                    out.append(unpackOne(item.code, le))
                }
            }
        }
        return out
    }

    static func unpackOne(_ code: UInt8, _ le: [UInt8]) -> Value {
        var raw: UInt64 = 0
        for (j, x) in le.enumerated() { raw |= UInt64(x) << UInt64(8 * j) }
        switch code {
        case UInt8(ascii: "c"): return ModuleKit.bytesValue(le)
        case UInt8(ascii: "?"): return .bool(raw != 0)
        case UInt8(ascii: "e"): return .float(Double(Float16(bitPattern: UInt16(raw))))
        case UInt8(ascii: "f"): return .float(Double(Float(bitPattern: UInt32(raw))))
        case UInt8(ascii: "d"): return .float(Double(bitPattern: raw))
        default:
            let bits = le.count * 8
            if code >= 65 && code <= 90 {
                return raw > UInt64(Int.max) ? .bigint(BigInt(raw)) : .int(Int(raw))
            }
            let shift = UInt64(64 - bits)
            return .int(Int(Int64(bitPattern: raw << shift) >> Int64(shift)))
        }
    }
}
