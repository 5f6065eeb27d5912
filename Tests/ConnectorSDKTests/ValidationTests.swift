import ConnectorSDK
import Foundation
import Testing

/// One broken manifest per validation rule, with the exact problem it must give.
struct ValidationRule: Sendable, CustomStringConvertible {
    var name: String
    var manifest: String
    var extra: [String: String] = [:]
    var code: String
    var path: String
    var message: String
    var line: Int? = nil
    var hint: String? = nil
    var description: String { name }
}

@Suite("Manifest validation")
struct ValidationTests {
    @Test func sampleIsValid() throws {
        let report = ConnectorValidator.validate(Sample.files())
        #expect(report.problems == [])
        #expect(report.connector != nil)
    }

    static let rules: [ValidationRule] = [
        ValidationRule(
            name: "unknown top-level key with did-you-mean", manifest: Sample.replacing("summary:", with: "sumary:"),
            code: "unknown_key", path: "sumary", message: "unknown key \"sumary\"", line: 5, hint: "did you mean \"summary\"?"),
        ValidationRule(
            name: "unknown nested key", manifest: Sample.replacing("      method: GET", with: "      methd: GET"),
            code: "unknown_key", path: "operations.list_widgets.request.methd", message: "unknown key \"methd\"", line: 26,
            hint: "did you mean \"method\"?"),
        ValidationRule(
            name: "bad connector name", manifest: Sample.replacing("name: acme/widgets", with: "name: Acme/Widgets"),
            code: "invalid_name", path: "name", message: "\"Acme/Widgets\" is not a valid connector name", line: 2),
        ValidationRule(
            name: "bad version", manifest: Sample.replacing("version: 1.0.0", with: "version: 1.0.01"),
            code: "invalid_version", path: "version", message: "", line: 3),
        ValidationRule(
            name: "bad runtime range", manifest: Sample.replacing("runtime: ^1.0", with: "runtime: ^^1"),
            code: "invalid_range", path: "runtime", message: "", line: 6),
        ValidationRule(
            name: "template does not parse", manifest: Sample.replacing("path: /widgets/${input.id}", with: "path: /widgets/${input.id +}"),
            code: "template_syntax", path: "operations.get_widget.request.path", message: "does not compile", line: 35),
        ValidationRule(
            name: "template names an unknown variable",
            manifest: Sample.replacing("path: /widgets/${input.id}", with: "path: /widgets/${inptu.id}"),
            code: "template_unknown_name", path: "operations.get_widget.request.path", message: "uses unknown name 'inptu'", line: 35),
        ValidationRule(
            name: "missing script", manifest: Sample.replacing("script: adapters/widget.py", with: "script: adapters/widgets.py"),
            code: "missing_file", path: "operations.get_widget.response.script",
            message: "script adapters/widgets.py is not in the package",
            line: 37, hint: "did you mean adapters/widget.py?"),
        ValidationRule(
            name: "script does not compile", manifest: Sample.manifest,
            extra: ["adapters/widget.py": "def dw_process(msg):\n    return msg.payload[\n"],
            code: "script_compile", path: "", message: "", line: 2),
        ValidationRule(
            name: "script without dw_process", manifest: Sample.manifest, extra: ["adapters/widget.py": "x = 1\n"],
            code: "script_no_entry", path: "", message: "does not define dw_process(msg)", line: 1),
        ValidationRule(
            name: "invalid JSON Schema",
            manifest: Sample.replacing("items: { type: object, required: [id] }", with: "items: { type: objekt }"),
            code: "invalid_schema", path: "operations.list_widgets.output.items.type", message: "not a valid JSON Schema"),
        ValidationRule(
            name: "trigger names a missing operation",
            manifest: Sample.manifest + "triggers:\n  new_widget:\n    type: polling\n    operation: list_widget\n    interval: 60\n",
            code: "unknown_operation", path: "triggers.new_widget.operation", message: "names operation \"list_widget\"", line: 41,
            hint: "did you mean \"list_widgets\"?"),
        ValidationRule(
            name: "hosts do not cover base_url", manifest: Sample.replacing("hosts: [api.acme.com]", with: "hosts: [api.acme.org]"),
            code: "host_not_declared", path: "base_url", message: "calls api.acme.com, which hosts does not list", line: 14,
            hint: "add \"api.acme.com\" to hosts"),
        ValidationRule(
            name: "plain http", manifest: Sample.replacing("base_url: https://api.acme.com/v2", with: "base_url: http://api.acme.com/v2"),
            code: "insecure_url", path: "base_url", message: "uses plain http", line: 14),
        ValidationRule(
            name: "plain http to localhost without --allow-http",
            manifest: Sample.replacing("base_url: https://api.acme.com/v2", with: "base_url: http://localhost:8080/v2")
                .replacingOccurrences(of: "hosts: [api.acme.com]", with: "hosts: [\"localhost:8080\"]"),
            code: "insecure_url", path: "base_url", message: "uses plain http",
            hint: "use https, or pass --allow-http for local development"),
        ValidationRule(
            name: "missing required key", manifest: Sample.replacing("title: Widgets\n", with: ""),
            code: "missing_key", path: "", message: "title"),
        ValidationRule(
            name: "wrong type", manifest: Sample.replacing("hosts: [api.acme.com]", with: "hosts: api.acme.com"),
            code: "schema_type", path: "hosts", message: "array", line: 7),
        ValidationRule(
            name: "auth field not among connection fields", manifest: Sample.replacing("  field: api_key", with: "  field: apikey"),
            code: "unknown_field", path: "auth.field", message: "connection field \"apikey\"", line: 13, hint: "did you mean \"api_key\"?"),
        ValidationRule(
            name: "oauth2 without token_url",
            manifest: Sample.replacing("  type: api_key\n  field: api_key", with: "  type: oauth2\n  grant: client_credentials"),
            code: "missing_key", path: "auth", message: "oauth2 needs token_url"),
        ValidationRule(
            name: "bad value path", manifest: Sample.replacing("select: items", with: "select: items..id"),
            code: "invalid_path", path: "operations.list_widgets.response.select", message: "not a valid value path", line: 31),
        ValidationRule(
            name: "request without path or script",
            manifest: Sample.replacing("      path: /widgets/${input.id}\n", with: "      method: GET\n"),
            code: "request_incomplete", path: "operations.get_widget.request", message: "needs a path or a script"),
        ValidationRule(
            name: "bad pagination",
            manifest: Sample.replacing("      select: items", with: "      select: items\n    paginate:\n      style: cursor"),
            code: "missing_key", path: "operations.list_widgets.paginate", message: "cursor pagination needs param"),
        ValidationRule(
            name: "duplicate YAML key", manifest: Sample.replacing("version: 1.0.0\n", with: "version: 1.0.0\nversion: 1.0.1\n"),
            code: "duplicate_key", path: "", message: "duplicate key \"version\""),
        ValidationRule(
            name: "YAML syntax error", manifest: Sample.replacing("title: Widgets", with: "title: [Widgets"),
            code: "yaml_syntax", path: "", message: "YAML syntax error"),
        ValidationRule(
            name: "no README", manifest: Sample.manifest, extra: ["README.md": ""],
            code: "missing_file", path: "", message: "no README.md"),
        ValidationRule(
            name: "connection field pattern is not a regex",
            manifest: Sample.replacing(
                "api_key: { type: string, secret: true }", with: "api_key: { type: string, secret: true, pattern: \"([a-z\" }"),
            code: "invalid_pattern", path: "connection.fields.api_key.pattern", message: "is not a valid regular expression", line: 10),
        ValidationRule(
            name: "connection field default of the wrong type",
            manifest: Sample.replacing(
                "api_key: { type: string, secret: true }", with: "api_key: { type: string, secret: true, default: 3 }"),
            code: "invalid_default", path: "connection.fields.api_key.default", message: "the default is not a string", line: 10),
        ValidationRule(
            name: "declared icon is missing", manifest: Sample.replacing("runtime: ^1.0", with: "runtime: ^1.0\nicon: icon.svg"),
            code: "missing_file", path: "icon", message: "icon icon.svg is not in the package", line: 7),
        ValidationRule(
            name: "retry backoff upside down",
            manifest: Sample.replacing(
                "      select: items", with: "      select: items\n    retry: { backoff_ms: 500, max_backoff_ms: 100 }"),
            code: "invalid_retry", path: "operations.list_widgets.retry.max_backoff_ms", message: "is below backoff_ms"),
        ValidationRule(
            name: "oauth2 key on another auth type",
            manifest: Sample.replacing("  field: api_key", with: "  field: api_key\n  token_url: https://api.acme.com/t"),
            code: "invalid_auth", path: "auth.token_url", message: "applies to oauth2 only", line: 14),
        ValidationRule(
            name: "bad operation key", manifest: Sample.replacing("  get_widget:", with: "  Get-Widget:"),
            code: "invalid_key", path: "operations.Get-Widget", message: ""),
        ValidationRule(
            name: "webhook signature secret is not a connection field",
            manifest: Sample.manifest
                + "triggers:\n  hook:\n    type: webhook\n    subscribe: get_widget\n    unsubscribe: get_widget\n"
                + "    signature: { header: X-Sig, algorithm: hmac-sha256, secret_field: secret }\n",
            code: "unknown_field", path: "triggers.hook.signature.secret_field", message: "connection field \"secret\""),
    ]

    @Test(arguments: rules)
    func ruleReportsItsProblem(_ rule: ValidationRule) throws {
        var files = Sample.files(manifest: rule.manifest, extra: rule.extra)
        if rule.extra["README.md"] == "" { files.files["README.md"] = nil }
        let report = ConnectorValidator.validate(files)
        #expect(report.connector == nil)
        let problem = try #require(report.problems.first { $0.code == rule.code }, "got \(report.problems)")
        #expect(problem.path == rule.path)
        if !rule.message.isEmpty { #expect(problem.message.contains(rule.message), "\(problem.message)") }
        if let line = rule.line { #expect(problem.location?.line == line, "\(problem)") }
        if let hint = rule.hint { #expect(problem.hint == hint) }
        #expect(problem.location != nil || problem.path.isEmpty || rule.line == nil)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let manifest = Sample.replacing("summary:", with: "sumary:")
            .replacingOccurrences(of: "version: 1.0.0", with: "version: one")
            .replacingOccurrences(of: "path: /widgets/${input.id}", with: "path: /widgets/${nope}")
        let report = ConnectorValidator.validate(Sample.files(manifest: manifest))
        let codes = Set(report.problems.map(\.code))
        #expect(codes.isSuperset(of: ["unknown_key", "missing_key", "invalid_version", "template_unknown_name"]), "\(report.problems)")
    }

    @Test func aPackageWithoutAManifestSaysSo() {
        var files = Sample.files()
        files.files["connector.yaml"] = nil
        files.files["Connector.yml"] = Array(Sample.manifest.utf8)
        let report = ConnectorValidator.validate(files)
        #expect(report.problems.map(\.code) == ["missing_manifest"])
        #expect(report.problems.first?.hint == "found Connector.yml; the manifest must be named connector.yaml")
    }

    @Test func scriptProblemsPointIntoTheScript() throws {
        let report = ConnectorValidator.validate(Sample.files(extra: ["adapters/widget.py": "def dw_process(msg):\n    return (1 +\n"]))
        let p = try #require(report.problems.first { $0.code == "script_compile" })
        #expect(p.file == "adapters/widget.py")
        #expect(p.location != nil)
    }

    @Test func allowHTTPPermitsLocalhostOnly() {
        let local = Sample.replacing("base_url: https://api.acme.com/v2", with: "base_url: http://localhost:8080/v2")
            .replacingOccurrences(of: "hosts: [api.acme.com]", with: "hosts: [\"localhost:8080\"]")
        #expect(ConnectorValidator.validate(Sample.files(manifest: local), options: ValidationOptions(allowHTTP: true)).isValid)
        let remote = Sample.replacing("base_url: https://api.acme.com/v2", with: "base_url: http://api.acme.com/v2")
        #expect(!ConnectorValidator.validate(Sample.files(manifest: remote), options: ValidationOptions(allowHTTP: true)).isValid)
    }

    @Test func yamlBombsAreRefused() {
        var doc = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 {
            doc +=
                "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) ["
                + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 10).joined(separator: ", ") + "]\n"
        }
        let report = ConnectorValidator.validate(Sample.files(manifest: doc))
        #expect(!report.isValid)
        #expect(report.problems.contains { $0.code == "yaml_too_large" || $0.code == "yaml_alias" })
    }
}
