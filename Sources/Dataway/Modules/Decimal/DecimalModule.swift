import BigInt

/// The `decimal` module: `Decimal`, contexts, rounding constants and the signal exceptions.
enum DecimalModule {
    // Immutable process-wide type objects.
    nonisolated(unsafe) static let decimalType = nativeType("Decimal") { vm, a in
        try a.expect("Decimal", min: 0, max: 2, keywords: ["value", "context"])
        let v = a.argument(0, "value") ?? .str("0")
        if let d = v.asNative as? PyDecimal { return .object(d) }
        return .object(PyDecimal(try convert(vm, v, forConstructor: true)))
    }
    nonisolated(unsafe) static let contextType = nativeType("Context") { _, a in
        try a.expect("Context", min: 0, max: 0, keywords: ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"])
        return .object(PyDecimalContext())
    }
    nonisolated(unsafe) static let decimalException = ModuleKit.errorType("DecimalException", base: .arithmeticError)
    nonisolated(unsafe) static let invalidOperation = ModuleKit.errorType("InvalidOperation", base: decimalException)
    nonisolated(unsafe) static let conversionSyntax = ModuleKit.errorType("ConversionSyntax", base: invalidOperation)
    nonisolated(unsafe) static let divisionUndefined = PyType(
        name: "DivisionUndefined", base: invalidOperation, constructor: nil, otherBases: [.zeroDivisionError])
    nonisolated(unsafe) static let divisionImpossible = ModuleKit.errorType("DivisionImpossible", base: invalidOperation)
    nonisolated(unsafe) static let divisionByZero = PyType(
        name: "DivisionByZero", base: decimalException, constructor: nil, otherBases: [.zeroDivisionError])
    nonisolated(unsafe) static let overflow = ModuleKit.errorType("Overflow", base: decimalException)
    nonisolated(unsafe) static let inexact = ModuleKit.errorType("Inexact", base: decimalException)
    nonisolated(unsafe) static let rounded = ModuleKit.errorType("Rounded", base: decimalException)

    /// The list CPython puts in a signal's args: `[<class 'decimal.InvalidOperation'>]`.
    static func signalArgs(_ names: [String]) -> Value {
        .list(names.map { .object(PyType(name: "decimal." + $0, base: nil, constructor: nil)) })
    }

    /// Runs a computation, turning trapped signals into Python exceptions as the default context does.
    static func run<T>(_ body: () throws(DecimalSignal) -> T) throws -> T {
        do {
            return try body()
        } catch {
            let (type, names): (PyType, [String])
            switch error {
            case .invalidOperation: (type, names) = (invalidOperation, ["InvalidOperation"])
            case .conversionSyntax: (type, names) = (invalidOperation, ["ConversionSyntax"])
            case .divisionByZero: (type, names) = (divisionByZero, ["DivisionByZero"])
            case .divisionUndefined: (type, names) = (invalidOperation, ["DivisionUndefined"])
            case .divisionImpossible: (type, names) = (invalidOperation, ["DivisionImpossible"])
            case .overflow: (type, names) = (overflow, ["Overflow", "Inexact", "Rounded"])
            }
            throw PyRaise(PyException(type: type, args: [signalArgs(names)]))
        }
    }

    /// A Decimal operand: Decimal, int or (for the constructor and comparisons) float or str.
    static func convert(_ vm: VM, _ v: Value, forConstructor: Bool) throws -> DecimalNumber {
        if let d = v.asNative as? PyDecimal { return d.number }
        if let b = v.asBigInt { return DecimalNumber(b) }
        if forConstructor {
            if case .float(let f) = v { return DecimalNumber(f) }
            if let s = v.asStr {
                guard let d = DecimalNumber(parsing: s.value) else {
                    return try run { () throws(DecimalSignal) in throw .conversionSyntax }
                }
                return d
            }
            if let t = v.asTuple ?? v.asList.map({ PyTuple($0.items) }) {
                return try fromTuple(vm, t.items)
            }
            throw PyException.make(.typeError, "conversion from \(typeName(v)) to Decimal is not supported")
        }
        throw PyException.make(.typeError, "conversion from \(typeName(v)) to Decimal is not supported")
    }

    static func fromTuple(_ vm: VM, _ items: [Value]) throws -> DecimalNumber {
        guard items.count == 3, let sign = items[0].asBigInt, sign == 0 || sign == 1 else {
            throw PyException.make(.valueError, "argument must be a sequence of length 3")
        }
        var digits = ""
        for d in try vm.iterateToArray(items[1]) {
            guard let x = d.asBigInt, x >= 0, x <= 9 else {
                throw PyException.make(.valueError, "coefficient must be a tuple of digits")
            }
            digits += String(x)
        }
        if let s = items[2].asStr?.value {
            let special: DecimalNumber.Special = s == "F" ? .infinity : s == "n" ? .nan : .snan
            return DecimalNumber(negative: sign == 1, coefficient: 0, exponent: 0, special: special)
        }
        guard let e = items[2].asBigInt, let exp = Int(exactly: e) else {
            throw PyException.make(.valueError, "exponent must be an integer")
        }
        return DecimalNumber(negative: sign == 1, coefficient: BigUInt(digits.isEmpty ? "0" : digits) ?? 0, exponent: exp)
    }

    nonisolated(unsafe) static let module: Value = {
        var attrs: [String: Value] = [
            "Decimal": .object(decimalType), "Context": .object(contextType),
            "DecimalException": .object(decimalException), "InvalidOperation": .object(invalidOperation),
            "DivisionByZero": .object(divisionByZero), "Overflow": .object(overflow), "Inexact": .object(inexact),
            "Rounded": .object(rounded), "ConversionSyntax": .object(conversionSyntax),
            "DivisionUndefined": .object(divisionUndefined), "DivisionImpossible": .object(divisionImpossible),
            "MAX_PREC": .int(999_999_999_999_999_999), "MAX_EMAX": .int(999_999_999_999_999_999),
            "MIN_EMIN": .int(-999_999_999_999_999_999),
            "getcontext": .object(
                PyBuiltinFunction("getcontext") { vm, a in
                    try a.expect("getcontext", min: 0, max: 0)
                    return .object(PyDecimalContext.current(vm))
                }),
            "setcontext": .object(
                PyBuiltinFunction("setcontext") { vm, a in
                    try a.expect("setcontext", min: 1, max: 1)
                    guard let c = a[0].asNative as? PyDecimalContext else {
                        throw PyException.make(.typeError, "argument must be a context")
                    }
                    vm.moduleState["decimal"] = c
                    return .none
                }),
        ]
        for r in DecimalRounding.allCases { attrs[r.rawValue] = .str(r.rawValue) }
        return .object(PyModule(name: "decimal", attributes: attrs))
    }()
}

extension DecimalModule {
    nonisolated(unsafe) static let decimalTupleType = nativeType("DecimalTuple")
}
