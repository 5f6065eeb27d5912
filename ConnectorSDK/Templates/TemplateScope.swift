import Dataway

/// What request templates read: the run's `input`, `connection` and `vars`, kept as JSON.
///
/// Plain `${name.key}` paths are looked up in the JSON directly. The interpreter needs Dataway values:
/// those are converted once, the first time a template needs them, and reused for the rest of the request.
struct TemplateScope: Sendable {
    let input: JSONValue
    let connection: JSONValue
    let vars: JSONValue
    private var converted: [String: DatawayValue]?

    init(input: JSONValue, connection: JSONValue, vars: JSONValue) {
        self.input = input
        self.connection = connection
        self.vars = vars
    }

    /// The value of a top-level name, or nil for a name templates cannot read.
    func root(_ name: String) -> JSONValue? {
        switch name {
        case "input": return input
        case "connection": return connection
        case "vars": return vars
        default: return nil
        }
    }

    /// The names as the interpreter sees them (converted on first use).
    mutating func dataway() -> [String: DatawayValue] {
        if let converted { return converted }
        let names = ["input": input.dataway, "connection": connection.dataway, "vars": vars.dataway]
        converted = names
        return names
    }
}
