import Dataway

/// A connector ready to run: its manifest with every template, script and schema compiled once.
/// Immutable and `Sendable`: the runtime keeps one per package digest and shares it between runs.
///
/// A class: every field is immutable, so sharing one instance is the same as copying it, and an
/// operation run holds it with one reference count instead of one per field.
public final class CompiledConnector: Sendable {
    // What every request reads comes first, so it shares the object's first cache lines; the manifest,
    // large and read rarely, comes last.
    /// The operations as a list when there are few (comparing a few keys costs less than hashing one).
    private let fewOperations: [CompiledOperation]?
    /// `base_url` parsed once, when it has no template expressions.
    let literalBase: URLParts?
    /// The manifest's `hosts`, read once.
    let hosts: [HostPattern]
    /// Where each request's credential comes from and goes.
    let credentials: CredentialPlan
    let auth: CompiledAuth
    let baseURL: Template
    let operations: [String: CompiledOperation]
    public let manifest: Manifest
    /// Names every request template can use.
    public static let requestNames = ["input", "connection", "vars"]
    /// Names an `auth.apply.format` template can use.
    public static let credentialNames = ["credential", "connection"]

    init(manifest: Manifest, baseURL: Template, operations: [String: CompiledOperation], auth: CompiledAuth) {
        self.manifest = manifest
        self.baseURL = baseURL
        self.operations = operations
        self.auth = auth
        hosts = HostPattern.parse(manifest.hosts)
        credentials = CredentialPlan(manifest.auth)
        fewOperations = operations.count <= 16 ? Array(operations.values) : nil
        literalBase = baseURL.isLiteral ? URLParts(baseURL.source.replacingOccurrences(of: "$${", with: "${")) : nil
    }

    /// The compiled operation `key`.
    func operation(_ key: String) -> CompiledOperation? {
        guard let few = fewOperations else { return operations[key] }
        for op in few where op.key == key { return op }
        return nil
    }

    /// Connection fields scripts never see: those declared `secret: true` and those auth reads
    /// credentials from (`field`, `password_field`, `client_secret_field`).
    public var secretFields: Set<String> {
        var out = Set((manifest.connection?.fields ?? [:]).filter { $0.value.secret == true }.map(\.key))
        let auth = manifest.auth
        switch auth.type {
        case "api_key", "bearer": out.insert(auth.field ?? "api_key")
        case "basic": out.insert(auth.passwordField ?? "password")
        case "oauth2": out.insert(auth.clientSecretField ?? "client_secret")
        default: break
        }
        return out
    }

    /// The operation keys, sorted.
    public var operationKeys: [String] { operations.keys.sorted() }
}

/// The auth section's templates, compiled (all over `connection`; `credentialFormat` also over `credential`).
struct CompiledAuth: Sendable {
    var credentialFormat: Template?
    var authorizeURL: Template?
    var tokenURL: Template?
    var refreshURL: Template?
    var authorizeParams: [(String, Template)] = []
    var tokenParams: [(String, Template)] = []
}

/// One operation, compiled.
/// One operation, compiled. Immutable (a class so that a run shares it instead of copying every
/// field).
final class CompiledOperation: Sendable {
    // In the order a run reads them; the manifest's operation, large and read rarely, comes last.
    let key: String
    /// Whether the operation pages (`paginate` is set).
    let isPaged: Bool
    /// The statuses `retry` names (429 is retried whatever they are).
    let retryStatuses: [Int]
    let inputSchema: JSONSchema?
    let method: String
    let path: Template?
    let query: [(String, Template)]
    let headers: [(String, Template)]
    let body: CompiledBody?
    let requestScript: Script?
    let responseScript: Script?
    let select: ValuePath?
    let outputSchema: JSONSchema?
    let items: ValuePath?
    let cursorPath: ValuePath?
    let cursorFromLastItem: ValuePath?
    let hasMorePath: ValuePath?
    let spec: Operation

    init(
        key: String, spec: Operation, method: String, path: Template?, query: [(String, Template)], headers: [(String, Template)],
        body: CompiledBody?, requestScript: Script?, responseScript: Script?, select: ValuePath?, items: ValuePath?,
        cursorPath: ValuePath?, cursorFromLastItem: ValuePath?, hasMorePath: ValuePath?, inputSchema: JSONSchema?,
        outputSchema: JSONSchema?
    ) {
        self.key = key
        self.spec = spec
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.requestScript = requestScript
        self.responseScript = responseScript
        self.select = select
        self.items = items
        self.cursorPath = cursorPath
        self.cursorFromLastItem = cursorFromLastItem
        self.hasMorePath = hasMorePath
        self.inputSchema = inputSchema
        self.outputSchema = outputSchema
        isPaged = spec.paginate != nil
        retryStatuses = spec.retry?.statuses ?? []
    }
}

/// A request body whose strings are templates.
indirect enum CompiledBody: Sendable {
    case template(Template)
    case value(JSONValue)
    case array([CompiledBody])
    case object([(String, CompiledBody)])

    func evaluate(_ scope: inout TemplateScope) throws(TemplateError) -> JSONValue? {
        switch self {
        case .value(let v): return v
        case .template(let t):
            let v = try t.evaluate(&scope)
            if case .null = v, !t.isLiteral { return nil }
            return JSONValue(dataway: v)
        case .array(let items):
            var out: [JSONValue] = []
            for i in items { out.append(try i.evaluate(&scope) ?? .null) }
            return .array(out)
        case .object(let members):
            var out = JSONValue.object([:])
            if case .object(var o) = out {
                for (k, m) in members {
                    if let v = try m.evaluate(&scope) { o[k] = v }
                }
                out = .object(o)
            }
            return out
        }
    }
}
