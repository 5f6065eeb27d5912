import ArgumentParser

/// Options of every command that talks to a registry.
struct ClientOptions: ParsableArguments {
    @Option(help: "The registry URL (default: JUNCTION_REGISTRY, else the last login, else http://127.0.0.1:8080).")
    var registry: String?

    @Option(help: "A token (default: JUNCTION_TOKEN, else the one junction login saved).")
    var token: String?

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    var client: RegistryClient {
        let url = Credentials.registry(registry)
        return RegistryClient(baseURL: url, token: Credentials.token(for: url, option: token))
    }
}
