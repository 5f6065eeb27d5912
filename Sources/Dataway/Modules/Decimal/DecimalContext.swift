/// The arithmetic settings of a `decimal` context.
struct DecimalContextState {
    var prec = 28
    var rounding = DecimalRounding.halfEven
    var emax = 999_999
    var emin = -999_999
    var capitals = true
}

/// A `decimal.Context`: `getcontext()` returns the run's own one (made on first use), so
/// `getcontext().prec = 6` affects only the current run.
final class PyDecimalContext: PyNativeObject {
    var state: DecimalContextState
    init(_ state: DecimalContextState = DecimalContextState()) {
        self.state = state
        super.init()
    }

    /// The run's current context.
    static func current(_ vm: VM) -> PyDecimalContext {
        if let c = vm.moduleState["decimal"] as? PyDecimalContext { return c }
        let c = PyDecimalContext()
        vm.moduleState["decimal"] = c
        return c
    }

    override var nativeType: PyType { DecimalModule.contextType }

    override func repr() -> String {
        "Context(prec=\(state.prec), rounding=\(state.rounding.rawValue), Emin=\(state.emin), Emax=\(state.emax), capitals=\(state.capitals ? 1 : 0), clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])"
    }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "prec": return .int(state.prec)
        case "rounding": return .str(state.rounding.rawValue)
        case "Emax": return .int(state.emax)
        case "Emin": return .int(state.emin)
        case "capitals": return .int(state.capitals ? 1 : 0)
        case "clamp": return .int(0)
        default: return nil
        }
    }

    static let maxPrec = 999_999_999_999_999_999

    override func setAttribute(_ vm: VM, _ name: String, _ value: Value) throws -> Bool {
        switch name {
        case "prec":
            let p = try intArg(value)
            if p < 1 || p > 999_999 { throw PyException.make(.valueError, "valid range for prec is [1, MAX_PREC]") }
            state.prec = p
        case "rounding":
            guard let s = value.asStr?.value, let r = DecimalRounding(rawValue: s) else {
                throw PyException.make(
                    .typeError,
                    "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]"
                )
            }
            state.rounding = r
        case "Emax":
            let e = try intArg(value)
            if e < 0 || e > 999_999_999 { throw PyException.make(.valueError, "valid range for Emax is [0, MAX_EMAX]") }
            state.emax = e
        case "Emin":
            let e = try intArg(value)
            if e > 0 || e < -999_999_999 { throw PyException.make(.valueError, "valid range for Emin is [MIN_EMIN, 0]") }
            state.emin = e
        case "capitals":
            let c = try intArg(value)
            if c != 0 && c != 1 { throw PyException.make(.valueError, "valid values for capitals are 0 or 1") }
            state.capitals = c == 1
        default: return false
        }
        return true
    }

    func intArg(_ v: Value) throws -> Int {
        guard case .int(let i) = v else {
            if case .bool(let b) = v { return b ? 1 : 0 }
            throw PyException.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
        }
        return i
    }

    override func method(_ name: String) -> MethodFn? {
        switch name {
        case "copy":
            return nativeMethod(PyDecimalContext.self) { _, c, a in
                try noArgs(a, "copy")
                return .object(PyDecimalContext(c.state))
            }
        case "create_decimal":
            return nativeMethod(PyDecimalContext.self) { vm, c, a in
                try a.expect("create_decimal", min: 0, max: 1)
                let d = try DecimalModule.convert(vm, a.at(0) ?? .str("0"), forConstructor: true)
                return .object(PyDecimal(try DecimalModule.run { () throws(DecimalSignal) in try d.fixed(c.state) }))
            }
        default: return nil
        }
    }
}
