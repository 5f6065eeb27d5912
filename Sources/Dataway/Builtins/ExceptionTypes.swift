/// The exception classes scripts can raise and catch, with CPython's hierarchy.
extension PyType {
    private static func exceptionType(_ name: String, _ base: PyType?) -> PyType {
        // Calling an exception class is handled by the VM (it needs the class itself).
        PyType(name: name, base: base, constructor: nil)
    }
    // Type objects are immutable process-wide singletons: safe to share.
    nonisolated(unsafe) static let baseException = exceptionType("BaseException", nil)
    nonisolated(unsafe) static let exception = exceptionType("Exception", baseException)
    nonisolated(unsafe) static let arithmeticError = exceptionType("ArithmeticError", exception)
    nonisolated(unsafe) static let zeroDivisionError = exceptionType("ZeroDivisionError", arithmeticError)
    nonisolated(unsafe) static let overflowError = exceptionType("OverflowError", arithmeticError)
    nonisolated(unsafe) static let lookupError = exceptionType("LookupError", exception)
    nonisolated(unsafe) static let keyError = exceptionType("KeyError", lookupError)
    nonisolated(unsafe) static let indexError = exceptionType("IndexError", lookupError)
    nonisolated(unsafe) static let valueError = exceptionType("ValueError", exception)
    nonisolated(unsafe) static let unicodeError = exceptionType("UnicodeError", valueError)
    nonisolated(unsafe) static let unicodeDecodeError = exceptionType("UnicodeDecodeError", unicodeError)
    nonisolated(unsafe) static let unicodeEncodeError = exceptionType("UnicodeEncodeError", unicodeError)
    nonisolated(unsafe) static let jsonDecodeError: PyType = PyType(name: "JSONDecodeError", base: valueError) { _, args in
        // json.JSONDecodeError(msg, doc, pos) computes its message from the position, as CPython's does.
        guard args.count == 3, !args.hasKeywords, let msg = args[0].asStr, let doc = args[1].asStr, case .int(let pos) = args[2] else {
            return .object(PyException(type: PyType.jsonDecodeError, args: args.positional))
        }
        let prefix = Array(doc.value.unicodeScalars.prefix(pos))
        let line = prefix.filter { $0 == "\n" }.count + 1
        let col = pos - (prefix.lastIndex(of: "\n").map { $0 + 1 } ?? 0) + 1
        let e = PyException(type: PyType.jsonDecodeError, args: [.str("\(msg.value): line \(line) column \(col) (char \(pos))")])
        e.extra = ["msg": .object(msg), "doc": .object(doc), "pos": .int(pos), "lineno": .int(line), "colno": .int(col)]
        return .object(e)
    }
    nonisolated(unsafe) static let typeError = exceptionType("TypeError", exception)
    nonisolated(unsafe) static let attributeError = exceptionType("AttributeError", exception)
    nonisolated(unsafe) static let nameError = exceptionType("NameError", exception)
    nonisolated(unsafe) static let unboundLocalError = exceptionType("UnboundLocalError", nameError)
    nonisolated(unsafe) static let assertionError = exceptionType("AssertionError", exception)
    nonisolated(unsafe) static let runtimeError = exceptionType("RuntimeError", exception)
    nonisolated(unsafe) static let notImplementedError = exceptionType("NotImplementedError", runtimeError)
    nonisolated(unsafe) static let recursionError = exceptionType("RecursionError", runtimeError)
    nonisolated(unsafe) static let stopIteration = exceptionType("StopIteration", exception)

    /// Exception classes by name (the builtins scripts see).
    nonisolated(unsafe) static let named: [String: PyType] = {
        var d: [String: PyType] = [:]
        for t in allExceptions { d[t.name] = t }
        return d
    }()

    static var allExceptions: [PyType] {
        [
            baseException, exception, arithmeticError, zeroDivisionError, overflowError, lookupError, keyError,
            indexError, valueError, unicodeError, unicodeDecodeError, unicodeEncodeError, typeError,
            attributeError, nameError, unboundLocalError, assertionError, runtimeError, notImplementedError,
            recursionError, stopIteration,
        ]
    }
}
