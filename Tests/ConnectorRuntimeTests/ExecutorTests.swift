import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import Foundation
import JunctionTestSupport
import Testing

/// Operations run for real against a local server that behaves like a SaaS API.
@Suite("Executing operations", .serialized)
struct ExecutorTests {
    /// The API: each path shows one behaviour.
    static func api() async throws -> MockAPI {
        let flaky = Counter()
        let limited = Counter()
        let port = Counter()
        let api = try await MockAPI.start { req in
            let q = req.query
            switch req.path {
            case "/cursor":
                return q["cursor"] == "b"
                    ? .json(["data": [3], "next": nil]) : .json(["data": [1, 2], "next": "b"])
            case "/offset":
                let start = Int(q["start"] ?? "0") ?? 0
                let limit = Int(q["limit"] ?? "0") ?? 0
                return .json(["rows": .array((start..<min(5, start + limit)).map { .integer($0) })])
            case "/page":
                let page = Int(q["page"] ?? "1") ?? 1
                let all: [JSONValue] = ["a", "b", "c", "d"]
                let slice = Array(all.dropFirst((page - 1) * 2).prefix(2))
                return .json(["items": .array(slice)])
            case "/link":
                if q["p"] == "2" { return .json(["x2"]) }
                return .json(["x1"], headers: [("Link", "<http://127.0.0.1:\(await port.n)/link?p=2>; rel=\"next\"")])
            case "/endless":
                return .json(["data": [1], "next": .string("n\(q["cursor"] ?? "")")])
            case "/flaky":
                return await flaky.next() <= 2 ? MockResponse(status: 503) : .json(["ok": true])
            case "/limited":
                return await limited.next() == 1 ? MockResponse(status: 429, headers: [("Retry-After", "1")]) : .json(["ok": true])
            case "/slow":
                try? await Task.sleep(for: .seconds(3))
                return .json(["ok": true])
            case "/badout":
                return .json(["id": "seven"])
            case "/script":
                return .json(["value": 0])
            case "/secure":
                return req.headers["authorization"] == "Bearer k-123" ? .json(["ok": true]) : MockResponse(status: 401)
            default:
                return MockResponse(status: 404)
            }
        }
        await port.set(api.port)
        return api
    }

    actor Counter {
        var n = 0
        func set(_ v: Int) { n = v }
        func next() -> Int {
            n += 1
            return n
        }
    }

    static func operations(port: Int) -> String {
        """
          cursor_list:
            title: Cursor
            output: { type: array, items: { type: integer } }
            request: { path: /cursor }
            paginate: { style: cursor, items: data, param: cursor, cursor_path: next, max_pages: 10 }
          offset_list:
            title: Offset
            output: { type: array, items: { type: integer } }
            request: { path: /offset }
            paginate: { style: offset, items: rows, param: start, limit_param: limit, limit: 2, start: 0, max_pages: 10 }
          page_list:
            title: Page
            output: { type: array, items: { type: string } }
            request: { path: /page }
            paginate: { style: page, items: items, param: page, limit_param: per_page, limit: 2, start: 1, max_pages: 10 }
          link_list:
            title: Link
            output: { type: array }
            request: { path: /link }
            paginate: { style: link_header, max_pages: 10 }
          endless:
            title: Endless
            output: { type: array }
            request: { path: /endless }
            paginate: { style: cursor, items: data, param: cursor, cursor_path: next, max_pages: 3 }
          flaky:
            title: Flaky
            output: { type: object }
            request: { path: /flaky }
            retry: { statuses: [503], max_attempts: 3, backoff_ms: 10 }
          limited:
            title: Rate limited
            output: { type: object }
            request: { path: /limited }
          slow:
            title: Slow
            output: { type: object }
            request: { path: /slow }
          badout:
            title: Breaks its schema
            output: { type: object, required: [id], properties: { id: { type: integer } } }
            request: { path: /badout }
          script_error:
            title: Script error
            output: { type: object }
            request: { path: /script }
            response: { script: adapters/divide.py }
          elsewhere:
            title: Undeclared host
            output: { type: object }
            request: { path: /x, script: adapters/elsewhere.py }
        """
    }

    static let files = [
        "adapters/divide.py": "def dw_process(msg):\n    return {\"ratio\": 1 / msg.payload[\"value\"]}\n",
        "adapters/elsewhere.py": "def dw_process(msg):\n    return {\"url\": \"http://127.0.0.2:9/x\"}\n",
    ]

    struct Setup {
        let api: MockAPI
        let connector: CompiledConnector
    }

    static func setup(_ h: RuntimeHarness) async throws -> Setup {
        let api = try await api()
        try await h.publish(
            try Fixture.archive(
                Fixture.manifest(name: "\(h.vendor)/api", base: api.url, operations: operations(port: api.port), extraHosts: ["localhost"]),
                files: files))
        let loader = try h.loader()
        guard case .resolved(let r, _) = try await loader.source.resolve(try ConnectorReference("\(h.vendor)/api")) else {
            throw TestSupportError("no resolution")
        }
        return Setup(api: api, connector: try await loader.load(r).connector)
    }

    static func executor(timeout: Int64 = 5, allowPrivate: Bool = true) -> OperationExecutor {
        OperationExecutor(
            transport: HTTPTransport(client: HTTPClient.shared, timeout: .seconds(timeout)),
            addresses: AddressPolicy(allowPrivate: allowPrivate),
            allowHTTP: true, maxRetryDelayMilliseconds: 5000)
    }

    func run(_ s: Setup, _ op: String, executor: OperationExecutor = ExecutorTests.executor()) async throws(OperationError) -> JSONValue {
        try await executor.run(s.connector, operation: op, input: .object([:]), connection: .object([:]))
    }

    @Test("every pagination style collects all pages, and the page cap holds")
    func pagination() async throws {
        let h = try await RuntimeHarness.start("rt_exec_pages")
        defer { Task { await h.stop() } }
        let s = try await Self.setup(h)
        defer { Task { await s.api.stop() } }
        #expect(try await run(s, "cursor_list") == [1, 2, 3])
        #expect(try await run(s, "offset_list") == [0, 1, 2, 3, 4])
        #expect(try await run(s, "page_list") == ["a", "b", "c", "d"])
        #expect(try await run(s, "link_list") == ["x1", "x2"])
        let before = await s.api.requests.count
        #expect(try await run(s, "endless") == [1, 1, 1])
        #expect(await s.api.requests.count - before == 3)
        let offsets = await s.api.requests.filter { $0.path == "/offset" }.map { $0.query["start"] ?? "" }
        #expect(offsets == ["0", "2", "4"])
    }

    @Test("declared statuses are retried with back-off; 429 waits for Retry-After")
    func retries() async throws {
        let h = try await RuntimeHarness.start("rt_exec_retry")
        defer { Task { await h.stop() } }
        let s = try await Self.setup(h)
        defer { Task { await s.api.stop() } }
        #expect(try await run(s, "flaky") == ["ok": true])
        #expect(await s.api.requests.filter { $0.path == "/flaky" }.count == 3)
        let start = ContinuousClock.now
        #expect(try await run(s, "limited") == ["ok": true])
        #expect(ContinuousClock.now - start >= .milliseconds(950))
        #expect(await s.api.requests.filter { $0.path == "/limited" }.count == 2)
    }

    @Test("a request that takes too long fails with a timeout")
    func timeout() async throws {
        let h = try await RuntimeHarness.start("rt_exec_timeout")
        defer { Task { await h.stop() } }
        let s = try await Self.setup(h)
        defer { Task { await s.api.stop() } }
        let e = await #expect(throws: OperationError.self) { _ = try await run(s, "slow", executor: Self.executor(timeout: 1)) }
        #expect(e?.code == "timeout")
        #expect(e?.step == "request")
    }

    @Test("undeclared hosts and private addresses are refused before any request is sent")
    func hosts() async throws {
        let h = try await RuntimeHarness.start("rt_exec_hosts")
        defer { Task { await h.stop() } }
        let s = try await Self.setup(h)
        defer { Task { await s.api.stop() } }
        let undeclared = await #expect(throws: OperationError.self) { _ = try await run(s, "elsewhere") }
        #expect(undeclared?.code == "host_not_allowed")
        #expect(undeclared?.message.contains("127.0.0.2") == true)
        let before = await s.api.requests.count
        let strict = Self.executor(allowPrivate: false)
        let loopback = await #expect(throws: OperationError.self) { _ = try await run(s, "cursor_list", executor: strict) }
        #expect(loopback?.code == "address_not_allowed")
        #expect(loopback?.message.contains("loopback") == true)
        // A name (not an address literal) is resolved first: localhost leads to loopback too.
        await #expect(throws: OperationError.self) { try await AddressPolicy().check(host: "localhost") }
        for (host, allowed) in [
            ("10.1.2.3", false), ("192.168.0.1", false), ("169.254.169.254", false), ("100.64.0.1", false), ("0.0.0.0", false),
            ("8.8.8.8", true), ("::1", false), ("[fe80::1]", false), ("fd00::1", false), ("::ffff:10.0.0.1", false),
            ("2001:4860:4860::8888", true),
        ] {
            do {
                try await AddressPolicy().check(host: host)
                #expect(allowed, "\(host) should be refused")
            } catch {
                #expect(!allowed, "\(host) should be allowed")
                #expect(error.code == "address_not_allowed")
            }
        }
        #expect(await s.api.requests.count == before)
    }

    @Test("an output that breaks the schema and a failing response script are structured errors")
    func outputErrors() async throws {
        let h = try await RuntimeHarness.start("rt_exec_output")
        defer { Task { await h.stop() } }
        let s = try await Self.setup(h)
        defer { Task { await s.api.stop() } }
        let bad = await #expect(throws: OperationError.self) { _ = try await run(s, "badout") }
        #expect(bad?.code == "output_invalid")
        #expect(bad?.step == "output")
        #expect(bad?.path == "id")
        let script = await #expect(throws: OperationError.self) { _ = try await run(s, "script_error") }
        #expect(script?.code == "response_script_failed")
        #expect(script?.message.contains("ZeroDivisionError") == true)
    }

    @Test("adapter scripts never see secret connection fields; auth still applies them")
    func secretsStayOutOfScripts() async throws {
        let h = try await RuntimeHarness.start("rt_exec_secrets")
        defer { Task { await h.stop() } }
        let api = try await MockAPI.start { req in .json(["key": .string(req.query["key"] ?? "")]) }
        defer { Task { await api.stop() } }
        try await h.publish(
            try Fixture.archive(
                Fixture.manifest(
                    name: "\(h.vendor)/secretive", base: api.url,
                    auth: "auth:\n  type: api_key\n  field: api_key\n  apply: { in: query, name: key }",
                    connection: """
                        connection:
                          fields:
                            region: { type: string }
                            api_key: { type: string, secret: true, required: true }
                            signing_secret: { type: string, secret: true }
                        """,
                    operations: """
                          look:
                            title: Look
                            output: { type: object }
                            request: { path: /look }
                            response: { script: adapters/look.py }
                        """),
                files: ["adapters/look.py": "def dw_process(msg):\n    return {\"vars\": msg.vars, \"sent\": msg.payload[\"key\"]}\n"]))
        let loader = try h.loader()
        guard case .resolved(let r, _) = try await loader.source.resolve(try ConnectorReference("\(h.vendor)/secretive")) else { return }
        let connector = try await loader.load(r).connector
        let out = try await Self.executor().run(
            connector, operation: "look", input: [:], connection: ["region": "eu", "api_key": "k-secret", "signing_secret": "s-secret"])
        #expect(out["vars"] == ["region": "eu"])
        #expect(out["sent"] == "k-secret")
    }
}
