import ConnectorSDK
import Foundation
import Hummingbird

/// Vendors, signing keys, tokens and the audit log.
struct AccountsController {
    let services: RegistryServices
    var accounts: AccountStore { services.accounts }

    func register(_ routes: inout RouteTable) {
        routes.add(.post, "/v1/vendors") { request, _ in try await createVendor(request) }
        routes.add(.get, "/v1/vendors/{vendor}") { _, context in try await vendor(context) }
        routes.add(.get, "/v1/vendors/{vendor}/keys") { _, context in try await keys(context) }
        routes.add(.post, "/v1/vendors/{vendor}/keys") { request, context in try await addKey(request, context) }
        routes.add(.delete, "/v1/vendors/{vendor}/keys/{key_id}") { request, context in try await revokeKey(request, context) }
        routes.add(.get, "/v1/vendors/{vendor}/audit") { request, context in try await audit(request, context) }
        routes.add(.post, "/v1/tokens") { request, _ in try await createToken(request) }
        routes.add(.get, "/v1/tokens") { request, _ in try await listTokens(request) }
        routes.add(.delete, "/v1/tokens/{id}") { request, context in try await revokeToken(request, context) }
    }

    /// Lowercase letters, digits and inner hyphens, at most 40 characters.
    static func isVendorName(_ s: String) -> Bool {
        let ok = s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        return ok && !s.isEmpty && s.count <= 40 && !s.hasPrefix("-") && !s.hasSuffix("-")
    }

    func createVendor(_ request: Request) async throws -> Response {
        let principal = try await services.auth.require(request)
        try principal.requireAdmin()
        let body = try await JSONBody.object(request)
        let name = try body.requiredString("name")
        guard Self.isVendorName(name) else {
            throw APIProblem.badRequest("invalid_request", "vendor names use lowercase letters, digits and hyphens (at most 40)")
        }
        let v = try await accounts.createVendor(
            name: name, displayName: body["display_name"]?.stringValue ?? name, actor: principal.tokenID)
        return JSONBody.response(["name": .string(v.name), "display_name": .string(v.displayName)], status: .created)
    }

    func vendor(_ context: RegistryRequestContext) async throws -> Response {
        let v = try await accounts.requireVendor(try context.parameters.require("vendor"))
        let keys = try await accounts.keys(vendorID: v.id).filter { $0.revokedAt == nil }
        return JSONBody.response([
            "name": .string(v.name), "display_name": .string(v.displayName), "created_at": .string(ISO8601.format(v.createdAt)),
            "keys": .array(keys.map(Self.keyJSON)),
        ])
    }

    static func keyJSON(_ k: AccountStore.KeyInfo) -> JSONValue {
        [
            "key_id": .string(k.keyID), "public_key": .string(k.publicKey), "name": .string(k.name),
            "created_at": .string(ISO8601.format(k.createdAt)), "revoked_at": k.revokedAt.map { .string(ISO8601.format($0)) } ?? .null,
        ]
    }

    func keys(_ context: RegistryRequestContext) async throws -> Response {
        let v = try await accounts.requireVendor(try context.parameters.require("vendor"))
        return JSONBody.response(["keys": .array(try await accounts.keys(vendorID: v.id).map(Self.keyJSON))])
    }

    func addKey(_ request: Request, _ context: RegistryRequestContext) async throws -> Response {
        let principal = try await services.auth.require(request)
        let vendorName = try context.parameters.require("vendor")
        try principal.require(.manage, vendor: vendorName)
        let v = try await accounts.requireVendor(vendorName)
        let body = try await JSONBody.object(request)
        let key: VerifyingKey
        do {
            key = try VerifyingKey(text: try body.requiredString("public_key"))
        } catch let e as SigningKeyError {
            throw APIProblem.badRequest("invalid_key", e.message)
        }
        try await accounts.addKey(vendorID: v.id, key: key, name: body["name"]?.stringValue ?? "", actor: principal.tokenID)
        return JSONBody.response(["key_id": .string(key.keyID), "public_key": .string(key.text)], status: .created)
    }

    func revokeKey(_ request: Request, _ context: RegistryRequestContext) async throws -> Response {
        let principal = try await services.auth.require(request)
        let vendorName = try context.parameters.require("vendor")
        try principal.require(.manage, vendor: vendorName)
        let v = try await accounts.requireVendor(vendorName)
        let keyID = try context.parameters.require("key_id")
        try await accounts.revokeKey(vendorID: v.id, keyID: keyID, actor: principal.tokenID)
        return JSONBody.response(["key_id": .string(keyID), "revoked": true])
    }

    func audit(_ request: Request, _ context: RegistryRequestContext) async throws -> Response {
        let principal = try await services.auth.require(request)
        let vendorName = try context.parameters.require("vendor")
        try principal.require(.manage, vendor: vendorName)
        let v = try await accounts.requireVendor(vendorName)
        let entries = try await services.lifecycle.audit(vendorID: v.id, limit: 200)
        return JSONBody.response([
            "entries": .array(
                entries.map {
                    [
                        "action": .string($0.action), "target": .string($0.target), "actor": $0.actor.map(JSONValue.string) ?? .null,
                        "detail": (try? JSONValue.parse($0.detail)) ?? .null, "at": .string(ISO8601.format($0.at)),
                    ]
                })
        ])
    }

    func createToken(_ request: Request) async throws -> Response {
        let principal = try await services.auth.require(request)
        let body = try await JSONBody.object(request)
        let name = body["name"]?.stringValue ?? "token"
        let scopes = body["scopes"]?.arrayValue?.compactMap(\.stringValue) ?? [Scope.publish.rawValue]
        let allowed = Set(Scope.allCases.map(\.rawValue)).subtracting(["admin"])
        if let bad = scopes.first(where: { !allowed.contains($0) }) {
            throw APIProblem.badRequest("invalid_request", "unknown scope \"\(bad)\" (scopes: publish, yank, manage)")
        }
        var expiresAt: Date?
        if let days = body["expires_in_days"] {
            guard case .integer(let d) = days, d >= 1, d <= 3650 else {
                throw APIProblem.badRequest("invalid_request", "expires_in_days must be a whole number of days from 1 to 3650")
            }
            expiresAt = Date().addingTimeInterval(Double(d) * 86_400)
        }
        let vendorName = body["vendor"]?.stringValue ?? principal.vendorName
        guard let vendorName else { throw APIProblem.badRequest("invalid_request", "say which vendor the token is for in \"vendor\"") }
        try principal.require(.manage, vendor: vendorName)
        if !principal.isAdmin, let extra = scopes.first(where: { !principal.scopes.contains($0) }) {
            throw APIProblem.forbidden("missing_scope", "a token cannot grant the \"\(extra)\" scope it does not have")
        }
        let v = try await accounts.requireVendor(vendorName)
        let (secret, _) = try await accounts.createToken(
            vendorID: v.id, name: name, scopes: scopes, isAdmin: false, expiresAt: expiresAt, actor: principal.tokenID)
        return JSONBody.response(
            [
                "id": .string(secret.publicID), "token": .string(secret.text), "vendor": .string(vendorName),
                "scopes": .array(scopes.map(JSONValue.string)), "expires_at": expiresAt.map { .string(ISO8601.format($0)) } ?? .null,
                "note": "the token is shown once; store it now",
            ], status: .created)
    }

    func listTokens(_ request: Request) async throws -> Response {
        let principal = try await services.auth.require(request)
        let vendorName = request.uri.queryParameters["vendor"].map(String.init) ?? principal.vendorName
        guard let vendorName else { throw APIProblem.badRequest("invalid_request", "say which vendor with ?vendor=") }
        try principal.require(.manage, vendor: vendorName)
        let v = try await accounts.requireVendor(vendorName)
        return JSONBody.response([
            "tokens": .array(
                try await accounts.tokens(vendorID: v.id).map {
                    [
                        "id": .string($0.publicID), "name": .string($0.name), "scopes": .array($0.scopes.map(JSONValue.string)),
                        "created_at": .string(ISO8601.format($0.createdAt)),
                        "expires_at": $0.expiresAt.map { .string(ISO8601.format($0)) } ?? .null,
                        "revoked_at": $0.revokedAt.map { .string(ISO8601.format($0)) } ?? .null,
                    ]
                })
        ])
    }

    func revokeToken(_ request: Request, _ context: RegistryRequestContext) async throws -> Response {
        let principal = try await services.auth.require(request)
        let id = try context.parameters.require("id")
        if !principal.isAdmin { try principal.require(.manage, vendor: principal.vendorName) }
        try await accounts.revokeToken(publicID: id, vendorID: principal.isAdmin ? nil : principal.vendorID, actor: principal.tokenID)
        return JSONBody.response(["id": .string(id), "revoked": true])
    }
}
