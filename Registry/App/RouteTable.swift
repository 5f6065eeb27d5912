import Hummingbird

/// One route the registry serves, as the OpenAPI document names it (`/v1/connectors/{vendor}/{name}`).
public struct RouteSpec: Sendable, Hashable {
    public var method: String
    public var path: String
}

/// Registers routes on the router and remembers them, so a test can hold them against `/openapi.yaml`.
/// Without a router it only lists them (middleware that needs the list must exist before any route).
struct RouteTable {
    let router: Router<RegistryRequestContext>?
    private(set) var specs: [RouteSpec] = []

    init(router: Router<RegistryRequestContext>?) { self.router = router }

    typealias Handler = @Sendable (Request, RegistryRequestContext) async throws -> Response

    /// `path` in OpenAPI form; Hummingbird's form (`:vendor`) is derived from it.
    mutating func add(_ method: HTTPRequest.Method, _ path: String, _ handler: @escaping Handler) {
        specs.append(RouteSpec(method: method.rawValue, path: path))
        let hbPath = path.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : String(part)
        }.joined(separator: "/")
        router?.on(RouterPath(hbPath), method: method, use: handler)
    }
}
