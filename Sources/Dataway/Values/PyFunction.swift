/// A script function: compiled code plus its defaults and captured cells.
final class PyFunction: PyObject {
    let code: CodeObject
    let defaults: [Value]
    let kwDefaults: PyDict?
    let closure: [Value]
    init(code: CodeObject, defaults: [Value], kwDefaults: PyDict?, closure: [Value]) {
        self.code = code
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        super.init(kind: .function)
    }
    var name: String { code.name }
}
