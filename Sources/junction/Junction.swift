import ArgumentParser
import Dataway
import Foundation

/// The `junction` command line.
@main
struct Junction: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "junction",
        abstract: "Junction: connector SDK, registry and runtime.",
        subcommands: [
            ServeCommand.self, DatawayCommand.self, ConnectorCommand.self, KeysCommand.self, PublishCommand.self, SearchCommand.self,
            InfoCommand.self, YankCommand.self, LoginCommand.self, RegistryCommand.self, InvokeCommand.self, RuntimeCommand.self,
        ]
    )

    /// Runs the CLI with Junction's exit codes: 0 ok, 1 a script or package problem, 2 usage.
    static func main() async {
        DatawayProcess.tuneAllocator()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
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
