/// A builtin's implementation: the VM and the call's arguments.
typealias BuiltinFn = @Sendable (VM, Args) throws -> Value
/// A builtin method's implementation: the VM, the receiver and the arguments.
typealias MethodFn = @Sendable (VM, Value, Args) throws -> Value

/// Arguments of a call, vectorcall style: positional values then keyword values, with the keyword
/// names for the trailing ones. The buffer is only valid during the call.
struct Args {
    let values: UnsafeBufferPointer<Value>
    /// The keyword names, nil when there are none (the usual call: then copying `Args` touches no
    /// reference count, where even an empty array is a shared object to retain).
    let names: [String]?
    /// Number of positional arguments.
    let count: Int

    init(_ values: UnsafeBufferPointer<Value>) {
        self.values = values
        names = nil
        count = values.count
    }

    init(_ values: UnsafeBufferPointer<Value>, keywordNames: [String]) {
        self.values = values
        names = keywordNames.isEmpty ? nil : keywordNames
        count = values.count - keywordNames.count
    }

    init(_ values: UnsafeBufferPointer<Value>, names: [String]?) {
        self.values = values
        self.names = names
        count = values.count - (names?.count ?? 0)
    }

    /// The keyword names, in the order of the trailing values.
    var keywordNames: [String] { names ?? [] }
    var isEmpty: Bool { values.isEmpty }
    var hasKeywords: Bool { names != nil }

    subscript(_ i: Int) -> Value { values[i] }

    /// Positional argument `i`, or nil when not given.
    func at(_ i: Int) -> Value? { i < count ? values[i] : nil }

    /// The keyword argument `name`, if given.
    func keyword(_ name: String) -> Value? {
        guard let names else { return nil }
        for (i, n) in names.enumerated() where n == name { return values[count + i] }
        return nil
    }

    /// Argument `i` given by position or by keyword `name`.
    func argument(_ i: Int, _ name: String) -> Value? { at(i) ?? keyword(name) }

    var positional: [Value] { Array(values[0..<count]) }

    /// Checks the positional count and that only known keywords are given (`keywords` is only
    /// built when the call has some).
    func expect(
        _ function: String, min: Int, max: Int, keywords: @autoclosure () -> [String] = []
    ) throws {
        if let names {
            let keywords = keywords()
            for n in names where !keywords.contains(n) {
                throw PyException.make(.typeError, "\(function)() got an unexpected keyword argument '\(n)'")
            }
        }
        if count < min || count > max {
            if min == max {
                if min == 0 { throw PyException.make(.typeError, "\(function)() takes no arguments (\(count) given)") }
                if min == 1 {
                    throw PyException.make(.typeError, "\(function)() takes exactly one argument (\(count) given)")
                }
                throw PyException.make(.typeError, "\(function)() takes exactly \(min) arguments (\(count) given)")
            }
            if count < min {
                throw PyException.make(.typeError, "\(function)() takes at least \(min) argument\(min == 1 ? "" : "s") (\(count) given)")
            }
            throw PyException.make(.typeError, "\(function)() takes at most \(max) argument\(max == 1 ? "" : "s") (\(count) given)")
        }
    }
}

/// Calls `body` with arguments built from an array (for builtins calling builtins).
@inline(__always)
func withArgs<R>(_ values: [Value], keywordNames: [String] = [], _ body: (Args) throws -> R) rethrows -> R {
    try values.withUnsafeBufferPointer { try body(Args($0, keywordNames: keywordNames)) }
}

/// A builtin function object (`len`, `json.dumps`, ...). Process-wide and immutable.
/// A builtin function held in a class's stored property, where it keeps its own calling
/// convention (kept in a dictionary or an optional, it would be called through conversion thunks):
/// the builtin and module function tables and `PyType.constructor`.
final class BuiltinBox: Sendable {
    let fn: BuiltinFn
    init(_ fn: @escaping BuiltinFn) { self.fn = fn }
}

final class PyBuiltinFunction: PyObject {
    let name: String
    let fn: BuiltinFn
    init(_ name: String, _ fn: @escaping BuiltinFn) {
        self.name = name
        self.fn = fn
        super.init(kind: .builtinFunction)
    }
}

/// A builtin method bound to its receiver (`s.upper` without the call).
final class PyBoundMethod: PyObject {
    let receiver: Value
    let name: String
    let fn: MethodFn
    init(receiver: Value, name: String, fn: @escaping MethodFn) {
        self.receiver = receiver
        self.name = name
        self.fn = fn
        super.init(kind: .boundMethod)
    }
}
