import BigInt

/// The `socket` module's byte-order helpers: `htonl`, `ntohl`, `htons`, `ntohs` (with CPython's
/// overflow messages). Hosts are little-endian, so each swaps bytes.
enum SocketModule {
    static func long(_ name: String) -> BuiltinFn {
        { _, a in
            try a.expect(name, min: 1, max: 1)
            guard let b = a[0].asBigInt else {
                throw PyException.make(.typeError, "expected int, \(typeName(a[0])) found")
            }
            if b.signum() < 0 { throw PyException.make(.overflowError, "can't convert negative value to unsigned int") }
            if b > BigInt(UInt64.max) { throw PyException.make(.overflowError, "Python int too large to convert to C unsigned long") }
            if b > BigInt(UInt32.max) { throw PyException.make(.overflowError, "int larger than 32 bits") }
            return .int(Int(UInt32(b).byteSwapped))
        }
    }

    static func short(_ name: String) -> BuiltinFn {
        { _, a in
            try a.expect(name, min: 1, max: 1)
            guard let b = a[0].asBigInt else {
                throw PyException.make(.typeError, "'\(typeName(a[0]))' object cannot be interpreted as an integer")
            }
            if b > BigInt(Int64.max) || b < BigInt(Int64.min) {
                throw PyException.make(.overflowError, "Python int too large to convert to C long")
            }
            if b > BigInt(Int32.max) { throw PyException.make(.overflowError, "signed integer is greater than maximum") }
            if b < BigInt(Int32.min) { throw PyException.make(.overflowError, "signed integer is less than minimum") }
            if b.signum() < 0 {
                throw PyException.make(.overflowError, "\(name): can't convert negative Python int to C 16-bit unsigned integer")
            }
            if b > 0xFFFF {
                throw PyException.make(.overflowError, "\(name): Python int too large to convert to C 16-bit unsigned integer")
            }
            return .int(Int(UInt16(b).byteSwapped))
        }
    }

    nonisolated(unsafe) static let module: Value = ModuleKit.module(
        "socket",
        functions: [
            "htonl": BuiltinBox(long("htonl")), "ntohl": BuiltinBox(long("ntohl")), "htons": BuiltinBox(short("htons")),
            "ntohs": BuiltinBox(short("ntohs")),
        ])
}
