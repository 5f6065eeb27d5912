import ConnectorSDK
import Foundation

/// Where the CLI keeps registry tokens: `~/.junction/credentials.json`, mode 0600.
enum Credentials {
    static var path: String { ProcessInfo.processInfo.environment["JUNCTION_CREDENTIALS"] ?? Files.home(".junction/credentials.json") }

    /// The registry to talk to: `--registry`, else `JUNCTION_REGISTRY`, else the one `login` saved last, else localhost.
    static func registry(_ option: String?) -> String {
        let chosen =
            option ?? ProcessInfo.processInfo.environment["JUNCTION_REGISTRY"] ?? read()["default"]?.stringValue
            ?? "http://127.0.0.1:8080"
        return chosen.hasSuffix("/") ? String(chosen.dropLast()) : chosen
    }

    /// The token for `registry`: `--token`, else `JUNCTION_TOKEN`, else the saved one.
    static func token(for registry: String, option: String?) -> String? {
        option ?? ProcessInfo.processInfo.environment["JUNCTION_TOKEN"] ?? read()["registries"]?[registry]?["token"]?.stringValue
    }

    static func read() -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path), let v = try? JSONValue.parse([UInt8](data)) else {
            return .object([:])
        }
        return v
    }

    /// Saves `token` for `registry` (and makes it the default), writing the file with mode 0600.
    static func save(token: String, for registry: String) throws {
        var doc = read()
        doc = doc.setting([.key("registries"), .key(registry), .key("token")], to: .string(token)).setting(
            [.key("default")], to: .string(registry))
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let tmp = url.path + ".tmp-\(getpid())"
        guard
            FileManager.default.createFile(
                atPath: tmp, contents: Data(doc.jsonText(indent: 2).utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw CommandFailure.problem("cannot write \(tmp)")
        }
        _ = chmod(tmp, 0o600)
        guard rename(tmp, url.path) == 0 else { throw CommandFailure.problem("cannot write \(url.path)") }
    }
}
