extension JSONValue {
    /// A copy with the value at `path` replaced (objects on the way are created; out-of-range indexes ignored).
    public func setting(_ path: [PathComponent], to newValue: JSONValue) -> JSONValue {
        guard let first = path.first else { return newValue }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case (.object(var o), .key(let k)):
            o[k] = (o[k] ?? .object([:])).setting(rest, to: newValue)
            return .object(o)
        case (.array(var a), .index(let i)) where i >= 0 && i < a.count:
            a[i] = a[i].setting(rest, to: newValue)
            return .array(a)
        case (_, .key(let k)):
            return JSONValue.object([k: JSONValue.object([:]).setting(rest, to: newValue)])
        default:
            return self
        }
    }
}
