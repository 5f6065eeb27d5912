import ConnectorSDK
import Foundation
import Testing

@Suite("Test harness")
struct HarnessTests {
    static let passing = """
        name: lists red widgets
        operation: list_widgets
        connection: { api_key: k }
        input: { color: red }
        exchanges:
          - request:
              method: GET
              path: /v2/widgets
              query: { color: red }
              headers: { Authorization: Bearer k }
            response:
              body: { items: [{ id: 1 }] }
        expect:
          output: [{ id: 1 }]

        """

    func report(_ tests: [String: String], extra: [String: String] = [:]) throws -> TestReport {
        var all = extra
        for (k, v) in tests { all["tests/\(k)"] = v }
        let files = Sample.files(extra: all)
        return TestRunner.run(try ConnectorValidator.load(files), files: files)
    }

    @Test func aMatchingCasePasses() throws {
        let r = try report(["a.yaml": Self.passing])
        #expect(r.isSuccess)
        #expect(r.results.map(\.name) == ["lists red widgets"])
        #expect(r.results.first?.requests == 1)
    }

    @Test func aWrongQueryFailsWithADiff() throws {
        let r = try report(["a.yaml": Self.passing.replacingOccurrences(of: "query: { color: red }", with: "query: { color: blue }")])
        let failure = try #require(r.results.first?.failure)
        #expect(!r.isSuccess)
        #expect(failure.contains("request #1 does not match"))
        #expect(failure.contains("- color=blue"))
        #expect(failure.contains("+ color=red"))
    }

    @Test func aWrongHeaderFails() throws {
        let r = try report(["a.yaml": Self.passing.replacingOccurrences(of: "Bearer k }", with: "Bearer other }")])
        #expect(r.results.first?.failure?.contains("header Authorization: expected \"Bearer other\", got \"Bearer k\"") == true)
    }

    @Test func aWrongOutputShowsALineDiff() throws {
        let r = try report(["a.yaml": Self.passing.replacingOccurrences(of: "output: [{ id: 1 }]", with: "output: [{ id: 2 }]")])
        let failure = try #require(r.results.first?.failure)
        #expect(failure.contains("-     \"id\": 2"))
        #expect(failure.contains("+     \"id\": 1"))
    }

    @Test func tooFewAndTooManyExchangesFail() throws {
        let extra = Self.passing.replacingOccurrences(
            of: "expect:", with: "  - request: { path: /v2/widgets }\n    response: { body: { items: [] } }\nexpect:")
        let r1 = try report(["a.yaml": extra])
        #expect(r1.results.first?.failure?.contains("finished after 1 of the 2 exchanges") == true)
        let none = Self.passing.replacingOccurrences(of: "exchanges:", with: "exchanges: []\nunused:")
        let r2 = try report(["a.yaml": none])
        #expect(!r2.isSuccess)
    }

    @Test func expectedErrorsAreChecked() throws {
        let failing = """
            operation: list_widgets
            connection: { api_key: k }
            exchanges:
              - request: { path: /v2/widgets }
                response: { status: 404, body: nope }
            expect:
              error: { code: http_status, status: 404, message_contains: nope }

            """
        #expect(try report(["e.yaml": failing]).isSuccess)
        let wrongStatus = failing.replacingOccurrences(of: "status: 404, message", with: "status: 410, message")
        #expect(try report(["e.yaml": wrongStatus]).results.first?.failure?.contains("with status 410") == true)
    }

    @Test func severalCasesInOneFileAndBadFilesAreProblems() throws {
        let multi =
            "cases:\n"
            + Self.passing.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n").replacingOccurrences(
                of: "  name:", with: "- name:") + "\n"
        let r = try report(["multi.yaml": multi, "bad.yaml": "operation: list_widgets\nexpectt: {}\n"])
        #expect(r.results.count == 1)
        #expect(r.results.first?.passed == true)
        #expect(r.problems.contains { $0.code == "unknown_key" && $0.file == "tests/bad.yaml" && $0.hint == "did you mean \"expect\"?" })
        #expect(!r.isSuccess)
    }

    @Test func requestBodiesCompareAsJSON() throws {
        let manifest = Sample.replacing(
            "      path: /widgets/${input.id}\n",
            with:
                "      method: POST\n      path: /widgets\n      body:\n        id: ${input.id}\n        tags: [a, '${input.id}', 'n-${input.id}']\n"
        )
        let files = Sample.files(
            manifest: manifest,
            extra: [
                "tests/post.yaml": """
                operation: get_widget
                connection: { api_key: k }
                input: { id: 5 }
                exchanges:
                  - request: { method: POST, body: { tags: [a, 5, "n-5"], id: 5 } }
                    response: { status: 201, body: { id: 5 } }
                expect:
                  output: { id: 5, name: "" }

                """
            ])
        let r = TestRunner.run(try ConnectorValidator.load(files), files: files)
        #expect(r.isSuccess, "\(r.results.compactMap(\.failure))")
    }
}
