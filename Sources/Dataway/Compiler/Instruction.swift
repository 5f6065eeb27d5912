/// Register-machine opcodes. Operand meaning is given per case; `rk` operands are a register when
/// non-negative and the constant `~x` when negative.
enum Opcode: UInt8 {
    case nop
    case loadConst  // a=dst b=const
    case move  // a=dst b=src
    case checkBound  // a=reg b=name const: UnboundLocalError if unassigned
    case loadGlobal  // a=dst b=slot
    case storeGlobal  // a=slot b=src
    case deleteGlobal  // a=slot
    case loadDeref  // a=dst b=cell reg
    case storeDeref  // a=cell reg b=src
    case deleteDeref  // a=cell reg
    case deleteFast  // a=reg b=name const
    case makeCell  // a=reg: wrap the register's value in a fresh cell
    case binary  // a=dst b=rk c=rk; ext a=BinOp index
    case inplace  // a=dst b=rk c=rk; ext a=BinOp index
    case add, sub, mul, mod, floordiv, truediv  // a=dst b=rk c=rk (fast paths)
    case neg, pos, not, invert  // a=dst b=src
    case lt, le, eq, ne, gt, ge, `is`, isNot, `in`, notIn  // a=dst b=rk c=rk
    case jump  // a=target
    case jumpIfFalse, jumpIfTrue  // a=reg b=target
    case ltJumpIfFalse, leJumpIfFalse, gtJumpIfFalse, geJumpIfFalse, eqJumpIfFalse, neJumpIfFalse  // a=rk b=rk c=target
    case getIter  // a=dst b=src
    case makeGenerator  // a=dst b=element function c=source iterable
    case forIter  // a=iter reg b=dst c=exit target
    case forRangePrep  // a=base: checks counter/stop/step are ints and step != 0
    case forRange  // a=base (counter, stop, step) b=dst c=exit target
    // a=dst c=count; ext words: the items' rk operands, three a word (list, tuple: a register
    // | movedOperand moves)
    case buildList, buildTuple, buildSet
    case buildDict  // a=dst c=pair count; ext words: key, value, key, value... rk operands (a value register | movedOperand moves)
    case listAppend  // a=list b=value c=1: b is a dead temporary (its value moves)
    case listExtend  // a=list b=iterable
    case setAdd  // a=set b=value
    case setUpdate  // a=set b=iterable
    case dictSet  // a=dict b=key c=value
    case dictUpdate  // a=dict b=mapping
    case listToTuple  // a=dst b=list
    case getItem  // a=dst b=obj c=rk key
    case setItem  // a=obj b=rk key c=rk value
    case delItem  // a=obj b=rk key
    case getAttr  // a=dst b=obj c=name const
    case getAttrOrKey  // as getAttr, but a dict's key when the dict has no such method
    case setAttr  // a=obj b=name const c=rk value
    case delAttr  // a=obj b=name const
    case buildSlice  // a=dst b=start (3 registers)
    case call  // a=dst b=callee (args follow) c=argc; ext a=kwnames const or -1
    case callEx  // a=dst b=callee c=args tuple; ext a=kwargs dict or -1
    case callMethod  // a=dst b=receiver (args follow) c=argc; ext a=name const b=kwnames const or -1
    case makeFunction  // a=dst b=code index c=defaults tuple or -1; ext a=kw defaults dict or -1 b=captures start c=capture count
    case returnValue  // a=rk
    case raise  // a=exc b=cause or -1 (c=1 when a cause is given)
    case reraise  // a=reg
    case raiseNoActive
    case excMatch  // a=dst b=exc c=type
    case unpackSequence  // a=src b=dst start c=count
    case unpackEx  // a=src b=dst start c=before; ext a=after
    case unpackTo  // a=src b=1: src is a dead temporary (its items may move) c=count; ext words: the target registers, three a word
    case importModule  // a=dst b=name const
    case importFrom  // a=dst b=module reg c=name const
    case formatValue  // a=dst b=src c=conversion (0 none, 1 s, 2 r, 3 a); ext a=spec reg or -1
    case buildString  // a=dst b=start c=count
    case assertFail  // a=msg reg or -1
    case ext
}

/// One fixed-size instruction.
/// Marks a register operand of a list, tuple or dict display as a temporary nothing reads again:
/// the value moves into the container (no retain now, no release when the register is reused).
let movedOperand = 1 << 29

struct Instruction {
    var op: Opcode
    var a: Int32
    var b: Int32
    var c: Int32
    init(_ op: Opcode, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0) {
        self.op = op
        self.a = a
        self.b = b
        self.c = c
    }
}

/// A protected range of a `try` and where its handler starts.
struct ExceptionHandler {
    var start: Int
    var end: Int
    var handler: Int
    var register: Int
    var depth: Int
}

/// The compiled form of a function body (or the module body): immutable once built.
final class CodeObject: @unchecked Sendable {
    // @unchecked Sendable: every stored property is immutable after compilation, constants are
    // immutable heap objects (str, bytes, bigint, tuples of those) and the instruction buffer is
    // never written after `init`; many runs may read one CodeObject concurrently.
    let name: String
    let instructions: UnsafeMutableBufferPointer<Instruction>
    /// The instructions' address (stable for the object's life).
    var instructionPointer: UnsafeMutablePointer<Instruction> { instructions.baseAddress.unsafelyUnwrapped }
    /// Number of positional parameters.
    let parameterCount: Int
    /// The constants, at a stable address for the interpreter loop.
    let constantPointer: UnsafeMutablePointer<Value>
    let lines: [Int32]
    let constants: [Value]
    let codes: [CodeObject]
    let registerCount: Int
    let parameterNames: [String]  // positional parameters, in order
    let kwOnlyNames: [String]
    let varargsRegister: Int  // -1 when absent
    let kwargsRegister: Int
    let cellRegisters: [Int]  // registers to wrap into cells at entry
    let freeStart: Int
    let freeCount: Int
    let handlers: [ExceptionHandler]
    let registerNames: [Int: String]
    /// Positional-only calls with exactly the positional parameters can skip argument binding.
    let isSimple: Bool

    init(
        name: String, instructions: [Instruction], lines: [Int32], constants: [Value], codes: [CodeObject],
        registerCount: Int, parameterNames: [String], kwOnlyNames: [String], varargsRegister: Int,
        kwargsRegister: Int, cellRegisters: [Int], freeStart: Int, freeCount: Int, handlers: [ExceptionHandler],
        registerNames: [Int: String]
    ) {
        self.name = name
        let buf = UnsafeMutableBufferPointer<Instruction>.allocate(capacity: max(1, instructions.count))
        _ = buf.initialize(from: instructions)
        self.instructions = buf
        constantPointer = UnsafeMutablePointer<Value>.allocate(capacity: max(1, constants.count))
        constantPointer.initialize(from: constants, count: constants.count)
        self.lines = lines
        self.constants = constants
        self.codes = codes
        self.registerCount = registerCount
        self.parameterNames = parameterNames
        self.parameterCount = parameterNames.count
        self.kwOnlyNames = kwOnlyNames
        self.varargsRegister = varargsRegister
        self.kwargsRegister = kwargsRegister
        self.cellRegisters = cellRegisters
        self.freeStart = freeStart
        self.freeCount = freeCount
        self.handlers = handlers
        self.registerNames = registerNames
        self.isSimple = kwOnlyNames.isEmpty && varargsRegister < 0 && kwargsRegister < 0
        self.isPlain = isSimple && cellRegisters.isEmpty && freeCount == 0
    }

    /// Positional parameters only and no cells: a call can just move the arguments in.
    let isPlain: Bool

    deinit {
        instructions.deallocate()
        constantPointer.deinitialize(count: constants.count)
        constantPointer.deallocate()
    }
}
