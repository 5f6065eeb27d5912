import ConnectorSDK
import Foundation
import Testing

@Suite("Example connectors")
struct ExamplesTests {
    @Test func thereAreFourExamples() {
        #expect(Sample.examples.map(\.lastPathComponent) == ["acme-crm", "github-issues", "stripe-payments", "wecom-messaging"])
    }

    @Test(arguments: Sample.examples)
    func exampleValidatesAndPassesItsTests(_ folder: URL) throws {
        let files = try PackageFiles.read(folder: folder)
        let report = ConnectorValidator.validate(files)
        #expect(report.problems == [])
        let connector = try #require(report.connector)
        let tests = TestRunner.run(connector, files: files)
        #expect(tests.problems == [])
        #expect(tests.results.count >= 3)
        for r in tests.results where !r.passed { Issue.record("\(folder.lastPathComponent): \(r.name): \(r.failure ?? "")") }
    }

    @Test(arguments: Sample.examples)
    func examplePacksAndReadsBack(_ folder: URL) throws {
        let bytes = try PackageWriter.pack(folder: folder)
        let archive = try PackageArchive(bytes: bytes)
        let files = PackageFiles(archive: archive)
        #expect(ConnectorValidator.validate(files).isValid)
        #expect(archive.digest == PackageArchive.digest(of: bytes))
    }

    @Test func authKindsAreCovered() throws {
        var kinds: Set<String> = []
        for folder in Sample.examples {
            let m = try #require(ConnectorValidator.validate(try PackageFiles.read(folder: folder)).manifest)
            kinds.insert(
                m.auth.type + "/" + (m.auth.grant ?? "-") + "/"
                    + (m.operations.values.compactMap { $0.paginate?.style }.sorted().joined(separator: ",")))
        }
        #expect(kinds.contains { $0.hasPrefix("oauth2/authorization_code") && $0.contains("link_header") })
        #expect(kinds.contains { $0.hasPrefix("oauth2/client_credentials") })
        #expect(kinds.contains { $0.hasPrefix("api_key") && $0.contains("cursor") })
        #expect(kinds.contains { $0.hasPrefix("api_key") && $0.contains("offset") })
    }
}
