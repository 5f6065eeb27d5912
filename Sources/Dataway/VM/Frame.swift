/// An activation record. Registers live in the VM's stack from `base`.
struct Frame {
    /// The running code, unretained: every CodeObject is owned by the Program (the module code and,
    /// transitively, its nested `codes`), which the running Script holds for the whole run, so frames
    /// never need to retain it (pushing and popping a frame touches no reference count).
    let codeRef: Unmanaged<CodeObject>
    /// The running code (retained by the caller for as long as it uses it; off the hot path).
    var code: CodeObject { codeRef.takeUnretainedValue() }
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

    @inline(__always)
    init(code: Unmanaged<CodeObject>, base: Int, pc: Int, returnRegister: Int, isEntry: Bool) {
        codeRef = code
        self.base = base
        self.pc = pc
        self.returnRegister = returnRegister
        self.isEntry = isEntry
        (registerCount, instructions, constants) = code._withUnsafeGuaranteedRef {
            ($0.registerCount, $0.instructionPointer, UnsafePointer($0.constantPointer))
        }
    }
}
