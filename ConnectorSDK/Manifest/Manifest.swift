/// A connector's manifest (`connector.yaml`): who it is, what it may call, how it authenticates,
/// and the operations and triggers it offers. DESIGN §3; the full schema is `connector.schema.json`.
public struct Manifest: Codable, Sendable, Equatable {
    /// The manifest format version. This SDK reads format 1.
    public var junction: Int
    /// `vendor/connector`, lowercase `a-z0-9-`.
    public var name: String
    /// SemVer 2.0 version of this package.
    public var version: String
    public var title: String
    public var summary: String
    public var description: String?
    public var categories: [String]?
    public var keywords: [String]?
    public var homepage: String?
    public var license: String?
    /// The icon file inside the package (`icon.svg` or `icon.png`).
    public var icon: String?
    /// The runtime versions this connector works with (a SemVer range).
    public var runtime: String
    /// Every host the connector may call; the runtime refuses all others.
    public var hosts: [String]
    public var connection: Connection?
    public var auth: Auth
    /// The URL every operation path is relative to; a template over `connection`.
    public var baseUrl: String
    public var operations: [String: Operation]
    public var triggers: [String: Trigger]?

    /// The vendor namespace (`acme` of `acme/crm`).
    public var vendor: String { String(name.split(separator: "/").first ?? "") }
    /// The connector's own name (`crm` of `acme/crm`).
    public var connectorName: String { String(name.split(separator: "/").dropFirst().first ?? "") }

    enum CodingKeys: String, CodingKey {
        case junction
        case name
        case version
        case title
        case summary
        case description
        case categories
        case keywords
        case homepage
        case license
        case icon
        case runtime
        case hosts
        case connection
        case auth
        case baseUrl = "base_url"
        case operations
        case triggers
    }
}

/// What an integrator fills in when connecting an account.
public struct Connection: Codable, Sendable, Equatable {
    public var fields: [String: ConnectionField]?
}

/// One connection field.
public struct ConnectionField: Codable, Sendable, Equatable {
    /// `string`, `integer`, `number` or `boolean`.
    public var type: String
    public var title: String?
    public var description: String?
    public var pattern: String?
    public var `enum`: [JSONValue]?
    public var `default`: JSONValue?
    /// Secret fields are stored encrypted and never shown or logged.
    public var secret: Bool?
    public var required: Bool?
}
