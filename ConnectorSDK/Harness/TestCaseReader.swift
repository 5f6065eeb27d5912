/// Reads `tests/*.yaml`: one case per file, or several under `cases:`.
enum TestCaseReader {
    static let caseKeys: Set<String> = ["name", "operation", "connection", "credentials", "input", "exchanges", "expect"]

    static func read(_ text: String, file: String) -> ([TestCase], [Problem]) {
        let document: YAMLDocument
        do {
            document = try YAMLDocument.parse(text, file: file)
        } catch {
            return ([], error.problems)
        }
        var problems = ProblemCollector(file: file, document: document)
        var cases: [TestCase] = []
        let defaultName = String(file.split(separator: "/").last ?? "").replacingSuffix(".yaml", with: "").replacingSuffix(".yml", with: "")
        if case .array(let list)? = document.value["cases"] {
            for (i, v) in list.enumerated() {
                if let c = readCase(v, file: file, path: "cases[\(i)]", defaultName: "\(defaultName)[\(i)]", problems: &problems) {
                    cases.append(c)
                }
            }
        } else if let c = readCase(document.value, file: file, path: "", defaultName: defaultName, problems: &problems) {
            cases.append(c)
        }
        return (cases, problems.problems)
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    static func readCase(_ v: JSONValue, file: String, path: String, defaultName: String, problems: inout ProblemCollector) -> TestCase? {
        guard case .object(let o) = v else {
            problems.add("invalid_test", at: path, "a test case must be a mapping")
            return nil
        }
        let before = problems.problems.count
        for k in o.keys where !caseKeys.contains(k) {
            problems.add(
                "unknown_key", at: join(path, k), "unknown key \"\(k)\" in a test case",
                hint: closestMatch(k, in: caseKeys.sorted()).map { "did you mean \"\($0)\"?" })
        }
        guard let operation = o["operation"]?.stringValue else {
            problems.add("missing_key", at: path, "a test case needs operation")
            return nil
        }
        var exchanges: [TestCase.Exchange] = []
        for (i, e) in (o["exchanges"]?.arrayValue ?? []).enumerated() {
            if let x = readExchange(e, at: join(path, "exchanges[\(i)]"), problems: &problems) { exchanges.append(x) }
        }
        let expect: TestCase.Expectation
        let expectPath = join(path, "expect")
        if let output = o["expect"]?["output"] {
            expect = .output(output)
        } else if let error = o["expect"]?["error"] {
            let code = error.stringValue ?? error["code"]?.stringValue
            guard let code else {
                problems.add("missing_key", at: expectPath, "expect.error needs a code (e.g. http_status)")
                return nil
            }
            let status: Int? = if case .integer(let s)? = error["status"] { s } else { nil }
            expect = .error(code: code, status: status, messageContains: error["message_contains"]?.stringValue)
        } else {
            problems.add("missing_key", at: path, "a test case needs expect.output or expect.error")
            return nil
        }
        guard problems.problems.count == before else { return nil }
        return TestCase(
            name: o["name"]?.stringValue ?? defaultName, file: file, path: path, operation: operation,
            connection: o["connection"] ?? .object([:]), accessToken: o["credentials"]?["access_token"]?.stringValue,
            input: o["input"] ?? .object([:]), exchanges: exchanges, expect: expect)
    }

    static func readExchange(_ v: JSONValue, at path: String, problems: inout ProblemCollector) -> TestCase.Exchange? {
        guard let req = v["request"]?.objectValue else {
            problems.add("missing_key", at: path, "an exchange needs request (what the operation must send)")
            return nil
        }
        var query: [QueryItem]?
        if let q = req["query"]?.objectValue {
            query = q.flatMap { k, v in OperationRun.queryValues(v).map { QueryItem(k, $0) } }
        }
        let headers = (req["headers"]?.objectValue ?? [:]).compactMap { k, v in OperationRun.text(v).map { HTTPHeader(k, $0) } }
        let expected = TestCase.ExpectedRequest(
            method: req["method"]?.stringValue, host: req["host"]?.stringValue, path: req["path"]?.stringValue, query: query,
            headers: headers, body: req["body"])
        let res = v["response"]?.objectValue ?? [:]
        var status = 200
        if case .integer(let s)? = res["status"] { status = s }
        var resHeaders = (res["headers"]?.objectValue ?? [:]).compactMap { k, v in OperationRun.text(v).map { HTTPHeader(k, $0) } }
        var body: [UInt8] = []
        switch res["body"] {
        case nil, .null?: break
        case .string(let s)?: body = Array(s.utf8)
        case let other?:
            body = Array(other.jsonText().utf8)
            if resHeaders[name: "Content-Type"] == nil { resHeaders.set("Content-Type", "application/json") }
        }
        return TestCase.Exchange(request: expected, response: IncomingResponse(status: status, headers: resHeaders, body: body))
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with other: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + other : self
    }
}
