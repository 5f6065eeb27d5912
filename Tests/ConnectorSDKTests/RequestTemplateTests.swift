import ConnectorSDK
import Dataway
import Testing

/// Request templates read the run's JSON values directly; what they put in the request must be what
/// the same template gives over the values converted for the interpreter.
@Suite("Request templates over JSON")
struct RequestTemplateTests {
    static let templates = [
        "${input.s}", "${input.n}", "${input.f}", "${input.whole}", "${input.b}", "${input.none}", "${input.nested.id}",
        "${input.list}", "${input.obj}", "x-${input.n}-${input.s}", "a${input.f}", "a${input.b}", "a${input.none}b",
        "${input.n + 1}", "${input.s.upper()}", "${connection.region}", "${vars.v}", "${input.get('s')}",
    ]
    static let input: JSONValue = [
        "s": "hé llo/&", "n": 7, "f": 1.5, "whole": 2.0, "b": true, "none": .null, "nested": ["id": 42], "list": [1, "a"],
        "obj": ["k": "v"],
    ]
    static let connection: JSONValue = ["api_key": "k", "region": "eu"]
    static let vars: JSONValue = ["v": 3]

    static func connector() throws -> CompiledConnector {
        let query = templates.enumerated().map { "        q\($0.offset): \"\($0.element)\"" }.joined(separator: "\n")
        let manifest = Sample.replacing(
            "      path: /widgets\n      query:\n        color: ${input.get('color')}",
            with: "      path: /widgets/${input.s}\n      query:\n" + query)
        return try Sample.connector(manifest)
    }

    @Test func queryValuesMatchTheInterpreter() throws {
        var run = try OperationRun(
            connector: try Self.connector(), operation: "list_widgets", input: Self.input,
            context: OperationContext(connection: Self.connection, vars: Self.vars))
        let request = try run.start()
        let scope: [String: DatawayValue] = ["input": Self.input.dataway, "connection": Self.connection.dataway, "vars": Self.vars.dataway]
        for (i, source) in Self.templates.enumerated() {
            let expected = try Template(source, names: CompiledConnector.requestNames).render(scope)
            let sent = request.query.first { $0.name == "q\(i)" }?.value
            #expect(sent == expected, "\(source)")
        }
        // `None` leaves the parameter out; everything else is sent.
        #expect(request.query.count == Self.templates.count - 1)
    }

    @Test func pathsAndQueriesArePercentEncodedOnce() throws {
        var run = try OperationRun(
            connector: try Self.connector(), operation: "list_widgets", input: Self.input,
            context: OperationContext(connection: Self.connection, vars: Self.vars))
        let url = try run.start().url
        #expect(url.hasPrefix("https://api.acme.com/v2/widgets/h%C3%A9%20llo/&?q0=h%C3%A9%20llo%2F%26&q1=7&"))
        #expect(URLEncoding.encodePath("/a b/ü;x=1") == "/a%20b/%C3%BC;x=1")
        #expect(URLEncoding.encodePath("/plain/path-1.2_~") == "/plain/path-1.2_~")
        #expect(URLEncoding.encodeQuery([QueryItem("a b", "1/2"), QueryItem("c", "")]) == "a%20b=1%2F2&c=")
        #expect(URLEncoding.encode("a/b:c", keep: Set("/".utf8)) == "a/b%3Ac")
    }

    @Test(
        arguments: [
            ("api.acme.com", nil, ["api.acme.com"], true), ("API.Acme.com", nil, ["api.acme.com"], true),
            ("api.acme.com", nil, ["Api.ACME.com"], true), ("x.acme.com", nil, ["*.acme.com"], true),
            ("a.b.acme.com", nil, ["*.acme.com"], true), ("acme.com", nil, ["*.acme.com"], false),
            ("evilacme.com", nil, ["*.acme.com"], false), ("api.acme.com", 8443, ["api.acme.com:8443"], true),
            ("api.acme.com", 443, ["api.acme.com:8443"], false), ("api.acme.com", nil, ["api.acme.com:8443"], false),
            ("api.acme.com", 8443, ["api.acme.com"], true), ("other.com", nil, ["api.acme.com", "*.other.com"], false),
        ] as [(String, Int?, [String], Bool)])
    func hostsAllowed(_ host: String, _ port: Int?, _ allowed: [String], _ expected: Bool) {
        #expect(URLParts.hostAllowed(host: host, port: port, in: allowed) == expected)
    }
}
