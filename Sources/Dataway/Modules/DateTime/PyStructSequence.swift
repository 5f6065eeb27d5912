/// A named tuple implemented natively: `time.struct_time`, `datetime.IsoCalendarDate`. It indexes,
/// slices, iterates and compares like the tuple of its fields, and reads them as attributes.
final class PyStructSequence: PyNativeObject {
    let type: PyType
    let fields: [String]
    let values: [Value]
    /// Attributes that are not part of the tuple (`tm_zone`, `tm_gmtoff`).
    let extra: [String: Value]

    init(type: PyType, fields: [String], values: [Value], extra: [String: Value] = [:]) {
        self.type = type
        self.fields = fields
        self.values = values
        self.extra = extra
        super.init()
    }

    override var nativeType: PyType { type }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        if let i = fields.firstIndex(of: name) { return values[i] }
        return extra[name]
    }

    override func sequence() -> [Value]? { values }

    override func getItem(_ vm: VM, _ key: Value) throws -> Value? { try vm.getItem(.tuple(values), key) }

    override func repr() -> String {
        type.name + "(" + zip(fields, values).map { "\($0)=\((try? pyRepr($1)) ?? "")" }.joined(separator: ", ") + ")"
    }

    override func equals(_ other: Value) -> Bool? {
        if let t = other.asTuple { return valuesEqual(.tuple(values), .tuple(t.items)) }
        if let s = other.asNative as? PyStructSequence { return valuesEqual(.tuple(values), .tuple(s.values)) }
        return nil
    }

    override func compare(_ other: Value, reflected: Bool) throws -> Int? {
        let rhs: [Value]
        if let t = other.asTuple {
            rhs = t.items
        } else if let s = other.asNative as? PyStructSequence {
            rhs = s.values
        } else {
            return nil
        }
        for (a, b) in zip(values, rhs) where !valuesEqual(a, b) {
            return try lessThanValues(a, b) ? -1 : 1
        }
        return values.count < rhs.count ? -1 : values.count > rhs.count ? 1 : 0
    }

    override func keyHash() throws -> Int? { try hashKey(.tuple(values)) }
}

/// `a < b` for plain values (ints, floats, strings), without a VM.
func lessThanValues(_ a: Value, _ b: Value) throws -> Bool {
    if let x = Number(a), let y = Number(b) { return (numberCompare(x, y) ?? 0) < 0 }
    if let x = a.asStr, let y = b.asStr { return x.value.unicodeScalars.lexicographicallyPrecedes(y.value.unicodeScalars) }
    throw PyException.make(.typeError, "'<' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
}
