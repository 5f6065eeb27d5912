import ConnectorSDK
import Foundation
import Testing

@Suite("Scaffold")
struct ScaffoldTests {
    @Test func initThenValidateTestAndPackInAFreshFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("junction-scaffold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Scaffold.create("my-vendor/shiny-thing", in: dir)
        let files = try PackageFiles.read(folder: dir)
        let report = ConnectorValidator.validate(files)
        #expect(report.problems == [])
        #expect(report.manifest?.name == "my-vendor/shiny-thing")
        #expect(report.manifest?.operations.count == 2)
        let tests = TestRunner.run(try #require(report.connector), files: files)
        #expect(tests.isSuccess, "\(tests.results.compactMap(\.failure)) \(tests.problems)")
        #expect(tests.results.count == 3)
        let archive = try PackageArchive(bytes: try PackageWriter.pack(folder: dir))
        #expect(archive.paths.contains("adapters/list_items.py"))
    }

    @Test(arguments: ["noslash", "Upper/case", "a/b/c", "-bad/name", "ok/", "sp ace/x"])
    func badNamesAreRefused(_ name: String) {
        #expect(throws: Scaffold.Failure.self) { _ = try Scaffold.files(for: name) }
    }

    @Test func initRefusesANonEmptyFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("junction-scaffold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        #expect(throws: Scaffold.Failure.self) { try Scaffold.create("a/b", in: dir) }
        #expect(try String(contentsOf: dir.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep")
    }
}
