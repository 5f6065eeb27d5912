import Dataway

extension OperationRun {
    /// The body as JSON when it is JSON (by content type, or by shape when none is given), else as text.
    func parseBody(_ response: IncomingResponse) throws(OperationError) -> JSONValue {
        if response.body.isEmpty { return .null }
        let type = response.headers[name: "Content-Type"] ?? ""
        let declaredJSON = ASCII.containsIgnoringCase(type, "json")
        let looksJSON = type.isEmpty && response.body.first.map { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") } == true
        if declaredJSON || looksJSON {
            do {
                return try JSONValue.parse(response.body)
            } catch {
                throw OperationError(
                    code: "response_not_json", step: "response", message: "the response body is not valid JSON: \(error.message)",
                    status: response.status)
            }
        }
        return .string(String(decoding: response.body, as: UTF8.self))
    }

    /// The operation's output from one response: the script's result, the `select`ed part, or the body.
    func mapResponse(_ body: JSONValue, response: IncomingResponse) throws(OperationError) -> JSONValue {
        if let script = op.responseScript { return try runResponseScript(script, body: body, response: response) }
        if let select = op.select { return try selectValue(select, in: body, step: "response") }
        return body
    }

    /// One page's items.
    func mapPage(_ body: JSONValue, response: IncomingResponse) throws(OperationError) -> [JSONValue] {
        let value: JSONValue
        if let script = op.responseScript {
            value = try runResponseScript(script, body: body, response: response)
        } else if let path = op.items ?? op.select {
            value = try selectValue(path, in: body, step: "paginate")
        } else {
            value = body
        }
        guard case .array(let a) = value else {
            throw OperationError(
                code: "pagination_failed", step: "paginate",
                message: "a page's items must be a list, got \(value.typeName)", status: response.status)
        }
        return a
    }

    func selectValue(_ path: ValuePath, in body: JSONValue, step: String) throws(OperationError) -> JSONValue {
        guard let v = path.select(body) else {
            throw OperationError(code: "select_failed", step: step, message: "the response has nothing at \(path)")
        }
        return v
    }

    func runResponseScript(_ script: Script, body: JSONValue, response: IncomingResponse) throws(OperationError) -> JSONValue {
        var headers: [DatawayField] = []
        for h in response.headers where !headers.contains(where: { $0.key == h.name.lowercased() }) {
            headers.append(DatawayField(h.name.lowercased(), .string(h.value)))
        }
        let attrs = [DatawayField("status", .int(response.status)), DatawayField("headers", .dict(headers))]
        let message = Message(payload: body.dataway, vars: scriptFields, attrs: attrs)
        switch script.run(message: message, limits: context.limits).result {
        case .success(let v): return JSONValue(dataway: v)
        case .failure(let e):
            throw OperationError(
                code: "response_script_failed", step: "response", message: "\(op.spec.response?.script ?? "response script"): \(e)",
                status: response.status)
        }
    }
}
