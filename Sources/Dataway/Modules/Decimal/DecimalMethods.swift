import BigInt

extension PyDecimal {
    static func roundingArg(_ v: Value?, _ vm: VM) throws -> DecimalRounding {
        guard let v, !v.isNone else { return PyDecimalContext.current(vm).state.rounding }
        guard let s = v.asStr?.value, let r = DecimalRounding(rawValue: s) else {
            throw PyException.make(
                .typeError,
                "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]"
            )
        }
        return r
    }

    /// `quantize(exp, rounding)`.
    static func quantize(_ vm: VM, _ x: DecimalNumber, _ e: DecimalNumber, _ mode: DecimalRounding) throws -> DecimalNumber {
        let ctx = PyDecimalContext.current(vm).state
        if x.isNaN || e.isNaN {
            return try DecimalModule.run { () throws(DecimalSignal) in try DecimalNumber.nanResult(x, e) ?? .nan }
        }
        if x.special == .infinity || e.special == .infinity {
            if x.special == .infinity && e.special == .infinity { return x }
            return try DecimalModule.run { () throws(DecimalSignal) -> DecimalNumber in throw .invalidOperation("quantize with one INF") }
        }
        if !x.isZero && x.adjusted - e.exponent + 1 > ctx.prec {
            return try DecimalModule.run { () throws(DecimalSignal) -> DecimalNumber in
                throw .invalidOperation("quantize result has too many digits")
            }
        }
        let r = x.rescaled(e.exponent, mode)
        if r.digitCount > ctx.prec {
            return try DecimalModule.run { () throws(DecimalSignal) -> DecimalNumber in
                throw .invalidOperation("quantize result has too many digits")
            }
        }
        return r
    }

    func decimalRound(_ vm: VM, _ ndigits: Value?) throws -> Value? {
        guard let nd = ndigits else {
            if number.isNaN { throw PyException.make(.valueError, "cannot round a NaN") }
            if number.special == .infinity { throw PyException.make(.overflowError, "cannot round an infinity") }
            return try PyDecimal(number.rescaled(0, .halfEven)).toInt()
        }
        let n = try indexValue(nd)
        return .object(
            PyDecimal(try PyDecimal.quantize(vm, number, DecimalNumber(negative: false, coefficient: 1, exponent: -n), .halfEven)))
    }

    static func wrap(_ d: DecimalNumber) -> Value { .object(PyDecimal(d)) }

    static func unaryMethod(_ name: String, _ body: @escaping @Sendable (VM, DecimalNumber) throws -> Value) -> MethodFn {
        nativeMethod(PyDecimal.self) { vm, d, a in
            try a.expect(name, min: 0, max: 1, keywords: ["context"])
            return try body(vm, d.number)
        }
    }

    static let methods: [String: MethodFn] = [
        "quantize": nativeMethod(PyDecimal.self) { vm, d, a in
            try a.expect("quantize", min: 1, max: 3, keywords: ["exp", "rounding", "context"])
            let e = try DecimalModule.convert(vm, a.argument(0, "exp") ?? .none, forConstructor: false)
            let mode = try roundingArg(a.argument(1, "rounding"), vm)
            return wrap(try quantize(vm, d.number, e, mode))
        },
        "to_integral_value": integral("to_integral_value"),
        "to_integral": integral("to_integral"),
        "to_integral_exact": integral("to_integral_exact"),
        "normalize": unaryMethod("normalize") { vm, x in
            let ctx = PyDecimalContext.current(vm).state
            var r = try DecimalModule.run { () throws(DecimalSignal) in try x.fixed(ctx) }
            guard r.isFinite else { return wrap(r) }
            if r.coefficient.isZero { return wrap(DecimalNumber(negative: r.negative, coefficient: 0, exponent: 0)) }
            while r.coefficient % 10 == 0 && r.exponent < ctx.emax {
                r.coefficient /= 10
                r.exponent += 1
            }
            return wrap(r)
        },
        "sqrt": unaryMethod("sqrt") { vm, x in
            let ctx = PyDecimalContext.current(vm).state
            return wrap(try DecimalModule.run { () throws(DecimalSignal) in try x.squareRoot(ctx) })
        },
        "as_tuple": unaryMethod("as_tuple") { _, x in
            let digits: [Value] = x.isFinite || !x.coefficient.isZero ? x.digits.map { .int(Int(String($0)) ?? 0) } : []
            let exp: Value = x.special == .finite ? .int(x.exponent) : .str(x.special == .infinity ? "F" : x.special == .nan ? "n" : "N")
            return .object(
                PyNamedTuple(
                    DecimalModule.decimalTupleType, ["sign", "digits", "exponent"],
                    [.int(x.negative ? 1 : 0), .tuple(x.special == .infinity ? [.int(0)] : digits), exp]))
        },
        "adjusted": unaryMethod("adjusted") { _, x in .int(x.isFinite ? x.adjusted : 0) },
        "copy_abs": unaryMethod("copy_abs") { _, x in
            var r = x
            r.negative = false
            return wrap(r)
        },
        "copy_negate": unaryMethod("copy_negate") { _, x in
            var r = x
            r.negative.toggle()
            return wrap(r)
        },
        "is_zero": unaryMethod("is_zero") { _, x in .bool(x.isZero) },
        "is_signed": unaryMethod("is_signed") { _, x in .bool(x.negative) },
        "is_nan": unaryMethod("is_nan") { _, x in .bool(x.isNaN) },
        "is_qnan": unaryMethod("is_qnan") { _, x in .bool(x.special == .nan) },
        "is_snan": unaryMethod("is_snan") { _, x in .bool(x.special == .snan) },
        "is_infinite": unaryMethod("is_infinite") { _, x in .bool(x.special == .infinity) },
        "is_finite": unaryMethod("is_finite") { _, x in .bool(x.isFinite) },
        "is_normal": unaryMethod("is_normal") { vm, x in
            .bool(x.isFinite && !x.isZero && x.adjusted >= PyDecimalContext.current(vm).state.emin)
        },
        "is_subnormal": unaryMethod("is_subnormal") { vm, x in
            .bool(x.isFinite && !x.isZero && x.adjusted < PyDecimalContext.current(vm).state.emin)
        },
        "compare": nativeMethod(PyDecimal.self) { vm, d, a in
            try a.expect("compare", min: 1, max: 2, keywords: ["other", "context"])
            let o = try DecimalModule.convert(vm, a.argument(0, "other") ?? .none, forConstructor: false)
            if d.number.isNaN || o.isNaN { return wrap(.nan) }
            return wrap(DecimalNumber(BigInt(d.number.compare(o))))
        },
        "max": minMax("max", wantMax: true),
        "min": minMax("min", wantMax: false),
        "fma": nativeMethod(PyDecimal.self) { vm, d, a in
            try a.expect("fma", min: 2, max: 3, keywords: ["other", "third", "context"])
            let o = try DecimalModule.convert(vm, a.argument(0, "other") ?? .none, forConstructor: false)
            let t = try DecimalModule.convert(vm, a.argument(1, "third") ?? .none, forConstructor: false)
            var exact = DecimalContextState()
            exact.prec = 999_999
            let ctx = PyDecimalContext.current(vm).state
            return wrap(
                try DecimalModule.run { () throws(DecimalSignal) in
                    try DecimalNumber.add(try DecimalNumber.multiply(d.number, o, exact), t, ctx)
                })
        },
        "to_eng_string": unaryMethod("to_eng_string") { _, x in .str(x.toString()) },
    ]

    static func integral(_ name: String) -> MethodFn {
        nativeMethod(PyDecimal.self) { vm, d, a in
            try a.expect(name, min: 0, max: 2, keywords: ["rounding", "context"])
            let mode = try roundingArg(a.argument(0, "rounding"), vm)
            if !d.number.isFinite || d.number.exponent >= 0 { return .object(d) }
            return wrap(d.number.rescaled(0, mode))
        }
    }

    static func minMax(_ name: String, wantMax: Bool) -> MethodFn {
        nativeMethod(PyDecimal.self) { vm, d, a in
            try a.expect(name, min: 1, max: 2, keywords: ["other", "context"])
            let o = try DecimalModule.convert(vm, a.argument(0, "other") ?? .none, forConstructor: false)
            let ctx = PyDecimalContext.current(vm).state
            if d.number.isNaN { return wrap(o) }
            if o.isNaN { return .object(d) }
            var c = d.number.compare(o)
            if c == 0 {
                c =
                    d.number.negative == o.negative
                    ? (d.number.exponent < o.exponent ? -1 : 1) * (d.number.negative ? -1 : 1) : (d.number.negative ? -1 : 1)
            }
            let pick = (c >= 0) == wantMax ? d.number : o
            return wrap(try DecimalModule.run { () throws(DecimalSignal) in try pick.fixed(ctx) })
        }
    }
}

/// A small named tuple (`DecimalTuple`).
final class PyNamedTuple: PyNativeObject {
    let type: PyType
    let fields: [String]
    let items: [Value]
    init(_ type: PyType, _ fields: [String], _ items: [Value]) {
        self.type = type
        self.fields = fields
        self.items = items
        super.init()
    }
    override var nativeType: PyType { type }
    override func repr() -> String {
        "\(type.name)(" + zip(fields, items).map { "\($0)=\((try? pyRepr($1)) ?? "")" }.joined(separator: ", ") + ")"
    }
    override func attribute(_ vm: VM, _ name: String) throws -> Value? { fields.firstIndex(of: name).map { items[$0] } }
    override func equals(_ other: Value) -> Bool? {
        valuesEqual(.tuple(items), (other.asNative as? PyNamedTuple).map { .tuple($0.items) } ?? other)
    }
    override func keyHash() throws -> Int? { try hashKey(.tuple(items)) }
    override func pythonHashValue() throws -> Int? { try pythonHash(.tuple(items)) }
    override func sequenceLength() throws -> Int? { items.count }
    override func getItem(_ vm: VM, _ key: Value) throws -> Value? { try vm.getItem(.tuple(items), key) }
    override func iterate(_ vm: VM) throws -> [Value]? { items }
}
