import ConnectorSDK
import Foundation

/// What the tenant API does, independent of HTTP: install connectors, connect accounts, run operations.
public struct RuntimeService: Sendable {
    public let runtime: Runtime
    public let tracker: RangeTracker
    public let tenants: TenantStore
    public let installations: InstallationStore
    public let connections: ConnectionStore
    /// The exact redirect URI registered with providers (`<public URL>/oauth/callback`).
    public let redirectURI: String

    public init(runtime: Runtime, tracker: RangeTracker, tenants: TenantStore, redirectURI: String) {
        self.runtime = runtime
        self.tracker = tracker
        self.tenants = tenants
        self.installations = InstallationStore(db: tenants.db)
        self.connections = ConnectionStore(tenants: tenants)
        self.redirectURI = redirectURI
    }

    /// Installs `reference` in `tenant`: resolves it, loads (and so verifies) the package, records the choice.
    public func install(tenant: UUID, reference: ConnectorReference) async throws -> Installation {
        let resolution = try await tracker.current(reference)
        let loaded = try await runtime.loader.load(resolution)
        return try await installations.create(tenant: tenant, reference: reference, loaded: loaded)
    }

    /// The connector an installation runs now: the tracked choice for ranges (recording a newly
    /// picked-up version on the row), the recorded version for exact pins.
    public func connector(for installation: Installation, tenant: UUID) async throws -> LoadedConnector {
        guard let reference = installation.reference else {
            throw RuntimeError.invalidReference("installation \(installation.id) has an unreadable range \(installation.range)")
        }
        if reference.isExactPin {
            return try await runtime.loader.load(
                Resolution(
                    name: installation.connector, version: installation.version, digest: installation.digest, keyID: installation.keyID,
                    signature: nil))
        }
        let resolution = try await tracker.current(reference)
        let loaded = try await runtime.loader.load(resolution)
        if loaded.digest != installation.digest { try await installations.update(tenant: tenant, id: installation.id, to: loaded) }
        return loaded
    }

    /// What starting a connection gave.
    public struct Started: Sendable {
        public var connection: ConnectionRecord
        /// For the authorization-code grant: where to send the user.
        public var authorizeURL: String?
    }

    /// Starts a connection of `installationID` with the integrator's `fields`. For OAuth2's
    /// authorization-code grant the result carries the provider's authorize URL and the connection
    /// stays `pending` until `/oauth/callback`; client credentials fetch a token at once; keys and
    /// basic credentials are stored as they are.
    public func connect(tenant: UUID, installationID: UUID, name: String, fields: JSONValue) async throws -> Started {
        guard let installation = try await installations.get(tenant: tenant, id: installationID) else {
            throw RuntimeError.notFound("no installation \(installationID.uuidString.lowercased()) in this tenant")
        }
        let loaded = try await connector(for: installation, tenant: tenant)
        let checked = try ConnectionFields.check(loaded.connector, fields)
        let auth = loaded.connector.manifest.auth
        if auth.type == "oauth2" && (auth.grant ?? "authorization_code") == "authorization_code" {
            let (url, pending) = try AuthorizationFlow.begin(
                loaded.connector, fields: checked, redirectURI: redirectURI, now: runtime.tokens.now())
            let record = try await connections.create(
                tenant: tenant, installation: installationID, name: name, secrets: ConnectionSecrets(fields: checked, pending: pending))
            return Started(connection: record, authorizeURL: url)
        }
        var record = try await connections.create(
            tenant: tenant, installation: installationID, name: name, secrets: ConnectionSecrets(fields: checked))
        if auth.type == "oauth2" {
            do {
                _ = try await runtime.tokens.accessToken(
                    loaded.connector, store: connections.credentials(tenant: tenant, connection: record.id))
            } catch {
                try await connections.setLastError(tenant: tenant, id: record.id, error.message)
                record.lastError = error.message
            }
        }
        return Started(connection: record, authorizeURL: nil)
    }

    /// Completes an authorization from the provider's callback parameters; returns the connection.
    public func completeCallback(query: [QueryItem]) async throws -> (tenant: UUID, connection: ConnectionRecord) {
        guard let state = query.first(where: { $0.name == "state" })?.value, let found = try await connections.pending(state: state) else {
            throw RuntimeError.oauthFailed(
                "no authorization is waiting for this state; it was completed already, expired, or never started")
        }
        guard let record = try await connections.get(tenant: found.tenant, id: found.connection),
            let installation = try await installations.get(tenant: found.tenant, id: record.installationID)
        else { throw RuntimeError.notFound("the connection of this authorization no longer exists") }
        let loaded = try await connector(for: installation, tenant: found.tenant)
        let store = connections.credentials(tenant: found.tenant, connection: found.connection)
        do {
            try await runtime.tokens.completeAuthorization(loaded.connector, store: store, query: query)
        } catch {
            try await connections.setLastError(tenant: found.tenant, id: found.connection, error.message)
            throw error
        }
        try await connections.setLastError(tenant: found.tenant, id: found.connection, nil)
        guard let done = try await connections.get(tenant: found.tenant, id: found.connection) else {
            throw RuntimeError.notFound("the connection of this authorization no longer exists")
        }
        return (found.tenant, done)
    }

    /// Runs `operation` with `input` on a connection of `tenant`.
    public func invoke(tenant: UUID, connectionID: UUID, operation: String, input: JSONValue) async throws -> JSONValue {
        guard let record = try await connections.get(tenant: tenant, id: connectionID) else {
            throw RuntimeError.notFound("no connection \(connectionID.uuidString.lowercased()) in this tenant")
        }
        guard let installation = try await installations.get(tenant: tenant, id: record.installationID) else {
            throw RuntimeError.notFound("the connection's installation no longer exists")
        }
        let loaded = try await connector(for: installation, tenant: tenant)
        return try await runtime.invoke(
            loaded.connector, operation: operation, input: input, store: connections.credentials(tenant: tenant, connection: connectionID))
    }
}

extension Error {
    /// A message fit for an API answer: runtime and operation errors say what failed; anything else
    /// is summarised without internals.
    var message: String {
        if let e = self as? RuntimeError { return e.message }
        if let e = self as? OperationError { return e.description }
        return "internal error"
    }
}
