import ArgumentParser
import ConnectorSDK
import Foundation

/// `junction connector`: the vendor's path from an empty folder to a signed package.
struct ConnectorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connector",
        abstract: "Create, validate, test, pack, sign and inspect connector packages.",
        subcommands: [
            InitConnector.self, ValidateConnector.self, TestConnector.self, PackConnector.self, SignPackage.self,
            VerifyPackage.self, InspectPackage.self, PrintSchema.self,
        ]
    )
}

/// Options shared by commands that read a source folder.
struct FolderOptions: ParsableArguments {
    @Argument(help: "The connector's source folder.")
    var folder: String = "."

    @Flag(help: "Allow plain http URLs for localhost (local development).")
    var allowHTTP = false

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    func readFiles() throws -> PackageFiles { try PackageBuild.readFiles(folder: folder) }
}

struct InitConnector: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a new connector that validates, tests and packs as it is.")

    @Argument(help: "The connector's name: vendor/name.")
    var name: String

    @Option(help: "The folder to create (default: the connector's name without the vendor).")
    var dir: String?

    func run() throws {
        let folder = dir ?? String(name.split(separator: "/").last ?? Substring(name))
        do {
            try Scaffold.create(name, in: URL(fileURLWithPath: folder))
        } catch {
            throw CommandFailure.usage(error.description)
        }
        print("Created \(name) in \(folder)/")
        print("Next: cd \(folder) && junction connector validate && junction connector test && junction connector pack")
    }
}

struct ValidateConnector: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a connector's manifest, templates, scripts and schemas.")

    @OptionGroup var options: FolderOptions

    func run() throws {
        let files = try options.readFiles()
        let report = ConnectorValidator.validate(files, options: ValidationOptions(allowHTTP: options.allowHTTP))
        if options.json {
            print(Output.json(["valid": .bool(report.isValid), "problems": .array(report.problems.map(Output.problem))]))
        } else if report.isValid, let m = report.manifest {
            print("\(m.name) \(m.version): valid (\(m.operations.count) operations, \((m.triggers ?? [:]).count) triggers)")
        } else {
            Output.printProblems(report.problems)
        }
        if !report.isValid { throw CommandFailure(message: "", code: 1) }
    }
}

struct TestConnector: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "Run the connector's tests/*.yaml against recorded exchanges, with no network.")

    @OptionGroup var options: FolderOptions

    func run() throws {
        let files = try options.readFiles()
        let report = ConnectorValidator.validate(files, options: ValidationOptions(allowHTTP: options.allowHTTP))
        guard let connector = report.connector else {
            if options.json {
                print(Output.json(["valid": false, "problems": .array(report.problems.map(Output.problem))]))
            } else {
                Output.printProblems(report.problems)
            }
            throw CommandFailure(message: "", code: 1)
        }
        let tests = TestRunner.run(connector, files: files)
        if options.json {
            print(Output.json(Output.testReport(tests)))
        } else {
            Output.printTestReport(tests)
        }
        if !tests.isSuccess { throw CommandFailure(message: "", code: 1) }
    }
}

struct PrintSchema: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Print the JSON Schema of connector.yaml.")

    func run() throws {
        print(ManifestSchema.text, terminator: ManifestSchema.text.hasSuffix("\n") ? "" : "\n")
    }
}
