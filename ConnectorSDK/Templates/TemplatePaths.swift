import Dataway

/// A fast path for the commonest templates: text and `${name.key.key}` paths only
/// (`/repos/${input.owner}/${input.repo}`). They are answered by looking the keys up in the scope,
/// without starting the interpreter; anything the lookup cannot answer exactly as Dataway would (a
/// missing key, a value that is not a string or an integer inside text) falls back to the script.
struct TemplatePaths: Sendable {
    enum Segment: Sendable {
        case text(String)
        case path([String])
    }
    let segments: [Segment]

    /// Names a path may not use: attribute access on a dict would find the method, not the key.
    static let dictMethods: Set<String> = [
        "get", "items", "keys", "values", "pop", "popitem", "update", "copy", "setdefault", "clear", "fromkeys",
    ]

    /// The segments of `source`, or nil when some `${…}` is not a plain dotted path over `names`.
    init?(_ source: String, names: [String]) {
        var segments: [Segment] = []
        var rest = Substring(source)
        while let open = rest.range(of: "${") {
            if open.lowerBound > rest.startIndex, rest[rest.index(before: open.lowerBound)] == "$" { return nil }
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { return nil }
            if open.lowerBound > rest.startIndex { segments.append(.text(String(rest[..<open.lowerBound]))) }
            let parts = rest[open.upperBound..<close].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, names.contains(parts[0]),
                parts.allSatisfy({ p in
                    guard let f = p.unicodeScalars.first, f == "_" || (f.isASCII && f.properties.isAlphabetic) else { return false }
                    return p.unicodeScalars.allSatisfy {
                        $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
                    }
                }), !parts.dropFirst().contains(where: Self.dictMethods.contains)
            else { return nil }
            segments.append(.path(parts))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        self.segments = segments
    }

    /// The value of a lone `${path}`, or nil to fall back to the interpreter.
    func value(_ scope: [String: DatawayValue]) -> DatawayValue? {
        guard segments.count == 1, case .path(let p) = segments[0] else { return nil }
        return Self.lookup(p, scope)
    }

    /// The text of a template of text and paths, or nil to fall back to the interpreter.
    func text(_ scope: [String: DatawayValue]) -> String? {
        var out = ""
        for s in segments {
            switch s {
            case .text(let t): out += t
            case .path(let p):
                switch Self.lookup(p, scope) {
                case .string(let v)?: out += v
                case .int(let i)?: out += String(i)
                default: return nil
                }
            }
        }
        return out
    }

    static func lookup(_ path: [String], _ scope: [String: DatawayValue]) -> DatawayValue? {
        guard var current = scope[path[0]] else { return nil }
        for key in path.dropFirst() {
            guard case .dict(let fields) = current, let f = fields.first(where: { $0.key == key }) else { return nil }
            current = f.value
        }
        return current
    }
}
