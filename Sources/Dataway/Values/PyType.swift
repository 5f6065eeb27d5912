/// A type object: the builtin types (`int`, `str`, ...) and the exception classes.
///
/// Type objects are process-wide singletons and immutable, so sharing them across runs is safe.
final class PyType: PyObject {
    let name: String
    let base: PyType?
    /// Called when a script calls the type (`int("3")`, `ValueError("x")`). Boxed: a function kept
    /// in an optional is stored at the most general calling convention and called through
    /// conversion thunks; in a box's stored property it keeps its own.
    let constructor: BuiltinBox?
    /// Further base classes (multiple inheritance of library exception types, such as
    /// `decimal.DivisionByZero`, which is both a `DecimalException` and a `ZeroDivisionError`).
    let otherBases: [PyType]
    /// Class-level attributes of a native type (`datetime.now`, `timezone.utc`), looked up on demand
    /// so that they may be instances of the type itself.
    let classAttribute: (@Sendable (String) -> Value?)?

    private init(
        name: String, base: PyType?, constructorBox: BuiltinBox?, otherBases: [PyType],
        classAttribute: (@Sendable (String) -> Value?)?
    ) {
        self.name = name
        self.base = base
        self.constructor = constructorBox
        self.otherBases = otherBases
        self.classAttribute = classAttribute
        super.init(kind: .type)
    }

    /// A type whose calls run `constructor` (boxed as written, with no detour through an optional).
    convenience init(
        name: String, base: PyType?, constructor: @escaping BuiltinFn, otherBases: [PyType] = [],
        classAttribute: (@Sendable (String) -> Value?)? = nil
    ) {
        self.init(
            name: name, base: base, constructorBox: BuiltinBox(constructor), otherBases: otherBases, classAttribute: classAttribute)
    }

    /// A type that may have no constructor (exception classes construct exceptions).
    convenience init(
        name: String, base: PyType?, constructor: BuiltinFn?, otherBases: [PyType] = [],
        classAttribute: (@Sendable (String) -> Value?)? = nil
    ) {
        self.init(
            name: name, base: base, constructorBox: constructor.map(BuiltinBox.init), otherBases: otherBases,
            classAttribute: classAttribute)
    }

    /// Whether `self` is `other` or derives from it. Walks the bases without retaining them: type
    /// objects are process-wide singletons that outlive every run.
    func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        var t = Unmanaged.passUnretained(self)
        while true {
            let next: Unmanaged<PyType>?? = t._withUnsafeGuaranteedRef { c in
                if c === other { return .some(nil) }
                if !c.otherBases.isEmpty {
                    for b in c.otherBases where b.isSubtype(of: other) { return .some(nil) }
                }
                guard let b = c.base else { return nil }
                return .some(Unmanaged.passUnretained(b))
            }
            guard let step = next else { return false }
            guard let b = step else { return true }
            t = b
        }
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
    /// The arguments, unless `deferred` still stands for them.
    private var storedArgs: [Value]
    /// A builtin's message not built yet: most raised exceptions are caught without being looked
    /// at, so formatting their text up front would be wasted work.
    private var deferred: DeferredMessage?
    /// The first two traceback entries (most exceptions are caught in the frame that raised them
    /// or its caller), then the rest.
    private var firstTrace: TraceEntry?
    private var secondTrace: TraceEntry?
    private var moreTrace: [TraceEntry] = []
    var cause: PyException?
    /// The exception being handled when this one was raised (`__context__`).
    var context: PyException?
    /// Extra attributes some exception types carry (JSONDecodeError's `msg`, `pos`, ...).
    var extra: [String: Value] = [:]

    init(type: PyType, args: [Value]) {
        self.type = type
        self.storedArgs = args
        super.init(kind: .exception)
    }

    /// An exception whose single argument, the message, is built from `deferred` when first needed.
    init(type: PyType, deferred: DeferredMessage) {
        self.type = type
        self.storedArgs = []
        self.deferred = deferred
        super.init(kind: .exception)
    }

    deinit {
        // Nothing nested to hand to the release queue in the common case (a message string).
        if extra.isEmpty && cause == nil && context == nil && !storedArgs.contains(where: \.mayHoldChildren) { return }
        var rest = storedArgs + Array(extra.values)
        if let cause { rest.append(.object(cause)) }
        if let context { rest.append(.object(context)) }
        cause = nil
        context = nil
        storedArgs = []
        ReleaseQueue.release(&rest)
    }

    /// `e.args`.
    var args: [Value] {
        get {
            if let d = deferred {
                storedArgs = [.str(d.text)]
                deferred = nil
            }
            return storedArgs
        }
        set {
            deferred = nil
            storedArgs = newValue
        }
    }

    /// The frames the exception passed through, innermost first.
    var traceback: [TraceEntry] {
        guard let firstTrace else { return [] }
        guard let secondTrace else { return [firstTrace] }
        return [firstTrace, secondTrace] + moreTrace
    }

    /// Records one more frame the exception passed through (outward from where it was raised).
    func appendTrace(_ entry: TraceEntry) {
        if firstTrace == nil {
            firstTrace = entry
        } else if secondTrace == nil {
            secondTrace = entry
        } else {
            moreTrace.append(entry)
        }
    }

    /// `str(e)`: empty for no args, the argument's str for one, the args tuple's repr otherwise.
    var message: String {
        if let d = deferred { return d.text }
        if let m = TextCodec.unicodeErrorMessage(self) { return m }
        let args = storedArgs
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
