import ConnectorSDK
import Foundation

/// What `pack` and `publish` share: validate a source folder, run its tests, pack it.
enum PackageBuild {
    /// A source folder's files, as `pack` would take them; unreadable folders end the command.
    static func readFiles(folder: String) throws -> PackageFiles {
        do {
            return try PackageFiles.read(folder: URL(fileURLWithPath: folder))
        } catch {
            throw CommandFailure.problem(error.description)
        }
    }

    /// The manifest and archive bytes of `folder`. Problems and failing tests are printed and end the
    /// command with exit 1; `outcome` says what did not happen ("not packed").
    static func build(folder: String, allowHTTP: Bool, runTests: Bool, outcome: String, testsHint: String = "") throws -> (
        manifest: Manifest, bytes: [UInt8], fileCount: Int
    ) {
        let files = try readFiles(folder: folder)
        let report = ConnectorValidator.validate(files, options: ValidationOptions(allowHTTP: allowHTTP))
        guard let connector = report.connector, let manifest = report.manifest else {
            Output.printProblems(report.problems)
            throw CommandFailure(message: "\(outcome): fix the problems above", code: 1)
        }
        if runTests {
            let tests = TestRunner.run(connector, files: files)
            if !tests.isSuccess {
                Output.printTestReport(tests)
                throw CommandFailure(message: "\(outcome): the package's tests fail\(testsHint)", code: 1)
            }
        }
        do {
            return (manifest, try PackageWriter.pack(files: files.entries), files.files.count)
        } catch {
            throw CommandFailure.problem("\(outcome): \(error.message)")
        }
    }
}
