/// What the host provides to a run besides the message and limits.
public struct ScriptEnvironment: Sendable {
    /// Receives `print` output as it is written (the CLI streams it to stdout).
    public var printSink: (@Sendable (String) -> Void)?
    /// False for one-shot processes that exit right after the run (the CLI): the run's heap is then
    /// left to the operating system instead of being freed object by object, as CPython does at exit.
    public var freesHeapAfterRun: Bool
    /// Seconds since the Unix epoch, for `time.time()`, `datetime.now()` and friends; nil reads the
    /// system clock. Tests fix it to make time-dependent scripts repeatable.
    public var clock: (@Sendable () -> Double)?
    /// Seeds the `random` module at the start of the run; nil seeds it from system entropy.
    public var randomSeed: UInt64?
    /// The local time zone as seconds east of UTC, for `time.localtime()` and naive `datetime.now()`
    /// (default 0: hosts run in UTC).
    public var utcOffset: Int

    public init(
        printSink: (@Sendable (String) -> Void)? = nil, freesHeapAfterRun: Bool = true, clock: (@Sendable () -> Double)? = nil,
        randomSeed: UInt64? = nil, utcOffset: Int = 0
    ) {
        self.printSink = printSink
        self.freesHeapAfterRun = freesHeapAfterRun
        self.clock = clock
        self.randomSeed = randomSeed
        self.utcOffset = utcOffset
    }
}

/// The result of one run: the value or the error, and what the script printed.
public struct RunOutcome: Sendable {
    public var result: Result<DatawayValue, DatawayError>
    /// The script's `print` log.
    public var log: String
}

/// A compiled Dataway script. Compile once, run many times, from many tasks at once.
public struct Script: Sendable {
    let program: Program
    /// How the source was read.
    public var mode: ScriptMode { program.mode }
    /// Whether a code-mode script defines `dw_process(msg)`.
    public var hasEntryPoint: Bool { program.entrySlot != nil }
    /// Names the script reads that nothing defines: not the script, the host's `names`, an import
    /// or a builtin. Reading one raises `NameError` at run time; validators report them up front.
    public var unresolvedNames: [String] { program.unresolvedNames }

    /// Compiles `source`. `names` are the host-provided names an expression or template may use
    /// (e.g. `input`, `connection`, `vars`, or `msg` for flows).
    public static func compile(_ source: String, mode: ScriptMode = .code, names: [String] = []) throws(CompileError) -> Script {
        do {
            return Script(program: try ProgramCompiler.compile(source, mode: mode, hostNames: names))
        } catch {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let text = error.line >= 1 && error.line <= lines.count ? String(lines[error.line - 1]) : ""
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            let indent = text.count - trimmed.count
            throw CompileError(
                message: error.message, line: max(1, error.line), column: max(1, error.column + 1 - indent),
                sourceLine: String(trimmed).trimmingTrailingSpaces)
        }
    }

    /// Runs a code-mode script: top-level statements, then `dw_process(msg)` when defined.
    /// A script without `dw_process` runs as a plain script and returns None.
    /// The compiled bytecode as text, one instruction a line (for tuning scripts and the compiler).
    public var disassembly: String { Disassembler.listing(program) }

    public func run(message: Message = Message(), limits: Limits = .default, environment: ScriptEnvironment = ScriptEnvironment())
        -> RunOutcome
    {
        execute(names: [:], message: message, limits: limits, environment: environment)
    }

    /// Runs an expression or template with the given names in scope.
    public func evaluate(names: [String: DatawayValue], limits: Limits = .default, environment: ScriptEnvironment = ScriptEnvironment())
        -> RunOutcome
    {
        execute(names: names, message: nil, limits: limits, environment: environment)
    }

    private func execute(names: [String: DatawayValue], message: Message?, limits: Limits, environment: ScriptEnvironment) -> RunOutcome {
        let vm = VM(program: program, limits: limits, environment: environment)
        if !environment.freesHeapAfterRun { _ = Unmanaged.passRetained(vm) }
        do {
            for (n, v) in names {
                if let slot = program.hostSlots[n] { vm.globals[slot] = try v.scriptValue() }
            }
            for (n, slot) in program.hostSlots where vm.globals[slot].isUndefined && names[n] == nil {
                vm.globals[slot] = .none
            }
            let msg = try message.map { m throws(DatawayError) in try PyMessage(m) }
            if !environment.freesHeapAfterRun, let msg { _ = Unmanaged.passRetained(msg) }
            let fn = PyFunction(code: program.module, defaults: [], kwDefaults: nil, closure: [])
            var result = try vm.call(.object(fn), [])
            if let slot = program.entrySlot, let msg {
                result = try vm.call(vm.globals[slot], [.object(msg)])
            }
            return RunOutcome(
                result: Result { () throws(DatawayError) -> DatawayValue in try DatawayValue(script: result) }, log: vm.output)
        } catch let e as PyRaise {
            return RunOutcome(result: .failure(.runtime(RuntimeError(e.exception))), log: vm.output)
        } catch let e as LimitError {
            return RunOutcome(result: .failure(.limit(e)), log: vm.output)
        } catch let e as DatawayError {
            return RunOutcome(result: .failure(e), log: vm.output)
        } catch {
            return RunOutcome(
                result: .failure(.runtime(RuntimeError(type: "RuntimeError", message: "\(error)", traceback: []))), log: vm.output)
        }
    }
}
