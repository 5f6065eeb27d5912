/// Compares the request an operation built with the one a test expects.
enum RequestMatcher {
    /// A readable list of differences, or nil when the request matches.
    static func compare(expected e: TestCase.ExpectedRequest, actual a: OutgoingRequest) -> String? {
        var lines: [String] = []
        if let m = e.method, m.uppercased() != a.method.uppercased() {
            lines.append("  method: expected \(m.uppercased()), got \(a.method)")
        }
        if let h = e.host, h.lowercased() != a.host { lines.append("  host: expected \(h), got \(a.host)") }
        if let p = e.path, p != a.path { lines.append("  path: expected \(p), got \(a.path)") }
        if let q = e.query {
            let want = q.map { "\($0.name)=\($0.value)" }.sorted()
            let got = a.query.map { "\($0.name)=\($0.value)" }.sorted()
            if want != got {
                let missing = want.filter { !got.contains($0) }
                let extra = got.filter { !want.contains($0) }
                var s = "  query differs:"
                for m in missing { s += "\n    - \(m)" }
                for x in extra { s += "\n    + \(x)" }
                lines.append(s)
            }
        }
        for h in e.headers {
            let got = a.headers[name: h.name]
            if got != h.value { lines.append("  header \(h.name): expected \"\(h.value)\", got \(got.map { "\"\($0)\"" } ?? "nothing")") }
        }
        if let body = e.body, let diff = compareBody(body, a) { lines.append(diff) }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    static func compareBody(_ expected: JSONValue, _ a: OutgoingRequest) -> String? {
        let type = a.headers[name: "Content-Type"]?.lowercased() ?? ""
        let actual: JSONValue
        if case .string(let s) = expected, !type.contains("json") {
            let text = String(decoding: a.body, as: UTF8.self)
            return text == s ? nil : "  body: expected \"\(s)\", got \"\(text)\""
        }
        if type.contains("x-www-form-urlencoded") {
            var o = JSONValue.object([:])
            if case .object(var m) = o {
                for item in URLEncoding.parseQuery(Substring(String(decoding: a.body, as: UTF8.self))) {
                    m[item.name] = .string(item.value)
                }
                o = .object(m)
            }
            actual = o
        } else if let parsed = try? JSONValue.parse(a.body) {
            actual = parsed
        } else {
            return "  body: expected JSON, got \"\(String(decoding: a.body.prefix(200), as: UTF8.self))\""
        }
        if expected.schemaEquals(actual) { return nil }
        return "  body differs:\n"
            + TextDiff.json(expected: expected, actual: actual).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }
}
