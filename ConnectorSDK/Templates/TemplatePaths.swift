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

    /// The path of a template that is one `${path}` and nothing else.
    private var lonePath: [String]? {
        guard segments.count == 1, case .path(let p) = segments[0] else { return nil }
        return p
    }

    /// The template's text with each path's piece from `piece`, or nil as soon as a piece is nil.
    private func text(_ piece: ([String]) -> String?) -> String? {
        var out = ""
        for s in segments {
            switch s {
            case .text(let t): out += t
            case .path(let p):
                guard let v = piece(p) else { return nil }
                out += v
            }
        }
        return out
    }

    /// The value of a lone `${path}`, or nil to fall back to the interpreter.
    func value(_ scope: [String: DatawayValue]) -> DatawayValue? {
        lonePath.flatMap { Self.lookup($0, scope) }
    }

    /// The text of a template of text and paths, or nil to fall back to the interpreter.
    func text(_ scope: [String: DatawayValue]) -> String? {
        text { p in
            switch Self.lookup(p, scope) {
            case .string(let v)?: v
            case .int(let i)?: String(i)
            default: nil
            }
        }
    }

    /// The value of a lone `${path}` over JSON request values, or nil to fall back to the interpreter.
    func value(_ scope: TemplateScope) -> JSONValue? {
        lonePath.flatMap { Self.lookup($0, scope) }
    }

    /// The text over JSON request values: the same pieces Dataway would give (strings and integers),
    /// or nil to fall back to the interpreter.
    func text(_ scope: TemplateScope) -> String? {
        text { p in
            switch Self.lookup(p, scope) {
            case .string(let v)?: v
            case .integer(let i)?: String(i)
            default: nil
            }
        }
    }

    static func lookup(_ path: [String], _ scope: TemplateScope) -> JSONValue? {
        guard var current = scope.root(path[0]) else { return nil }
        for key in path.dropFirst() {
            guard case .object(let members) = current, let v = members[key] else { return nil }
            current = v
        }
        return current
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
