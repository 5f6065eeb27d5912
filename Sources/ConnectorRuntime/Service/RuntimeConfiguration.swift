import Foundation

/// How `junction serve` runs the runtime.
public struct RuntimeConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The registry connectors come from.
    public var registryURL: String
    /// The runtime's public URL; OAuth2 redirects go to `<publicURL>/oauth/callback`. Nil: `http://host:port`.
    public var publicURL: String?
    /// The package cache and key pins.
    public var cacheRoot: String
    public var masterKeys: MasterKeyRing
    /// Plain http and private addresses allowed for connector calls (development and tests).
    public var allowLocal: Bool
    /// How often installed ranges are checked for a new version.
    public var pollInterval: Duration
    /// Seconds one outgoing HTTP request may take.
    public var requestTimeout: Int64
    /// The service role's password (when the database asks for one).
    public var servicePassword: String?

    public init(
        host: String = "127.0.0.1", port: Int = 8081, registryURL: String, publicURL: String? = nil, cacheRoot: String,
        masterKeys: MasterKeyRing, allowLocal: Bool = false, pollInterval: Duration = .seconds(30), requestTimeout: Int64 = 30,
        servicePassword: String? = nil
    ) {
        self.host = host
        self.port = port
        self.registryURL = registryURL
        self.publicURL = publicURL
        self.cacheRoot = cacheRoot
        self.masterKeys = masterKeys
        self.allowLocal = allowLocal
        self.pollInterval = pollInterval
        self.requestTimeout = requestTimeout
        self.servicePassword = servicePassword
    }

    /// The redirect URI registered with OAuth2 providers, for a server bound to `port`.
    public func redirectURI(boundPort: Int) -> String {
        (publicURL ?? "http://\(host):\(boundPort)").trimmingSuffix("/") + "/oauth/callback"
    }
}

extension String {
    func trimmingSuffix(_ s: String) -> String {
        var out = self
        while out.hasSuffix(s) { out.removeLast(s.count) }
        return out
    }
}
