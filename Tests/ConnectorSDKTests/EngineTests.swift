import ConnectorSDK
import Foundation
import Testing

/// The operation state machine, driven by hand.
@Suite("Operation engine")
struct EngineTests {
    static func json(_ v: JSONValue) -> IncomingResponse {
        IncomingResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Array(v.jsonText().utf8))
    }

    static func manifest(paginate: String, select: String = "items", retry: String = "") -> String {
        Sample.replacing("      select: items", with: "      select: \(select)\n    paginate:\n" + paginate + retry)
    }

    @Test func buildsRequestFromTemplatesAndAppliesTheKey() throws {
        let c = try Sample.connector()
        var run = try OperationRun(
            connector: c, operation: "list_widgets", input: ["color": "red"], context: OperationContext(connection: ["api_key": "k1"]))
        let req = try run.start()
        #expect(req.method == "GET")
        #expect(req.url == "https://api.acme.com/v2/widgets?color=red")
        #expect(req.headers[name: "authorization"] == "Bearer k1")
        let step = try run.receive(Self.json(["items": [["id": 1], ["id": 2]]]))
        #expect(step == .finished([["id": 1], ["id": 2]]))
    }

    @Test func noneDropsAQueryParameter() throws {
        var run = try OperationRun(
            connector: try Sample.connector(), operation: "list_widgets", input: [:],
            context: OperationContext(connection: ["api_key": "k"]))
        #expect(try run.start().query.isEmpty)
    }

    @Test func cursorPaginationFollowsTheCursorUpToTheCap() throws {
        let m = Self.manifest(paginate: "      style: cursor\n      param: after\n      cursor_path: next\n      max_pages: 3\n")
        var run = try OperationRun(
            connector: try Sample.connector(m), operation: "list_widgets", input: [:],
            context: OperationContext(connection: ["api_key": "k"]))
        _ = try run.start()
        var step = try run.receive(Self.json(["items": [["id": 1]], "next": "c2"]))
        guard case .send(let r2, _) = step else { Issue.record("expected a second page"); return }
        #expect(r2.query == [QueryItem("after", "c2")])
        step = try run.receive(Self.json(["items": [["id": 2]], "next": "c3"]))
        guard case .send(let r3, _) = step else { Issue.record("expected a third page"); return }
        #expect(r3.query == [QueryItem("after", "c3")])
        step = try run.receive(Self.json(["items": [["id": 3]], "next": "c4"]))
        #expect(step == .finished([["id": 1], ["id": 2], ["id": 3]]), "the page cap stops at 3 pages")
    }

    @Test func offsetPaginationStopsOnAShortPage() throws {
        let m = Self.manifest(paginate: "      style: offset\n      param: offset\n      limit_param: limit\n      limit: 2\n")
        var run = try OperationRun(
            connector: try Sample.connector(m), operation: "list_widgets", input: [:],
            context: OperationContext(connection: ["api_key": "k"]))
        let first = try run.start()
        #expect(first.query == [QueryItem("offset", "0"), QueryItem("limit", "2")])
        guard case .send(let second, _) = try run.receive(Self.json(["items": [["id": 1], ["id": 2]]])) else {
            Issue.record("expected a second page")
            return
        }
        #expect(second.query == [QueryItem("offset", "2"), QueryItem("limit", "2")])
        #expect(try run.receive(Self.json(["items": [["id": 3]]])) == .finished([["id": 1], ["id": 2], ["id": 3]]))
    }

    @Test func pagePaginationCountsPages() throws {
        let m = Self.manifest(paginate: "      style: page\n      param: p\n")
        var run = try OperationRun(
            connector: try Sample.connector(m), operation: "list_widgets", input: [:],
            context: OperationContext(connection: ["api_key": "k"]))
        #expect(try run.start().query == [QueryItem("p", "1")])
        guard case .send(let next, _) = try run.receive(Self.json(["items": [["id": 1]]])) else {
            Issue.record("expected page 2")
            return
        }
        #expect(next.query == [QueryItem("p", "2")])
        #expect(try run.receive(Self.json(["items": []])) == .finished([["id": 1]]))
    }

    @Test func linkHeaderPaginationRefusesUndeclaredHosts() throws {
        let m = Self.manifest(paginate: "      style: link_header\n")
        var run = try OperationRun(
            connector: try Sample.connector(m), operation: "list_widgets", input: [:],
            context: OperationContext(connection: ["api_key": "k"]))
        _ = try run.start()
        var page = Self.json(["items": [["id": 1]]])
        page.headers.append(HTTPHeader("Link", "<https://evil.example/steal?x=1>; rel=\"next\""))
        #expect(throws: OperationError.self) { try run.receive(page) }
        do {
            _ = try run.receive(page)
        } catch {
            #expect(error.code == "host_not_allowed")
        }
    }

    @Test func retriesDeclaredStatusesWithBackoffAndHonoursRetryAfter() throws {
        let m = Sample.replacing(
            "      select: items",
            with: "      select: items\n    retry:\n      statuses: [503]\n      max_attempts: 3\n      backoff_ms: 100\n")
        var run = try OperationRun(
            connector: try Sample.connector(m), operation: "list_widgets", input: [:],
            context: OperationContext(connection: ["api_key": "k"]))
        let req = try run.start()
        #expect(try run.receive(IncomingResponse(status: 503)) == .send(req, delayMilliseconds: 100))
        #expect(
            try run.receive(IncomingResponse(status: 429, headers: [HTTPHeader("Retry-After", "2")])) == .send(req, delayMilliseconds: 2000)
        )
        do {
            _ = try run.receive(IncomingResponse(status: 503, body: Array("down".utf8)))
            Issue.record("the third failure must end the run")
        } catch {
            #expect(error.code == "http_status")
            #expect(error.status == 503)
        }
    }

    @Test func undeclaredStatusesAreNotRetried() throws {
        var run = try OperationRun(
            connector: try Sample.connector(), operation: "list_widgets", input: [:],
            context: OperationContext(connection: ["api_key": "k"]))
        _ = try run.start()
        #expect(throws: OperationError.self) { try run.receive(IncomingResponse(status: 500)) }
    }

    @Test func inputAndOutputAreCheckedAgainstTheirSchemas() throws {
        let c = try Sample.connector()
        #expect(throws: OperationError.self) {
            _ = try OperationRun(connector: c, operation: "list_widgets", input: ["color": 3], context: OperationContext())
        }
        var run = try OperationRun(
            connector: c, operation: "list_widgets", input: [:], context: OperationContext(connection: ["api_key": "k"]))
        _ = try run.start()
        do {
            _ = try run.receive(Self.json(["items": [["name": "no id"]]]))
            Issue.record("output without id must fail")
        } catch {
            #expect(error.code == "output_invalid")
            #expect(error.path == "[0]")
        }
    }

    @Test func responseScriptsSeeStatusAndHeaders() throws {
        let c = try Sample.connector(extra: [
            "adapters/widget.py": "def dw_process(msg):\n    return {'s': msg.attrs['status'], 'h': msg.attrs['headers']['x-rate']}\n"
        ])
        var run = try OperationRun(
            connector: c, operation: "get_widget", input: ["id": "7"], context: OperationContext(connection: ["api_key": "k"]))
        #expect(try run.start().path == "/v2/widgets/7")
        var resp = Self.json([:])
        resp.headers.append(HTTPHeader("X-Rate", "9"))
        #expect(try run.receive(resp) == .finished(["s": 200, "h": "9"]))
    }

    @Test func aScriptErrorIsReportedWithItsStep() throws {
        let c = try Sample.connector(extra: ["adapters/widget.py": "def dw_process(msg):\n    return msg.payload['missing']\n"])
        var run = try OperationRun(
            connector: c, operation: "get_widget", input: ["id": "7"], context: OperationContext(connection: ["api_key": "k"]))
        _ = try run.start()
        do {
            _ = try run.receive(Self.json([:]))
            Issue.record("expected a failure")
        } catch {
            #expect(error.code == "response_script_failed")
            #expect(error.message.contains("KeyError"))
        }
    }

    @Test func missingCredentialsAndPlainHTTPAreRefused() throws {
        var run = try OperationRun(connector: try Sample.connector(), operation: "list_widgets", input: [:], context: OperationContext())
        #expect(throws: OperationError.self) { try run.start() }
        let local = Sample.replacing("base_url: https://api.acme.com/v2", with: "base_url: http://127.0.0.1:9/v2")
            .replacingOccurrences(of: "hosts: [api.acme.com]", with: "hosts: [\"127.0.0.1:9\"]")
        let c = try ConnectorValidator.load(Sample.files(manifest: local), options: ValidationOptions(allowHTTP: true))
        var refused = try OperationRun(
            connector: c, operation: "list_widgets", input: [:], context: OperationContext(connection: ["api_key": "k"]))
        #expect(throws: OperationError.self) { try refused.start() }
        var allowed = try OperationRun(
            connector: c, operation: "list_widgets", input: [:], context: OperationContext(connection: ["api_key": "k"], allowHTTP: true))
        #expect(try allowed.start().url == "http://127.0.0.1:9/v2/widgets")
    }

    @Test func linkHeaderParsing() throws {
        let c = try Sample.connector(Self.manifest(paginate: "      style: link_header\n"))
        var run = try OperationRun(
            connector: c, operation: "list_widgets", input: [:], context: OperationContext(connection: ["api_key": "k"]))
        _ = try run.start()
        var page = Self.json(["items": [["id": 1]]])
        page.headers.append(
            HTTPHeader(
                "link",
                "<https://api.acme.com/v2/widgets?page=1>; rel=\"prev\", <https://api.acme.com/v2/widgets?page=3&x=a%20b>; rel=\"next last\""
            ))
        guard case .send(let next, _) = try run.receive(page) else {
            Issue.record("expected the next page")
            return
        }
        #expect(next.query == [QueryItem("page", "3"), QueryItem("x", "a b")])
    }
}

@Suite("Client-credentials token exchange")
struct TokenExchangeTests {
    static let manifest = Sample.replacing(
        "auth:\n  type: api_key\n  field: api_key",
        with: "auth:\n  type: oauth2\n  grant: client_credentials\n  token_url: https://api.acme.com/oauth/token\n  scopes: [read, write]"
    )
    .replacingOccurrences(
        of: "api_key: { type: string, secret: true }",
        with: "client_id: { type: string }\n    client_secret: { type: string, secret: true }")

    @Test func standardFormWithBasicClientAuth() throws {
        let c = try Sample.connector(Self.manifest)
        let r = try TokenExchange.clientCredentialsRequest(c, connection: ["client_id": "app", "client_secret": "s:cret"])
        #expect(r.method == "POST")
        #expect(r.url == "https://api.acme.com/oauth/token")
        #expect(String(decoding: r.body, as: UTF8.self) == "grant_type=client_credentials&scope=read%20write")
        #expect(r.headers[name: "Authorization"] == "Basic " + Data("app:s%3Acret".utf8).base64EncodedString())
        let grant = try TokenExchange.grant(
            c, response: IncomingResponse(status: 200, body: Array(#"{"access_token":"T1","expires_in":3600,"token_type":"bearer"}"#.utf8)))
        #expect(grant == TokenGrant(accessToken: "T1", expiresIn: 3600, refreshToken: nil))
    }

    @Test func refusalsAreTokenFailures() throws {
        let c = try Sample.connector(Self.manifest)
        #expect(throws: OperationError.self) {
            try TokenExchange.grant(c, response: IncomingResponse(status: 400, body: Array(#"{"error":"invalid_client"}"#.utf8)))
        }
        #expect(throws: OperationError.self) { try TokenExchange.grant(c, response: IncomingResponse(status: 200, body: Array("{}".utf8))) }
    }
}
