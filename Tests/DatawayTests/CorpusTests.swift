import Dataway
import Foundation
import Testing

/// The differential corpus: every `Corpus/*.py` must print exactly what CPython 3.11 printed
/// (`scripts/regen-corpus.py` writes the `.expected` files with `python3`).
@Suite("Differential corpus against CPython")
struct CorpusTests {
    static let directory: URL = {
        Bundle.module.resourceURL?.appendingPathComponent("Corpus")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    }()

    static let scripts: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".py") && files.contains(String($0.dropLast(3)) + ".expected") }.sorted()
    }()

    /// Scripts listed in `Corpus/KNOWN_DIFFERENCES`, which are expected to differ (for now).
    static let knownDifferences: Set<String> = {
        let url = directory.appendingPathComponent("KNOWN_DIFFERENCES")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var names = Set<String>()
        for line in text.split(separator: "\n") {
            let name = line.split(separator: "#", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces) ?? ""
            if !name.isEmpty { names.insert(name + ".py") }
        }
        return names
    }()

    @Test("corpus is large enough to cover the language")
    func corpusSize() {
        #expect(CorpusTests.scripts.count >= 300)
    }

    @Test("script output matches CPython", arguments: CorpusTests.scripts)
    func matchesCPython(_ name: String) throws {
        if CorpusTests.knownDifferences.contains(name) {
            try withKnownIssue("listed in Corpus/KNOWN_DIFFERENCES") { try compare(name) }
        } else {
            try compare(name)
        }
    }

    func compare(_ name: String) throws {
        let source = try String(contentsOf: CorpusTests.directory.appendingPathComponent(name), encoding: .utf8)
        let expected = try String(
            contentsOf: CorpusTests.directory.appendingPathComponent(String(name.dropLast(3)) + ".expected"), encoding: .utf8)
        let script = try Script.compile(source)
        var limits = Limits.default
        limits.time = 30
        limits.output = 16 << 20
        let outcome = script.run(limits: limits)
        if case .failure(let error) = outcome.result {
            Issue.record("\(name) failed: \(error)")
        }
        if outcome.log != expected {
            let got = outcome.log.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            let g = line < got.count ? String(got[line]) : "<end of output>"
            let w = line < want.count ? String(want[line]) : "<end of output>"
            Issue.record("\(name): first difference at output line \(line + 1)\n  dataway: \(g)\n  cpython: \(w)")
        }
    }
}
