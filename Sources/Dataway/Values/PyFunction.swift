/// A script function: compiled code plus its defaults and captured cells.
final class PyFunction: PyObject {
    let code: CodeObject
    private(set) var defaults: [Value]
    private(set) var kwDefaults: PyDict?
    private(set) var closure: [Value]
    init(code: CodeObject, defaults: [Value], kwDefaults: PyDict?, closure: [Value]) {
        self.code = code
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        super.init(kind: .function)
    }
    deinit {
        var rest = defaults + closure
        if let kwDefaults { rest.append(.object(kwDefaults)) }
        ReleaseQueue.release(&rest)
    }
    var name: String { code.name }
}
