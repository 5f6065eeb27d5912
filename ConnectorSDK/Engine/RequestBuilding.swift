import Dataway
import Foundation

extension OperationRun {
    /// The connection's fields as adapter scripts see them (`msg.vars`): secret fields and the fields
    /// auth reads its credentials from are left out, so a script can never copy a secret anywhere.
    var scriptFields: [DatawayField] {
        let hidden = connector.secretFields
        return (context.connection.objectValue ?? [:]).filter { !hidden.contains($0.key) }.map { DatawayField($0.key, $0.value.dataway) }
    }

    func render(_ t: Template, what: String, in scope: inout TemplateScope) throws(OperationError) -> String? {
        do {
            return try t.render(&scope)
        } catch {
            throw OperationError(code: "template_failed", step: "request", message: "\(what): \(error.message)")
        }
    }

    /// Builds the request from the templates, then lets the request script change it.
    func buildRequest() throws(OperationError) -> OutgoingRequest {
        var scope = TemplateScope(input: input, connection: context.connection, vars: context.vars)
        let baseText = connector.literalBase == nil ? try render(connector.baseURL, what: "base_url", in: &scope) ?? "" : ""
        guard let base = connector.literalBase ?? URLParts(baseText) else {
            throw OperationError(
                code: "invalid_url", step: "request", message: "base_url rendered to \"\(baseText)\", which is not an absolute URL")
        }
        var method = op.method
        var path = try op.path.map { t throws(OperationError) in try render(t, what: "request.path", in: &scope) ?? "" } ?? ""
        var query = base.query
        for (k, t) in op.query {
            if let v = try render(t, what: "request.query.\(k)", in: &scope) { query.append(QueryItem(k, v)) }
        }
        var headers: [HTTPHeader] = []
        for (k, t) in op.headers {
            if let v = try render(t, what: "request.headers.\(k)", in: &scope) { headers.set(k, v) }
        }
        var body: JSONValue?
        if let b = op.body {
            do {
                body = try b.evaluate(&scope)
            } catch {
                throw OperationError(code: "template_failed", step: "request", message: "request.body: \(error.message)")
            }
        }
        var bodyType: String?
        var fullURL: URLParts?
        if let script = op.requestScript {
            let parts = try runRequestScript(script)
            if let m = parts["method"]?.stringValue { method = m.uppercased() }
            if let p = parts["path"]?.stringValue { path = p }
            if let u = parts["url"]?.stringValue {
                guard let parsed = URLParts(u) else {
                    throw OperationError(
                        code: "invalid_url", step: "request",
                        message: "the request script returned url \"\(u)\", which is not an absolute URL")
                }
                fullURL = parsed
            }
            if case .object(let q)? = parts["query"] {
                for (k, v) in q {
                    query.removeAll { $0.name == k }
                    for item in Self.queryValues(v) { query.append(QueryItem(k, item)) }
                }
            }
            if case .object(let h)? = parts["headers"] {
                for (k, v) in h { if let s = Self.text(v) { headers.set(k, s) } }
            }
            if let b = parts["body"] { body = b }
            if let t = parts["body_type"]?.stringValue { bodyType = t }
        }
        let target = fullURL ?? base
        let joined = fullURL != nil ? target.path : Self.join(base.path, path)
        var request = OutgoingRequest(
            method: method, scheme: target.scheme, host: target.host, port: target.port, path: joined,
            query: fullURL.map { $0.query + query.filter { q in !base.query.contains(q) } } ?? query, headers: headers)
        if let body { try encodeBody(body, type: bodyType ?? op.spec.request.bodyType ?? "json", into: &request) }
        try applyCredentials(to: &request)
        try checkHost(request)
        return request
    }

    static func join(_ base: String, _ path: String) -> String {
        if path.isEmpty { return base.isEmpty ? "/" : base }
        if base.isEmpty { return path.utf8.first == UInt8(ascii: "/") ? path : "/" + path }
        let b = base.hasSuffix("/") ? String(base.dropLast()) : base
        return b + (path.hasPrefix("/") ? path : "/" + path)
    }

    static func text(_ v: JSONValue) -> String? {
        switch v {
        case .null: return nil
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        default: return v.jsonText()
        }
    }

    static func queryValues(_ v: JSONValue) -> [String] {
        if case .array(let a) = v { return a.compactMap(text) }
        return text(v).map { [$0] } ?? []
    }

    func runRequestScript(_ script: Script) throws(OperationError) -> JSONValue {
        let fields = scriptFields
        let message = Message(payload: input.dataway, vars: fields)
        switch script.run(message: message, limits: context.limits).result {
        case .success(let v):
            let value = JSONValue(dataway: v)
            guard case .object = value else {
                throw OperationError(
                    code: "request_script_failed", step: "request",
                    message: "\(op.spec.request.script ?? "the request script") must return a dict of request parts, not \(value.typeName)")
            }
            return value
        case .failure(let e):
            throw OperationError(
                code: "request_script_failed", step: "request", message: "\(op.spec.request.script ?? "request script"): \(e)")
        }
    }

    func encodeBody(_ body: JSONValue, type: String, into request: inout OutgoingRequest) throws(OperationError) {
        switch type {
        case "form":
            guard case .object(let o) = body else {
                throw OperationError(code: "template_failed", step: "request", message: "a form body must be an object")
            }
            var items: [QueryItem] = []
            for (k, v) in o { for s in Self.queryValues(v) { items.append(QueryItem(k, s)) } }
            request.body = Array(URLEncoding.encodeQuery(items).utf8)
            if request.headers[name: "Content-Type"] == nil { request.headers.set("Content-Type", "application/x-www-form-urlencoded") }
        case "text":
            request.body = Array((Self.text(body) ?? "").utf8)
            if request.headers[name: "Content-Type"] == nil { request.headers.set("Content-Type", "text/plain; charset=utf-8") }
        default:
            request.body = Array(body.jsonText().utf8)
            if request.headers[name: "Content-Type"] == nil { request.headers.set("Content-Type", "application/json") }
        }
    }

    /// Puts the credential where `auth` says.
    func applyCredentials(to request: inout OutgoingRequest) throws(OperationError) {
        let plan = connector.credentials
        let fields = context.connection
        func field(_ name: String) throws(OperationError) -> String {
            guard let v = fields[name], let s = Self.text(v), !s.isEmpty else {
                throw OperationError(code: "missing_credential", step: "auth", message: "the connection has no \(name)")
            }
            return s
        }
        let credential: String
        switch plan.source {
        case .none: return
        case .basic(let usernameField, let passwordField):
            let user = try field(usernameField)
            let password = try field(passwordField)
            request.headers.set("Authorization", "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
            return
        case .accessToken:
            guard let token = context.accessToken, !token.isEmpty else {
                throw OperationError(
                    code: "missing_credential", step: "auth", message: "the connection has no access token; connect the account first")
            }
            credential = token
        case .field(let name):
            credential = try field(name)
        }
        var value = "Bearer " + credential
        if let format = connector.auth.credentialFormat {
            do {
                value = try format.render(["credential": .string(credential), "connection": fields.dataway]) ?? ""
            } catch {
                throw OperationError(code: "template_failed", step: "auth", message: "auth.apply.format failed")
            }
        }
        if plan.inQuery {
            request.setQuery(plan.name, value)
        } else {
            request.headers.set(plan.name, value)
        }
    }

    /// Only the manifest's hosts, over https unless the operator allows plain http.
    func checkHost(_ request: OutgoingRequest) throws(OperationError) {
        if request.scheme != "https" && !context.allowHTTP {
            throw OperationError(
                code: "insecure_url", step: "request", message: "refusing plain http to \(request.host); connectors call https URLs only")
        }
        if !connector.hosts.contains(where: { $0.matches(host: request.host, port: request.port) }) {
            throw OperationError(
                code: "host_not_allowed", step: "request",
                message: "\(request.host) is not among the connector's hosts (\(connector.manifest.hosts.joined(separator: ", ")))")
        }
    }
}
