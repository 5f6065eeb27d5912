import BigInt

/// A `decimal.Decimal` value (immutable).
final class PyDecimal: PyNativeObject {
    let number: DecimalNumber
    init(_ number: DecimalNumber) {
        self.number = number
        super.init()
    }

    override var nativeType: PyType { DecimalModule.decimalType }
    override func repr() -> String { "Decimal('\(number.toString())')" }
    override func str() -> String { number.toString() }
    override func truthValue() throws -> Bool { !number.isZero }

    /// The other operand of an arithmetic operator: Decimal or int; nil (unsupported) otherwise.
    static func operand(_ v: Value) -> DecimalNumber? {
        if let d = v.asNative as? PyDecimal { return d.number }
        if let b = v.asBigInt { return DecimalNumber(b) }
        return nil
    }

    /// The other operand of a comparison: also floats, compared exactly.
    static func comparand(_ v: Value) -> DecimalNumber? {
        if case .float(let f) = v { return DecimalNumber(f) }
        return operand(v)
    }

    override func binary(_ vm: VM, _ op: BinOp, _ other: Value, reflected: Bool) throws -> Value? {
        guard let o = PyDecimal.operand(other) else {
            if case .float = other, [.add, .sub, .mul, .div, .floordiv, .mod, .pow].contains(op) {
                let l = reflected ? typeName(other) : "decimal.Decimal"
                let r = reflected ? "decimal.Decimal" : typeName(other)
                throw PyException.make(
                    .typeError, "unsupported operand type(s) for \(op == .pow ? "** or pow()" : op.rawValue): '\(l)' and '\(r)'")
            }
            return nil
        }
        let (a, b) = reflected ? (o, number) : (number, o)
        let ctx = PyDecimalContext.current(vm).state
        let r: DecimalNumber
        switch op {
        case .add: r = try DecimalModule.run { () throws(DecimalSignal) in try .add(a, b, ctx) }
        case .sub:
            var nb = b
            nb.negative.toggle()
            r = try DecimalModule.run { () throws(DecimalSignal) in try .add(a, nb, ctx) }
        case .mul: r = try DecimalModule.run { () throws(DecimalSignal) in try .multiply(a, b, ctx) }
        case .div: r = try DecimalModule.run { () throws(DecimalSignal) in try .divide(a, b, ctx) }
        case .floordiv:
            if b.isZero && !a.isZero && !a.isNaN {
                _ = try DecimalModule.run { () throws(DecimalSignal) -> Int in throw .divisionByZero }
            }
            r = try DecimalModule.run { () throws(DecimalSignal) in try DecimalNumber.divmod(a, b, ctx).0 }
        case .mod:
            if b.isZero && !a.isZero && !a.isNaN {
                _ = try DecimalModule.run { () throws(DecimalSignal) -> Int in throw .invalidOperation("x % 0") }
            }
            r = try DecimalModule.run { () throws(DecimalSignal) in try DecimalNumber.divmod(a, b, ctx).1.fixed(ctx) }
        case .pow:
            guard b.isFinite, b.exponent >= 0 || b.coefficient % pow10(-b.exponent) == 0 else {
                r = try DecimalModule.run { () throws(DecimalSignal) in try .realPower(a, b, ctx) }
                break
            }
            let n = BigInt(b.exponent >= 0 ? b.coefficient * pow10(b.exponent) : b.coefficient / pow10(-b.exponent))
            r = try DecimalModule.run { () throws(DecimalSignal) in try .power(a, b.negative ? -n : n, ctx) }
        default: return nil
        }
        return .object(PyDecimal(r))
    }

    override func unary(_ vm: VM, _ op: UnaryOp) throws -> Value? {
        switch op {
        case .neg, .pos: return try sign(vm, op)
        default: return nil
        }
    }

    override func absolute(_ vm: VM) throws -> Value? { try sign(vm, nil) }

    /// `-x` (`.neg`), `+x` (`.pos`) or `abs(x)` (nil), rounded to the context.
    private func sign(_ vm: VM, _ op: UnaryOp?) throws -> Value {
        let ctx = PyDecimalContext.current(vm).state
        var r = number
        switch op {
        case .neg:
            r.negative.toggle()
            if r.isZero && ctx.rounding != .floor { r.negative = false }
        case .pos:
            if r.isZero && ctx.rounding != .floor { r.negative = false }
        default: r.negative = false
        }
        if r.special == .snan { _ = try DecimalModule.run { () throws(DecimalSignal) -> Int in throw .invalidOperation("sNaN") } }
        return .object(PyDecimal(try DecimalModule.run { () throws(DecimalSignal) in try r.fixed(ctx) }))
    }

    override func equals(_ other: Value) -> Bool? {
        guard let o = PyDecimal.comparand(other) else { return other.asNative == nil ? false : nil }
        if number.isNaN || o.isNaN { return false }
        return number.compare(o) == 0
    }

    override func compare(_ other: Value, reflected: Bool) throws -> Int? {
        guard let o = PyDecimal.comparand(other) else { return nil }
        if number.isNaN || o.isNaN {
            _ = try DecimalModule.run { () throws(DecimalSignal) -> Int in throw .invalidOperation("comparison involving NaN") }
        }
        return number.compare(o)
    }

    /// CPython's numeric hash of the exact value (equal to the hash of an equal int or float).
    override func pythonHashValue() throws -> Int? {
        switch number.special {
        case .snan: throw PyException.make(.typeError, "Cannot hash a signaling NaN value.")
        case .nan: return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(self).hashValue))
        case .infinity: return number.negative ? -314_159 : 314_159
        case .finite: break
        }
        let p = BigUInt((1 << 61) - 1)
        let m: BigUInt
        if number.exponent >= 0 {
            m = number.coefficient * BigUInt(10).power(BigUInt(number.exponent), modulus: p) % p
        } else {
            let inv10 = BigUInt(10).power(p - 2, modulus: p)
            m = number.coefficient % p * inv10.power(BigUInt(-number.exponent), modulus: p) % p
        }
        var h = Int(m)
        if number.negative { h = -h }
        return h == -1 ? -2 : h
    }

    override func keyHash() throws -> Int? {
        if number.isFinite {
            if number.exponent >= 0 || number.coefficient % pow10(min(-number.exponent, 4000)) == 0, number.adjusted < 4000 {
                let i = number.exponent >= 0 ? number.coefficient * pow10(number.exponent) : number.coefficient / pow10(-number.exponent)
                return try hashKey(.bigint(number.negative ? -BigInt(i) : BigInt(i)))
            }
            if let d = Double(exactly: number), DecimalNumber(d).compare(number) == 0 { return try hashKey(.float(d)) }
        }
        return try pythonHashValue()
    }

    override func toInt() throws -> Value? {
        guard number.isFinite else {
            if number.isNaN { throw PyException.make(.valueError, "cannot convert NaN to integer") }
            throw PyException.make(.overflowError, "cannot convert Infinity to integer")
        }
        let i = number.exponent >= 0 ? number.coefficient * pow10(number.exponent) : number.coefficient / pow10(-number.exponent)
        return .bigint(number.negative ? -BigInt(i) : BigInt(i))
    }

    override func toFloat() throws -> Double? {
        if number.isNaN {
            if number.special == .snan { throw PyException.make(.valueError, "cannot convert signaling NaN to float") }
            return number.negative ? -Double.nan : Double.nan
        }
        return try Convert.parseFloat(number.toString())
    }

    override func format(_ spec: String) throws -> String? { try DecimalFormat.format(number, spec) }

    override func method(_ name: String) -> MethodFn? { PyDecimal.methods[name] }
    override func round(_ vm: VM, _ ndigits: Value?) throws -> Value? { try decimalRound(vm, ndigits) }
}

extension Double {
    /// The float equal to a decimal, when there is one.
    init?(exactly d: DecimalNumber) {
        guard d.isFinite, let x = Double(d.toString()) else { return nil }
        self = x
    }
}
