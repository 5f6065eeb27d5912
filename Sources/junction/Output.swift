import ConnectorSDK
import Foundation

/// How commands print results: lines for people, JSON with `--json`.
enum Output {
    static func json(_ value: JSONValue) -> String { value.jsonText(indent: 2) }

    static func problem(_ p: Problem) -> JSONValue {
        var o: JSONValue = ["code": .string(p.code), "file": .string(p.file), "path": .string(p.path), "message": .string(p.message)]
        if case .object(var m) = o {
            if let l = p.location {
                m["line"] = .integer(l.line)
                m["column"] = .integer(l.column)
            }
            if let h = p.hint { m["hint"] = .string(h) }
            o = .object(m)
        }
        return o
    }

    static func printProblems(_ problems: [Problem]) {
        for p in problems { print("error: \(p)") }
        print("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
    }

    static func testReport(_ r: TestReport) -> JSONValue {
        let results: [JSONValue] = r.results.map { t in
            var o: JSONValue = [
                "name": .string(t.name), "file": .string(t.file), "passed": .bool(t.passed), "requests": .integer(t.requests),
            ]
            if case .object(var m) = o, let f = t.failure {
                m["failure"] = .string(f)
                o = .object(m)
            }
            return o
        }
        return [
            "passed": .integer(r.passed), "failed": .integer(r.failed), "results": .array(results),
            "problems": .array(r.problems.map(problem)),
        ]
    }

    static func printTestReport(_ r: TestReport) {
        for p in r.problems { print("error: \(p)") }
        for t in r.results {
            if t.passed {
                print("PASS  \(t.name)  (\(t.file))")
            } else {
                print("FAIL  \(t.name)  (\(t.file))")
                for line in (t.failure ?? "").split(separator: "\n", omittingEmptySubsequences: false) { print("      \(line)") }
            }
        }
        var summary = "\(r.passed) passed, \(r.failed) failed"
        if !r.problems.isEmpty { summary += ", \(r.problems.count) problem\(r.problems.count == 1 ? "" : "s") in test files" }
        if r.results.isEmpty && r.problems.isEmpty { summary = "no tests found in tests/*.yaml" }
        print(summary)
    }
}
