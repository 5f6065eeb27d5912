import BigInt

/// `datetime.timedelta`: days, seconds (0..<86400) and microseconds (0..<1_000_000).
final class PyTimedelta: PyNativeObject {
    let days: Int
    let seconds: Int
    let microseconds: Int

    static let maxDays = 999_999_999
    static let microsPerDay: Int128 = 86_400_000_000

    init(days: Int, seconds: Int, microseconds: Int) {
        self.days = days
        self.seconds = seconds
        self.microseconds = microseconds
        super.init()
    }

    /// A normalised timedelta of `total` microseconds, or `OverflowError`.
    static func make(_ total: Int128) throws -> PyTimedelta {
        var d = total / microsPerDay
        var rest = total % microsPerDay
        if rest < 0 {
            d -= 1
            rest += microsPerDay
        }
        if d > Int128(Int32.max) || d < Int128(Int32.min) {
            throw PyException.make(.overflowError, "Python int too large to convert to C int")
        }
        if d > Int128(maxDays) || d < -Int128(maxDays) {
            throw PyException.make(.overflowError, "days=\(d); must have magnitude <= \(maxDays)")
        }
        let r = Int(rest)
        return PyTimedelta(days: Int(d), seconds: r / 1_000_000, microseconds: r % 1_000_000)
    }

    var total: Int128 { Int128(days) * PyTimedelta.microsPerDay + Int128(seconds) * 1_000_000 + Int128(microseconds) }

    override var nativeType: PyType { DateTimeModule.timedeltaType }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "days": return .int(days)
        case "seconds": return .int(seconds)
        case "microseconds": return .int(microseconds)
        default: return nil
        }
    }

    override func method(_ name: String) -> MethodFn? { DateTimeModule.timedeltaMethods[name] }

    override func repr() -> String {
        var parts: [String] = []
        if days != 0 { parts.append("days=\(days)") }
        if seconds != 0 { parts.append("seconds=\(seconds)") }
        if microseconds != 0 { parts.append("microseconds=\(microseconds)") }
        return "datetime.timedelta(" + (parts.isEmpty ? "0" : parts.joined(separator: ", ")) + ")"
    }

    override func str() -> String {
        var s = ""
        if days != 0 { s = "\(days) day\(abs(days) == 1 ? "" : "s"), " }
        s += "\(seconds / 3600):" + TimeFormat.pad(seconds % 3600 / 60, 2, nil) + ":" + TimeFormat.pad(seconds % 60, 2, nil)
        if microseconds != 0 { s += "." + TimeFormat.pad(microseconds, 6, nil) }
        return s
    }

    override func truthValue() throws -> Bool { days != 0 || seconds != 0 || microseconds != 0 }

    override func equals(_ other: Value) -> Bool? {
        guard let o = other.asNative as? PyTimedelta else { return nil }
        return o.total == total
    }

    override func compare(_ other: Value, reflected: Bool) throws -> Int? {
        guard let o = other.asNative as? PyTimedelta else { return nil }
        return total < o.total ? -1 : total > o.total ? 1 : 0
    }

    override func keyHash() throws -> Int? {
        var h = Hasher()
        h.combine(days)
        h.combine(seconds)
        h.combine(microseconds)
        return h.finalize()
    }

    override func unary(_ vm: VM, _ op: UnaryOp) throws -> Value? {
        switch op {
        case .neg: return .object(try PyTimedelta.make(-total))
        case .pos: return .object(self)
        default: return nil
        }
    }

    override func absolute(_ vm: VM) throws -> Value? { days < 0 ? .object(try PyTimedelta.make(-total)) : .object(self) }

    override func binary(_ vm: VM, _ op: BinOp, _ other: Value, reflected: Bool) throws -> Value? {
        if let o = other.asNative as? PyTimedelta {
            let (a, b) = reflected ? (o.total, total) : (total, o.total)
            switch op {
            case .add: return .object(try PyTimedelta.make(a + b))
            case .sub: return .object(try PyTimedelta.make(a - b))
            case .div:
                if b == 0 { throw PyException.make(.zeroDivisionError, "integer division or modulo by zero") }
                return .float(Double(a) / Double(b))
            case .floordiv:
                if b == 0 { throw PyException.make(.zeroDivisionError, "integer division or modulo by zero") }
                return .bigint(BigIntBridge.from(floorDiv(a, b)))
            case .mod:
                if b == 0 { throw PyException.make(.zeroDivisionError, "integer division or modulo by zero") }
                return .object(try PyTimedelta.make(a - floorDiv(a, b) * b))
            default: return nil
            }
        }
        switch (op, other) {
        case (.mul, .int(let n)):
            let (p, overflow) = total.multipliedReportingOverflow(by: Int128(n))
            if overflow { throw PyException.make(.overflowError, "Python int too large to convert to C int") }
            return .object(try PyTimedelta.make(p))
        case (.mul, .float(let f)):
            return .object(try PyTimedelta.make(try roundHalfEven(Double(total) * f)))
        case (.div, .int(let n)) where !reflected:
            if n == 0 { throw PyException.make(.zeroDivisionError, "integer division or modulo by zero") }
            return .object(try PyTimedelta.make(divRoundHalfEven(total, Int128(n))))
        case (.div, .float(let f)) where !reflected:
            if f == 0 { throw PyException.make(.zeroDivisionError, "float division by zero") }
            return .object(try PyTimedelta.make(try roundHalfEven(Double(total) / f)))
        case (.floordiv, .int(let n)) where !reflected:
            if n == 0 { throw PyException.make(.zeroDivisionError, "integer division or modulo by zero") }
            return .object(try PyTimedelta.make(floorDiv(total, Int128(n))))
        default: return nil
        }
    }

    func floorDiv(_ a: Int128, _ b: Int128) -> Int128 {
        var q = a / b
        if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
        return q
    }

    func divRoundHalfEven(_ a: Int128, _ b: Int128) -> Int128 {
        var q = floorDiv(a, b)
        let r = a - q * b
        let twice = 2 * (b < 0 ? -r : r)
        let mag = b < 0 ? -b : b
        if twice > mag || (twice == mag && q % 2 != 0) { q += 1 }
        return q
    }

    func roundHalfEven(_ d: Double) throws -> Int128 {
        guard d.isFinite, abs(d) < 1e20 else { throw PyException.make(.overflowError, "cannot convert float infinity to integer") }
        return Int128(d.rounded(.toNearestOrEven))
    }
}

enum BigIntBridge {
    static func from(_ v: Int128) -> BigInt {
        if let i = Int(exactly: v) { return BigInt(i) }
        let hi = BigInt(Int64(truncatingIfNeeded: v >> 64))
        let lo = BigInt(UInt64(truncatingIfNeeded: v))
        return hi << 64 + lo
    }
}
