import ConnectorSDK

/// Checks what an integrator filled in for a connection against the manifest's `connection.fields`:
/// types, enums, patterns and required fields (defaults filled in), plus what the auth type needs.
enum ConnectionFields {
    static func check(_ connector: CompiledConnector, _ given: JSONValue) throws(RuntimeError) -> JSONValue {
        guard case .object(var values) = given else {
            throw RuntimeError.connectionInvalid("the connection's fields must be a JSON object")
        }
        let declared = connector.manifest.connection?.fields ?? [:]
        var properties = JSONValue.object([:])
        var required: [JSONValue] = []
        for (name, field) in declared.sorted(by: { $0.key < $1.key }) {
            var schema: JSONValue = ["type": .string(field.type)]
            if let e = field.enum { schema = schema.setting([.key("enum")], to: .array(e)) }
            if let p = field.pattern { schema = schema.setting([.key("pattern")], to: .string(p)) }
            properties = properties.setting([.key(name)], to: schema)
            if values[name] == nil, let d = field.default { values[name] = d }
            if field.required == true && field.default == nil { required.append(.string(name)) }
        }
        let auth = connector.manifest.auth
        var needed: [String] = []
        switch auth.type {
        case "api_key", "bearer": needed = [auth.field ?? "api_key"]
        case "basic": needed = [auth.usernameField ?? "username", auth.passwordField ?? "password"]
        case "oauth2": needed = [auth.clientIdField ?? "client_id", auth.clientSecretField ?? "client_secret"]
        default: break
        }
        for n in needed where !required.contains(.string(n)) { required.append(.string(n)) }
        let schema: JSONValue = ["type": "object", "properties": properties, "required": .array(required)]
        let result = JSONValue.object(values)
        guard let compiled = try? JSONSchema(schema) else { return result }
        if let first = compiled.validate(result).first {
            let path = first.instancePath.dottedPath
            throw RuntimeError.connectionInvalid(
                "the connection's fields are not valid\(path.isEmpty ? "" : " at \(path)"): \(first.message)")
        }
        return result
    }
}
