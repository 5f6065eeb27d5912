/// How a registry runs.
public struct RegistryConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port (0: any free port; `onServerRunning` tells which).
    public var port: Int
    /// Accept packages without a signature.
    public var allowUnsigned: Bool
    /// Largest upload accepted (the archive rules cap packages at 5 MiB).
    public var maxPackageBytes: Int
    /// Requests per minute allowed per token (and per client address without a token); 0 turns limits off.
    public var requestsPerMinute: Int
    /// The URL clients reach this registry at (for links in responses); default `http://host:port`.
    public var publicURL: String?
    /// Accept connectors that call plain http on localhost (a development registry only).
    public var allowLocalHTTP: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, allowUnsigned: Bool = false, maxPackageBytes: Int = 5 * 1024 * 1024 + 64 * 1024,
        requestsPerMinute: Int = 600, publicURL: String? = nil, allowLocalHTTP: Bool = false
    ) {
        self.allowLocalHTTP = allowLocalHTTP
        self.host = host
        self.port = port
        self.allowUnsigned = allowUnsigned
        self.maxPackageBytes = maxPackageBytes
        self.requestsPerMinute = requestsPerMinute
        self.publicURL = publicURL
    }
}
