import Foundation

extension ConnectorCompiler {
    mutating func checkIdentity() {
        do {
            _ = try SemanticVersion(manifest.version)
        } catch {
            problems.add("invalid_version", at: "version", error.message, hint: "use SemVer 2.0, e.g. 1.0.0 or 2.1.0-beta.1")
        }
        do {
            _ = try VersionRange(manifest.runtime)
        } catch {
            problems.add("invalid_range", at: "runtime", error.message, hint: "for example ^1.0 or >=1.0.0 <3.0.0")
        }
        if let icon = manifest.icon {
            if let bytes = files[icon] {
                if bytes.count > 64 * 1024 {
                    problems.add("icon_too_large", at: "icon", "\(icon) is \(bytes.count) bytes; icons are at most 64 KiB")
                }
            } else {
                problems.add("missing_file", at: "icon", "icon \(icon) is not in the package")
            }
        }
        if files["README.md"] == nil {
            problems.add("missing_file", at: "", "the package has no README.md", hint: "the marketplace shows it on the connector's page")
        }
    }

    mutating func checkConnectionFields() {
        for (name, f) in (manifest.connection?.fields ?? [:]).sorted(by: { $0.key < $1.key }) {
            let base = "connection.fields.\(name)"
            if let p = f.pattern, (try? NSRegularExpression(pattern: p)) == nil {
                problems.add("invalid_pattern", at: "\(base).pattern", "\"\(p)\" is not a valid regular expression")
            }
            if let d = f.default {
                let ok: Bool
                switch (f.type, d) {
                case ("string", .string), ("integer", .integer), ("number", .integer), ("number", .number), ("boolean", .bool): ok = true
                default: ok = false
                }
                if !ok { problems.add("invalid_default", at: "\(base).default", "the default is not a \(f.type)") }
                if let e = f.enum, !e.contains(d) {
                    problems.add("invalid_default", at: "\(base).default", "the default is not one of enum")
                }
            }
        }
    }

    /// Checks `auth` and compiles its templates.
    mutating func checkAuth() -> CompiledAuth {
        let a = manifest.auth
        var compiled = CompiledAuth()
        switch a.type {
        case "oauth2":
            guard let grant = a.grant else {
                problems.add("missing_key", at: "auth", "oauth2 needs grant (authorization_code or client_credentials)")
                break
            }
            if a.tokenUrl == nil { problems.add("missing_key", at: "auth", "oauth2 needs token_url") }
            if grant == "authorization_code" && a.authorizeUrl == nil {
                problems.add("missing_key", at: "auth", "the authorization_code grant needs authorize_url")
            }
            if grant == "client_credentials" && a.pkce == true {
                problems.add("invalid_auth", at: "auth.pkce", "PKCE applies to the authorization_code grant only")
            }
            for (key, url) in [("authorize_url", a.authorizeUrl), ("token_url", a.tokenUrl), ("refresh_url", a.refreshUrl)] {
                guard let url else { continue }
                let t = template(url, at: "auth.\(key)", names: ["connection"])
                if key == "authorize_url" { compiled.authorizeURL = t }
                if key == "token_url" { compiled.tokenURL = t }
                if key == "refresh_url" { compiled.refreshURL = t }
                checkURL(url, at: "auth.\(key)")
            }
            for (k, v) in (a.authorizeParams ?? [:]).sorted(by: { $0.key < $1.key }) {
                if let t = template(v, at: "auth.authorize_params.\(k)", names: ["connection"]) { compiled.authorizeParams.append((k, t)) }
            }
            for (k, v) in (a.tokenParams ?? [:]).sorted(by: { $0.key < $1.key }) {
                if let t = template(v, at: "auth.token_params.\(k)", names: ["connection"]) { compiled.tokenParams.append((k, t)) }
            }
            if let f = a.clientIdField { requireField(f, at: "auth.client_id_field", what: "client_id_field") }
            if let f = a.clientSecretField { requireField(f, at: "auth.client_secret_field", what: "client_secret_field") }
            if let m = a.tokenResponse {
                for (k, p) in [
                    ("access_token", m.accessToken), ("expires_in", m.expiresIn), ("refresh_token", m.refreshToken), ("error", m.error),
                ] {
                    _ = valuePath(p, at: "auth.token_response.\(k)")
                }
            }
        case "api_key", "bearer":
            requireField(a.field, at: "auth.field", what: "auth.field")
        case "basic":
            requireField(a.usernameField ?? "username", at: "auth.username_field", what: "auth.username_field")
            requireField(a.passwordField ?? "password", at: "auth.password_field", what: "auth.password_field")
        default:
            break
        }
        if a.type != "oauth2" {
            for (key, present) in [("grant", a.grant != nil), ("token_url", a.tokenUrl != nil), ("authorize_url", a.authorizeUrl != nil)]
            where present {
                problems.add("invalid_auth", at: "auth.\(key)", "\(key) applies to oauth2 only, not to \(a.type)")
            }
        }
        guard let apply = a.apply else { return compiled }
        if a.type == "none" || a.type == "basic" {
            problems.add("invalid_auth", at: "auth.apply", "auth type \(a.type) does not take apply")
            return compiled
        }
        let format = apply.format ?? (apply.in == "header" ? "Bearer ${credential}" : "${credential}")
        compiled.credentialFormat = template(format, at: "auth.apply.format", names: CompiledConnector.credentialNames)
        return compiled
    }

    /// Checks a URL template: https (http only for localhost with `allowHTTP`), a host among `hosts`.
    mutating func checkURL(_ source: String, at path: String) {
        // Templated parts stand in as "x" so `https://${connection.domain}.example.com` checks as x.example.com.
        let probe = source.replacingOccurrences(of: #"\$\{[^}]*\}"#, with: "x", options: .regularExpression)
        guard let url = URLParts(probe) else {
            problems.add("invalid_url", at: path, "\"\(source)\" is not an absolute http(s) URL", hint: "start it with https://")
            return
        }
        let local = ["localhost", "127.0.0.1", "[::1]"].contains(url.host)
        if url.scheme == "http" && !(local && options.allowHTTP) {
            problems.add(
                "insecure_url", at: path, "\"\(source)\" uses plain http",
                hint: local ? "use https, or pass --allow-http for local development" : "connectors call https URLs only")
        }
        if !URLParts.hostAllowed(host: url.host, port: url.port, in: manifest.hosts) {
            let shown = url.port.map { "\(url.host):\($0)" } ?? url.host
            problems.add(
                "host_not_declared", at: path, "\"\(source)\" calls \(shown), which hosts does not list",
                hint: "add \"\(shown)\" to hosts")
        }
    }
}
