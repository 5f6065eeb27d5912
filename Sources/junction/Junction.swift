import ArgumentParser
import Foundation

/// The `junction` command line.
@main
struct Junction: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "junction",
        abstract: "Junction: connector SDK, registry and runtime.",
        subcommands: [DatawayCommand.self, ConnectorCommand.self, KeysCommand.self]
    )

    /// Runs the CLI with Junction's exit codes: 0 ok, 1 a script or package problem, 2 usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            if !failure.message.isEmpty { FileHandle.standardError.write(Data((failure.message + "\n").utf8)) }
            Foundation.exit(failure.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// A failure that ends the command with a message on stderr and an exit code.
struct CommandFailure: Error {
    var message: String
    var code: Int32

    static func problem(_ message: String) -> CommandFailure { CommandFailure(message: message, code: 1) }
    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: "error: " + message, code: 2) }
}
