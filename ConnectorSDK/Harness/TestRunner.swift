import Dataway

/// The outcome of one test case.
public struct TestResult: Sendable {
    public var name: String
    public var file: String
    public var passed: Bool
    /// Why it failed: a sentence and, for mismatches, a readable diff.
    public var failure: String?
    /// Requests the operation sent.
    public var requests: Int
}

/// The outcome of a package's tests.
public struct TestReport: Sendable {
    public var results: [TestResult]
    /// Problems reading the test files (these count as failures).
    public var problems: [Problem]

    public var passed: Int { results.filter(\.passed).count }
    public var failed: Int { results.count - passed }
    public var isSuccess: Bool { failed == 0 && problems.isEmpty }
}

/// Runs a package's `tests/*.yaml` against its compiled connector with no network.
public enum TestRunner {
    /// Runs every case in the package's `tests/` folder.
    public static func run(_ connector: CompiledConnector, files: PackageFiles, limits: Limits = .default) -> TestReport {
        var results: [TestResult] = []
        var problems: [Problem] = []
        let testFiles = files.paths.filter { $0.hasPrefix("tests/") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
        for file in testFiles {
            guard let text = files.text(file) else {
                problems.append(Problem(code: "yaml_encoding", file: file, message: "\(file) is not UTF-8 text"))
                continue
            }
            let (cases, readProblems) = TestCaseReader.read(text, file: file)
            problems += readProblems
            for c in cases { results.append(run(c, connector: connector, limits: limits)) }
        }
        return TestReport(results: results, problems: problems)
    }

    /// Runs one case.
    public static func run(_ c: TestCase, connector: CompiledConnector, limits: Limits = .default) -> TestResult {
        var sent = 0
        func fail(_ message: String) -> TestResult {
            TestResult(name: c.name, file: c.file, passed: false, failure: message, requests: sent)
        }
        var accessToken = c.accessToken
        let auth = connector.manifest.auth
        let outcome: Result<JSONValue, OperationError>
        do throws(OperationError) {
            // Client credentials without a token in the case: the first exchange is the token request.
            if accessToken == nil && auth.type == "oauth2" && auth.grant == "client_credentials" {
                let tokenRequest = try TokenExchange.clientCredentialsRequest(connector, connection: c.connection)
                guard let exchange = c.exchanges.first else {
                    return fail(
                        "the operation needs a token first: \(tokenRequest.method) \(tokenRequest.url)\n(the test lists no exchanges; give credentials.access_token or a token exchange)"
                    )
                }
                sent = 1
                if let mismatch = RequestMatcher.compare(expected: exchange.request, actual: tokenRequest) {
                    return fail("the token request does not match:\n\(mismatch)")
                }
                accessToken = try TokenExchange.grant(connector, response: exchange.response).accessToken
            }
            let context = OperationContext(connection: c.connection, accessToken: accessToken, limits: limits)
            var run = try OperationRun(connector: connector, operation: c.operation, input: c.input, context: context)
            var request = try run.start()
            var final: JSONValue?
            while final == nil {
                guard sent < c.exchanges.count else {
                    return fail(
                        "unexpected request #\(sent + 1): \(request.method) \(request.url)\n(the test lists \(c.exchanges.count) exchanges)"
                    )
                }
                let exchange = c.exchanges[sent]
                sent += 1
                if let mismatch = RequestMatcher.compare(expected: exchange.request, actual: request) {
                    return fail("request #\(sent) does not match:\n\(mismatch)")
                }
                switch try run.receive(exchange.response) {
                case .send(let next, _): request = next
                case .finished(let output): final = output
                }
            }
            outcome = .success(final ?? .null)
        } catch {
            outcome = .failure(error)
        }
        if sent < c.exchanges.count, case .success = outcome {
            return fail("the operation finished after \(sent) of the \(c.exchanges.count) exchanges the test lists")
        }
        switch (c.expect, outcome) {
        case (.output(let expected), .success(let actual)):
            if expected.schemaEquals(actual) { return TestResult(name: c.name, file: c.file, passed: true, failure: nil, requests: sent) }
            return fail("the output differs from expect.output:\n" + TextDiff.json(expected: expected, actual: actual))
        case (.output, .failure(let error)):
            return fail("expected an output, but the operation failed: \(error.code): \(error)")
        case (.error(let code, _, _), .success(let actual)):
            return fail("expected error \(code), but the operation returned:\n\(actual.jsonText(indent: 2))")
        case (.error(let code, let status, let contains), .failure(let error)):
            if error.code != code { return fail("expected error \(code), got \(error.code): \(error)") }
            if let status, error.status != status {
                return fail("expected error \(code) with status \(status), got status \(error.status.map(String.init) ?? "none")")
            }
            if let contains, !error.message.contains(contains) {
                return fail("expected the error message to contain \"\(contains)\", got: \(error.message)")
            }
            return TestResult(name: c.name, file: c.file, passed: true, failure: nil, requests: sent)
        }
    }
}
