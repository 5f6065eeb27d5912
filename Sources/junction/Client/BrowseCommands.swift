import ArgumentParser
import ConnectorSDK
import Foundation

/// `junction search`.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the registry's connectors.")

    @Argument(help: "Words to look for (empty: browse everything).")
    var words: [String] = []

    @Option(help: "Only this category.")
    var category: String?

    @Option(help: "Only this auth type (oauth2, api_key, basic, bearer, none).")
    var auth: String?

    @Option(help: "The page (20 results each).")
    var page: Int = 1

    @OptionGroup var options: ClientOptions

    func run() async throws {
        var query = "?q=" + URLEncoding.encode(words.joined(separator: " ")) + "&page=\(page)"
        if let category { query += "&category=" + URLEncoding.encode(category) }
        if let auth { query += "&auth=" + URLEncoding.encode(auth) }
        let client = options.client
        let doc = try client.expect(try await client.send(.GET, "/v1/connectors" + query))
        if options.json { return print(Output.json(doc)) }
        let results = doc["results"]?.arrayValue ?? []
        for r in results {
            let version = r["latest_version"]?.stringValue ?? "-"
            let deprecated = r["deprecated"] == .bool(true) ? " [deprecated]" : ""
            print("\(r["name"]?.stringValue ?? "") \(version)  \(r["title"]?.stringValue ?? "")\(deprecated)")
            print("    \(r["summary"]?.stringValue ?? "")  (\(r["auth_type"]?.stringValue ?? ""))")
        }
        let total = doc["total"].flatMap { if case .integer(let n) = $0 { n } else { nil } } ?? results.count
        print(results.isEmpty ? "no connectors match" : "\(results.count) of \(total) shown (page \(page))")
    }
}

/// `junction info vendor/name[@version]`.
struct InfoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Show a connector, or one of its versions.")

    @Argument(help: "vendor/name or vendor/name@version.")
    var connector: String

    @OptionGroup var options: ClientOptions

    func run() async throws {
        let (name, version) = try ConnectorRef.parse(connector)
        let client = options.client
        if let version {
            let doc = try client.expect(try await client.send(.GET, "/v1/connectors/\(name)/\(URLEncoding.encode(version))"))
            if options.json { return print(Output.json(doc)) }
            print("\(name) \(version)\(doc["yanked"] == .bool(true) ? " (yanked: \(doc["yank_reason"]?.stringValue ?? ""))" : "")")
            print("digest \(doc["digest"]?.stringValue ?? "")")
            print("signed by \(doc["key_id"]?.stringValue ?? "nobody")")
            print("published \(doc["published_at"]?.stringValue ?? "")")
            let ops = doc["manifest"]?["operations"]?.objectValue?.keys.sorted() ?? []
            print("operations: \(ops.joined(separator: ", "))")
        } else {
            let doc = try client.expect(try await client.send(.GET, "/v1/connectors/\(name)"))
            if options.json { return print(Output.json(doc)) }
            print("\(name) — \(doc["title"]?.stringValue ?? "")")
            print("  \(doc["summary"]?.stringValue ?? "")")
            if let dep = doc["deprecated"], dep != .null {
                print("  DEPRECATED: \(dep["message"]?.stringValue ?? "")\(dep["replacement"]?.stringValue.map { " (use \($0))" } ?? "")")
            }
            print("  latest \(doc["latest_version"]?.stringValue ?? "-"), auth \(doc["auth_type"]?.stringValue ?? "")")
            print("versions:")
            for v in doc["versions"]?.arrayValue ?? [] {
                let yanked = v["yanked"] == .bool(true) ? "  yanked: \(v["yank_reason"]?.stringValue ?? "")" : ""
                print("  \(v["version"]?.stringValue ?? "")  \(v["published_at"]?.stringValue ?? "")\(yanked)")
            }
        }
    }
}

/// `junction yank vendor/name@version --reason …` (and `--undo`).
struct YankCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yank", abstract: "Yank a version so ranges skip it (it stays downloadable by exact version).")

    @Argument(help: "vendor/name@version.")
    var connector: String

    @Option(help: "Why (integrators see it).")
    var reason: String?

    @Flag(help: "Undo an earlier yank.")
    var undo = false

    @OptionGroup var options: ClientOptions

    func run() async throws {
        let (name, version) = try ConnectorRef.parse(connector)
        guard let version else { throw CommandFailure.usage("say which version: \(name)@1.2.3") }
        if !undo && (reason ?? "").isEmpty { throw CommandFailure.usage("say why with --reason") }
        let client = options.client
        let path = "/v1/connectors/\(name)/\(URLEncoding.encode(version))/yank"
        let reply = try await client.send(undo ? .DELETE : .POST, path, json: undo ? nil : ["reason": .string(reason ?? "")])
        let doc = try client.expect(reply)
        if options.json { return print(Output.json(doc)) }
        print(undo ? "\(name)@\(version) is no longer yanked" : "yanked \(name)@\(version): \(reason ?? "")")
    }
}

/// `junction login`: saves a token for a registry in a 0600 file.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login", abstract: "Save a registry token (read from stdin when --token is not given) in ~/.junction/credentials.json."
    )

    @OptionGroup var options: ClientOptions

    func run() async throws {
        let url = Credentials.registry(options.registry)
        var token = options.token
        if token == nil {
            if isatty(STDIN_FILENO) == 1 { FileHandle.standardError.write(Data("token for \(url): ".utf8)) }
            token = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
        }
        guard let token, !token.isEmpty else { throw CommandFailure.usage("no token given") }
        let client = RegistryClient(baseURL: url, token: token)
        let reply = try await client.send(.GET, "/v1/tokens")
        if reply.status == 401 { throw RegistryClient.failure(reply) }
        try Credentials.save(token: token, for: url)
        print("logged in to \(url) (token saved in \(Credentials.path))")
    }
}

/// `vendor/name[@version]`.
enum ConnectorRef {
    static func parse(_ text: String) throws -> (name: String, version: String?) {
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        let name = parts.first ?? ""
        guard name.split(separator: "/").count == 2 else { throw CommandFailure.usage("\"\(text)\" is not vendor/name[@version]") }
        return (name, parts.count == 2 ? parts[1] : nil)
    }
}
