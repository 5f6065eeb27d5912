/// An activation record. Registers live in the VM's stack from `base`.
struct Frame {
    /// The running code. `unowned(unsafe)`: every CodeObject is owned by the Program (the module code
    /// and, transitively, its nested `codes`), which the running Script holds for the whole run, so
    /// frames never need to retain it.
    unowned(unsafe) let code: CodeObject
    let base: Int
    var pc: Int
    /// Absolute stack index that receives the return value (-1 for entry frames).
    let returnRegister: Int
    /// A frame entered from Swift (the module body or a callback): returning leaves the run loop.
    let isEntry: Bool
    /// Copied from `code` so the interpreter loop never touches the class (no reference counting).
    let registerCount: Int
    let instructions: UnsafeMutablePointer<Instruction>
    let constants: UnsafePointer<Value>

    init(code: CodeObject, base: Int, pc: Int, returnRegister: Int, isEntry: Bool) {
        self.code = code
        self.base = base
        self.pc = pc
        self.returnRegister = returnRegister
        self.isEntry = isEntry
        registerCount = code.registerCount
        instructions = code.instructionPointer
        constants = UnsafePointer(code.constantPointer)
    }
}
