import BigInt

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A numeric operand, widened for mixed arithmetic.
enum Number {
    case int(Int)
    case big(BigInt)
    case float(Double)

    init?(_ v: Value) {
        switch v {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = .float(d)
        case .object(let o) where o.kind == .bigint: self = .big(unsafeDowncast(o, to: PyBigInt.self).value)
        default: return nil
        }
    }

    var isFloat: Bool {
        if case .float = self { return true }
        return false
    }

    var big: BigInt {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let d): return BigInt(d)
        }
    }

    var double: Double {
        switch self {
        case .int(let i): return Double(i)
        case .big(let b): return (try? pyIntToDouble(b)) ?? (b.signum() < 0 ? -.infinity : .infinity)
        case .float(let d): return d
        }
    }
}

/// Converts a big integer to float as Python does (OverflowError when out of range).
func bigToDouble(_ b: BigInt) throws -> Double {
    do {
        return try pyIntToDouble(b)
    } catch {
        throw error.raise
    }
}

extension VM {
    func binaryOp(_ op: BinOp, _ a: Value, _ b: Value) throws -> Value {
        // `str % args`: str.__mod__ handles every right operand (no type here subclasses str).
        if op == .mod, let u = withUnsafePointer(to: a, { peekObject($0) }), u._withUnsafeGuaranteedRef({ $0.kind == .str }) {
            return try u._withUnsafeGuaranteedRef { try percentFormat(unsafeDowncast($0, to: PyStr.self), b) }
        }
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .bitand: return .bool(x && y)
            case .bitor: return .bool(x || y)
            case .bitxor: return .bool(x != y)
            default: break
            }
        }
        if let x = Number(a), let y = Number(b) { return try numeric(op, x, y) }
        if let n = a.asNative, let r = try n.binary(self, op, b, reflected: false) { return r }
        if let n = b.asNative, let r = try n.binary(self, op, a, reflected: true) { return r }
        return try sequenceOp(op, a, b, inplace: false)
    }

    func inplaceOp(_ op: BinOp, _ a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = a {
            switch (o.kind, op) {
            case (.list, .add):
                let l = unsafeDowncast(o, to: PyList.self)
                let extra = try iterateToArray(b)
                try checkSize(l.items.count + extra.count)
                l.items += extra
                return a
            case (.list, .mul):
                let l = unsafeDowncast(o, to: PyList.self)
                guard case .int(let n) = b else { break }
                try checkSize(l.items.count * max(0, n))
                l.items = n <= 0 ? [] : Array([[Value]](repeating: l.items, count: n).joined())
                return a
            case (.set, .bitor), (.set, .bitand), (.set, .sub), (.set, .bitxor):
                let result = try sequenceOp(op, a, b, inplace: true)
                let s = unsafeDowncast(o, to: PySet.self)
                if let r = result.asObject.map({ unsafeDowncast($0, to: PySet.self) }) { s.table = r.table }
                return a
            case (.dict, .bitor):
                try dictMerge(unsafeDowncast(o, to: PyDict.self), b, forCall: false)
                return a
            case (.bytearray, .add):
                guard let other = b.asObject, other.kind == .bytes || other.kind == .bytearray else { break }
                unsafeDowncast(o, to: PyBytes.self).bytes += unsafeDowncast(other, to: PyBytes.self).bytes
                return a
            default: break
            }
        }
        return try binaryOp(op, a, b)
    }

    func numeric(_ op: BinOp, _ x: Number, _ y: Number) throws -> Value {
        if case .float = x { return try floatOp(op, x.double, y, lhsIsFloat: true) }
        if case .float(let fy) = y {
            if op == .lshift || op == .rshift || op == .bitand || op == .bitor || op == .bitxor { throw unsupported(op, x, y) }
            let fx: Double
            if case .big(let b) = x { fx = try bigToDouble(b) } else { fx = x.double }
            return try floatOp(op, fx, .float(fy), lhsIsFloat: true)
        }
        if case .int(let i) = x, case .int(let j) = y { return try intOp(op, i, j) }
        return try bigOp(op, x.big, y.big)
    }

    private func unsupported(_ op: BinOp, _ x: Number, _ y: Number) -> PyRaise {
        func n(_ v: Number) -> String {
            if case .float = v { return "float" }
            return "int"
        }
        return PyException.make(.typeError, "unsupported operand type(s) for \(op.rawValue): '\(n(x))' and '\(n(y))'")
    }

    func intOp(_ op: BinOp, _ i: Int, _ j: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = i.addingReportingOverflow(j)
            return o ? .bigint(BigInt(i) + BigInt(j)) : .int(r)
        case .sub:
            let (r, o) = i.subtractingReportingOverflow(j)
            return o ? .bigint(BigInt(i) - BigInt(j)) : .int(r)
        case .mul:
            let (r, o) = i.multipliedReportingOverflow(by: j)
            return o ? .bigint(BigInt(i) * BigInt(j)) : .int(r)
        case .floordiv, .mod:
            if j == 0 {
                throw PyException.make(.zeroDivisionError, op == .mod ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            if i == .min && j == -1 { return try bigOp(op, BigInt(i), BigInt(j)) }
            var q = i / j
            var r = i % j
            if r != 0 && ((r < 0) != (j < 0)) {
                q -= 1
                r += j
            }
            return op == .floordiv ? .int(q) : .int(r)
        case .div:
            if j == 0 { throw PyException.make(.zeroDivisionError, "division by zero") }
            if abs(i) < (1 << 53) && abs(j) < (1 << 53) { return .float(Double(i) / Double(j)) }
            return try bigOp(.div, BigInt(i), BigInt(j))
        case .pow:
            if j < 0 {
                if i == 0 { throw PyException.make(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
                return .float(Glibc.pow(Double(i), Double(j)))
            }
            return try bigOp(.pow, BigInt(i), BigInt(j))
        case .lshift:
            if j < 0 { throw PyException.make(.valueError, "negative shift count") }
            if j < 62 && i.magnitude < (UInt(1) << (62 - UInt(j))) { return .int(i << j) }
            return try bigOp(.lshift, BigInt(i), BigInt(j))
        case .rshift:
            if j < 0 { throw PyException.make(.valueError, "negative shift count") }
            return .int(j >= 64 ? (i < 0 ? -1 : 0) : i >> j)
        case .bitand: return .int(i & j)
        case .bitor: return .int(i | j)
        case .bitxor: return .int(i ^ j)
        case .matmul: throw PyException.make(.typeError, "unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    func bigOp(_ op: BinOp, _ a: BigInt, _ b: BigInt) throws -> Value {
        switch op {
        case .add: return try sized(a + b)
        case .sub: return try sized(a - b)
        case .mul:
            try checkBits(a.bitWidth + b.bitWidth)
            return try sized(a * b)
        case .floordiv, .mod:
            if b.isZero {
                throw PyException.make(.zeroDivisionError, op == .mod ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            var (q, r) = a.quotientAndRemainder(dividingBy: b)
            if !r.isZero && ((r.signum() < 0) != (b.signum() < 0)) {
                q -= 1
                r += b
            }
            return .bigint(op == .floordiv ? q : r)
        case .div:
            if b.isZero { throw PyException.make(.zeroDivisionError, "division by zero") }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            if r.isZero {
                guard let d = try? pyIntToDouble(q) else {
                    throw PyException.make(.overflowError, "integer division result too large for a float")
                }
                return .float(d)
            }
            let d = Double(a) / Double(b)
            if d.isFinite { return .float(d) }
            // Scale down both to keep precision for huge operands.
            let shift = max(0, max(a.bitWidth, b.bitWidth) - 1000)
            let r2 = Double(a >> shift) / Double(b >> shift)
            if !r2.isFinite { throw PyException.make(.overflowError, "integer division result too large for a float") }
            return .float(r2)
        case .pow:
            if b.signum() < 0 { return .float(Glibc.pow(try bigToDouble(a), Double(b))) }
            if b.isZero { return .int(1) }
            if a == 0 || a == 1 { return .bigint(a) }
            if a == -1 { return .int(b.isMultiple(of: 2) ? 1 : -1) }
            guard let e = Int(exactly: b) else { throw LimitError.size(limits.maxSize) }
            try checkBits(
                a.magnitude.bitWidth.multipliedReportingOverflow(by: e).partialValue,
                overflow: a.magnitude.bitWidth.multipliedReportingOverflow(by: e).overflow)
            return try sized(a.power(e))
        case .lshift:
            if b.signum() < 0 { throw PyException.make(.valueError, "negative shift count") }
            guard let s = Int(exactly: b) else { throw LimitError.size(limits.maxSize) }
            try checkBits(a.bitWidth + s)
            return .bigint(a << s)
        case .rshift:
            if b.signum() < 0 { throw PyException.make(.valueError, "negative shift count") }
            guard let s = Int(exactly: b) else { return .int(a.signum() < 0 ? -1 : 0) }
            // Python shifts round toward negative infinity.
            if a.signum() < 0 { return .bigint(-((-a - 1) >> s) - 1) }
            return .bigint(a >> s)
        case .bitand, .bitor, .bitxor: return .bigint(twosComplementOp(op, a, b))
        case .matmul: throw PyException.make(.typeError, "unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// `&`, `|`, `^` on arbitrary-precision integers with Python's infinite two's complement.
    func twosComplementOp(_ op: BinOp, _ a: BigInt, _ b: BigInt) -> BigInt {
        let width = max(a.bitWidth, b.bitWidth) + 2
        let modulus = BigInt(1) << width
        let x = BigUInt(a.signum() < 0 ? a + modulus : a)
        let y = BigUInt(b.signum() < 0 ? b + modulus : b)
        let r: BigUInt
        switch op {
        case .bitand: r = x & y
        case .bitor: r = x | y
        default: r = x ^ y
        }
        let result = BigInt(r)
        return result >= (modulus >> 1) ? result - modulus : result
    }

    /// Refuses integers whose result would need more than the size limit (in bytes of digits).
    func checkBits(_ bits: Int, overflow: Bool = false) throws {
        if overflow || bits / 8 > min(limits.maxSize, 1 << 22) { throw LimitError.size(limits.maxSize) }
    }

    @inline(__always) func sized(_ b: BigInt) throws -> Value { .bigint(b) }

    func floatOp(_ op: BinOp, _ x: Double, _ yn: Number, lhsIsFloat: Bool) throws -> Value {
        let y: Double
        if case .big(let b) = yn { y = try bigToDouble(b) } else { y = yn.double }
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw PyException.make(.zeroDivisionError, "float division by zero") }
            return .float(x / y)
        case .floordiv:
            if y == 0 { throw PyException.make(.zeroDivisionError, "float floor division by zero") }
            return .float(floatDivmod(x, y).0)
        case .mod:
            if y == 0 { throw PyException.make(.zeroDivisionError, "float modulo") }
            return .float(floatDivmod(x, y).1)
        case .pow:
            if x == 0 && y < 0 { throw PyException.make(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() {
                throw PyException.make(.valueError, "math domain error")
            }
            let r = Glibc.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite {
                throw PyRaise(PyException(type: .overflowError, args: [.int(34), .str("Numerical result out of range")]))
            }
            return .float(r)
        default:
            let n: String
            switch yn {
            case .float: n = "float"
            default: n = "int"
            }
            throw PyException.make(.typeError, "unsupported operand type(s) for \(op.rawValue): 'float' and '\(n)'")
        }
    }

    func unaryOp(_ op: UnaryOp, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.neg, .int(let i)): return i == .min ? .bigint(-BigInt(i)) : .int(-i)
        case (.neg, .float(let d)): return .float(-d)
        case (.neg, .bool(let b)): return .int(b ? -1 : 0)
        case (.pos, .int), (.pos, .float): return v
        case (.pos, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        case (.not, _): return .bool(!(try truthy(v)))
        default: break
        }
        if let b = v.object(ofKind: .bigint).map({ unsafeDowncast($0, to: PyBigInt.self).value }) {
            switch op {
            case .neg: return .bigint(-b)
            case .pos: return v
            case .invert: return .bigint(-(b + 1))
            case .not: break
            }
        }
        if let n = v.asNative, let r = try n.unary(self, op) { return r }
        let sym = op == .neg ? "-" : op == .pos ? "+" : "~"
        throw PyException.make(.typeError, "bad operand type for unary \(sym): '\(typeName(v))'")
    }
}

/// Python's float divmod: floor quotient and a remainder with the divisor's sign.
func floatDivmod(_ x: Double, _ y: Double) -> (Double, Double) {
    var mod = fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 {
        if (y < 0) != (mod < 0) {
            mod += y
            div -= 1
        }
    } else {
        mod = copysign(0.0, y)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = div.rounded(.down)
        if div - floordiv > 0.5 { floordiv += 1 }
    } else {
        floordiv = copysign(0.0, x / y)
    }
    return (floordiv, mod)
}
