import ArgumentParser
import Dataway
import Foundation

/// `junction dataway`: run and check Dataway scripts.
struct DatawayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataway",
        abstract: "Run and check Dataway scripts.",
        subcommands: [Run.self, Check.self]
    )

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a script: dw_process(msg) prints its result as JSON; a plain script prints to stdout.")

        @Argument(help: "The script file (code mode).")
        var file: String?

        @Option(help: "Evaluate one expression instead of a file.")
        var expr: String?

        @Option(help: "Render a ${...} template instead of a file.")
        var text: String?

        @Option(help: "JSON file for msg.payload.")
        var payload: String?

        @Option(help: "JSON file (an object) for msg.vars.")
        var vars: String?

        @Option(help: "JSON file (an object) for msg.attrs.")
        var attrs: String?

        @Option(help: "JSON file with the whole message: payload, vars, attrs, id, seq_id, error.")
        var msg: String?

        @Option(help: "Step limit (default 10,000,000).")
        var maxSteps: Int?

        @Option(help: "Wall-time limit in seconds (default 2).")
        var timeout: Double?

        @Option(help: "Memory limit in MiB of heap growth during the run (default 64).")
        var maxMemory: Int?

        @Flag(help: "Lift the sandbox's step, time and size limits (for trusted local runs and benchmarks).")
        var noLimits = false

        @Flag(help: "Indent the JSON result.")
        var pretty = false

        func run() throws {
            let modes = [file != nil, expr != nil, text != nil].filter { $0 }.count
            guard modes == 1 else { throw CommandFailure.usage("give exactly one of FILE, --expr or --text") }
            var message = Message()
            if let msg {
                let m = try readJSON(msg, what: "--msg")
                guard case .dict = m else { throw CommandFailure.usage("--msg must hold a JSON object") }
                message.payload = m["payload"] ?? .null
                if case .dict(let f)? = m["vars"] { message.vars = f }
                if case .dict(let f)? = m["attrs"] { message.attrs = f }
                if case .string(let s)? = m["id"] { message.id = s }
                if case .string(let s)? = m["seq_id"] { message.seqId = s }
                message.error = m["error"] ?? .null
            }
            // The payload goes to the script as JSON text: the script side parses it once.
            if let payload { message.payload = .json(try readText(payload)) }
            if let vars {
                guard case .dict(let f) = try readJSON(vars, what: "--vars") else {
                    throw CommandFailure.usage("--vars must hold a JSON object")
                }
                message.vars = f
            }
            if let attrs {
                guard case .dict(let f) = try readJSON(attrs, what: "--attrs") else {
                    throw CommandFailure.usage("--attrs must hold a JSON object")
                }
                message.attrs = f
            }
            var limits = noLimits ? Limits.unlimited : Limits.default
            if let maxSteps { limits.steps = maxSteps }
            if let timeout { limits.time = timeout }
            if let maxMemory { limits.memory = maxMemory << 20 }

            let source: String
            let mode: ScriptMode
            if let file {
                source = try readText(file)
                mode = .code
            } else if let expr {
                source = expr
                mode = .expression
            } else {
                source = text ?? ""
                mode = .text
            }
            let names = ["msg", "payload", "vars", "attrs"]
            let script: Script
            do {
                script = try Script.compile(source, mode: mode, names: mode == .code ? [] : names)
            } catch {
                throw CommandFailure.problem(error.description)
            }
            let plain = mode == .code && !script.hasEntryPoint
            let sink: @Sendable (String) -> Void = { s in
                FileHandle(fileDescriptor: plain ? 1 : 2).write(Data(s.utf8))
            }
            let env = ScriptEnvironment(printSink: sink, freesHeapAfterRun: false)
            let outcome: RunOutcome
            if mode == .code {
                outcome = script.run(message: message, limits: limits, environment: env)
            } else {
                let fields: [String: DatawayValue] = [
                    "msg": .dict([
                        DatawayField("payload", message.payload), DatawayField("vars", .dict(message.vars)),
                        DatawayField("attrs", .dict(message.attrs)), DatawayField("id", .string(message.id)),
                        DatawayField("seq_id", .string(message.seqId)), DatawayField("error", message.error),
                    ]),
                    "payload": message.payload, "vars": .dict(message.vars), "attrs": .dict(message.attrs),
                ]
                outcome = script.evaluate(names: fields, limits: limits, environment: env)
            }
            switch outcome.result {
            case .success(let value):
                if plain { return }
                if mode == .text, case .string(let s) = value {
                    print(s)
                } else {
                    print(value.jsonString(indent: pretty ? 2 : nil))
                }
            case .failure(.invalidInput(let why)):
                throw CommandFailure.usage("--payload \(payload ?? ""): \(why)")
            case .failure(let error):
                throw CommandFailure.problem(error.description)
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check a script's syntax without running it.")

        @Argument(help: "The script file.")
        var file: String

        @Flag(help: "Print the compiled bytecode instead of 'ok'.")
        var disassemble = false

        func run() throws {
            let source = try readText(file)
            let script: Script
            do {
                script = try Script.compile(source)
            } catch {
                throw CommandFailure.problem(error.description)
            }
            if disassemble {
                print(script.disassembly, terminator: "")
                return
            }
            print("\(file): ok")
        }
    }
}

func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandFailure.usage("cannot read '\(path)': no such file or not readable")
    }
    guard let s = String(data: data, encoding: .utf8) else {
        throw CommandFailure.usage("'\(path)' is not UTF-8 text")
    }
    return s
}

func readJSON(_ path: String, what: String) throws -> DatawayValue {
    let text = try readText(path)
    do {
        return try DatawayValue.parseJSON(text)
    } catch {
        throw CommandFailure.usage("\(what) \(path) is not valid JSON: \(error.description)")
    }
}
