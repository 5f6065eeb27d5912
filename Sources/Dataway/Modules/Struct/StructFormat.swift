/// A parsed `struct` format string: byte order, sizes and alignment as CPython's `_struct`
/// computes them (native mode is x86-64/arm64 Linux: `l`/`L` 8 bytes, natural alignment).
struct StructFormat {
    enum Order { case native, little, big }

    struct Item {
        let code: UInt8
        let count: Int
        let size: Int
        let offset: Int
    }

    let order: Order
    /// Native mode ('@'): native sizes and alignment.
    let isNative: Bool
    /// '>' and '!' (some of CPython's range messages differ for them).
    let isBigEndianTable: Bool
    let items: [Item]
    let size: Int
    /// Number of values `pack` takes and `unpack` returns.
    let valueCount: Int

    static func fail(_ m: String) -> PyRaise { PyRaise(PyException(type: StructModule.error, args: [.str(m)])) }

    static func itemSize(_ c: UInt8, native: Bool) -> Int? {
        switch c {
        case UInt8(ascii: "x"), UInt8(ascii: "c"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "?"), UInt8(ascii: "s"),
            UInt8(ascii: "p"):
            return 1
        case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "e"): return 2
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return 4
        case UInt8(ascii: "l"), UInt8(ascii: "L"): return native ? 8 : 4
        case UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "d"): return 8
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "P"): return native ? 8 : nil
        default: return nil
        }
    }

    init(_ v: Value) throws {
        let text: [UInt8]
        if let s = v.asStr {
            text = Array(s.value.utf8)
        } else if let o = v.asObject, o.kind == .bytes {
            text = unsafeDowncast(o, to: PyBytes.self).bytes
        } else {
            throw PyException.make(.typeError, "Struct() argument 1 must be a str or bytes object, not \(typeName(v))")
        }
        var i = 0
        var order = Order.native
        var native = true
        var bigTable = false
        if let f = text.first {
            switch f {
            case UInt8(ascii: "@"): i = 1
            case UInt8(ascii: "="):
                (order, native, i) = (.little, false, 1)
            case UInt8(ascii: "<"):
                (order, native, i) = (.little, false, 1)
            case UInt8(ascii: ">"), UInt8(ascii: "!"):
                (order, native, bigTable, i) = (.big, false, true, 1)
            default: break
            }
        }
        var items: [Item] = []
        var size = 0
        var values = 0
        while i < text.count {
            var c = text[i]
            if c == 32 || (9...13).contains(c) {
                i += 1
                continue
            }
            var count = 1
            if (48...57).contains(c) {
                count = 0
                while i < text.count, (48...57).contains(text[i]) {
                    count = count * 10 + Int(text[i] - 48)
                    if count > 1 << 40 { throw StructFormat.fail("total struct size too long") }
                    i += 1
                }
                guard i < text.count else { throw StructFormat.fail("repeat count given without format specifier") }
                c = text[i]
            }
            guard let sz = StructFormat.itemSize(c, native: native) else { throw StructFormat.fail("bad char in struct format") }
            if native && sz > 1 && c != UInt8(ascii: "s") && c != UInt8(ascii: "p") {
                size = (size + sz - 1) / sz * sz
            }
            items.append(Item(code: c, count: count, size: sz, offset: size))
            switch c {
            case UInt8(ascii: "s"), UInt8(ascii: "p"):
                size += count
                values += 1
            case UInt8(ascii: "x"):
                size += count
            default:
                size += count * sz
                values += count
            }
            i += 1
        }
        self.order = order
        self.isNative = native
        self.isBigEndianTable = bigTable
        self.items = items
        self.size = size
        self.valueCount = values
    }
}
