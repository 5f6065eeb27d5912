/// A type object: the builtin types (`int`, `str`, ...) and the exception classes.
///
/// Type objects are process-wide singletons and immutable, so sharing them across runs is safe.
final class PyType: PyObject {
    let name: String
    let base: PyType?
    /// Called when a script calls the type (`int("3")`, `ValueError("x")`).
    let constructor: BuiltinFn?
    /// Further base classes (multiple inheritance of library exception types, such as
    /// `decimal.DivisionByZero`, which is both a `DecimalException` and a `ZeroDivisionError`).
    let otherBases: [PyType]
    /// Class-level attributes of a native type (`datetime.now`, `timezone.utc`), looked up on demand
    /// so that they may be instances of the type itself.
    let classAttribute: (@Sendable (String) -> Value?)?

    init(
        name: String, base: PyType?, constructor: BuiltinFn?, otherBases: [PyType] = [],
        classAttribute: (@Sendable (String) -> Value?)? = nil
    ) {
        self.name = name
        self.base = base
        self.constructor = constructor
        self.otherBases = otherBases
        self.classAttribute = classAttribute
        super.init(kind: .type)
    }

    func isSubtype(of other: PyType) -> Bool {
        var t: PyType? = self
        while let c = t {
            if c === other { return true }
            for b in c.otherBases where b.isSubtype(of: other) { return true }
            t = c.base
        }
        return false
    }
}

/// One line of a script traceback.
struct TraceEntry: Sendable, Equatable {
    var function: String
    var line: Int
}

/// A script-level exception instance.
final class PyException: PyObject {
    let type: PyType
    var args: [Value]
    var traceback: [TraceEntry] = []
    var cause: PyException?
    /// The exception being handled when this one was raised (`__context__`).
    var context: PyException?
    /// Extra attributes some exception types carry (JSONDecodeError's `msg`, `pos`, ...).
    var extra: [String: Value] = [:]

    init(type: PyType, args: [Value]) {
        self.type = type
        self.args = args
        super.init(kind: .exception)
    }

    deinit {
        var rest = args + Array(extra.values)
        if let cause { rest.append(.object(cause)) }
        if let context { rest.append(.object(context)) }
        cause = nil
        context = nil
        args = []
        ReleaseQueue.release(&rest)
    }

    /// `str(e)`: empty for no args, the argument's str for one, the args tuple's repr otherwise.
    var message: String {
        if let m = TextCodec.unicodeErrorMessage(self) { return m }
        if args.count == 1 && type.isSubtype(of: .keyError) { return (try? pyRepr(args[0])) ?? "" }
        switch args.count {
        case 0: return ""
        case 1: return (try? pyStr(args[0])) ?? ""
        default: return (try? pyRepr(.tuple(args))) ?? ""
        }
    }

    /// Makes a raisable error of a builtin exception type.
    static func make(_ type: PyType, _ message: String) -> PyRaise {
        PyRaise(PyException(type: type, args: [.str(message)]))
    }
}

/// A Python exception travelling as a Swift error inside one run.
///
/// `@unchecked Sendable`: the wrapped exception object never leaves the run (task) that raised it;
/// the host only ever receives the `DatawayError` built from it.
struct PyRaise: Error, @unchecked Sendable {
    let exception: PyException
    init(_ exception: PyException) { self.exception = exception }
}
