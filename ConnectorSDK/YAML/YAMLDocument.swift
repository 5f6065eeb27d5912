import OrderedCollections
import Yams

/// A YAML document read as JSON, with the source location of every key and value.
public struct YAMLDocument: Sendable {
    /// The document's content.
    public var value: JSONValue
    /// Locations by document path (`operations.list.request`, `hosts[1]`); the root is `""`.
    var locations: [String: SourceLocation]

    /// The location of `path`, or of its nearest ancestor that has one.
    public func location(of path: String) -> SourceLocation? {
        var p = Substring(path)
        while true {
            if let l = locations[String(p)] { return l }
            if p.isEmpty { return nil }
            if let i = p.lastIndex(where: { $0 == "." || $0 == "[" }) {
                p = p[..<i]
            } else {
                p = ""
            }
        }
    }

    /// Largest document accepted, in nodes: aliases can make a small file expand enormously.
    static let maxNodes = 200_000
    /// Deepest nesting accepted.
    static let maxDepth = 64

    /// Parses `text`. A syntax error becomes one problem with the position the YAML parser reports.
    public static func parse(_ text: String, file: String) throws(ProblemList) -> YAMLDocument {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ProblemList([syntaxProblem(error, file: file)])
        } catch {
            throw ProblemList([Problem(code: "yaml_syntax", file: file, message: "not valid YAML: \(error)")])
        }
        guard let node else {
            throw ProblemList([
                Problem(code: "yaml_empty", file: file, location: SourceLocation(line: 1, column: 1), message: "the file is empty")
            ])
        }
        var builder = Builder(file: file)
        let value = try builder.convert(node, path: [], depth: 0)
        return YAMLDocument(value: value, locations: builder.locations)
    }

    private static func syntaxProblem(_ error: YamlError, file: String) -> Problem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Problem(
                code: "yaml_syntax", file: file, location: SourceLocation(line: mark.line, column: mark.column),
                message: "YAML syntax error: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Problem(
                code: "duplicate_key", file: file, location: SourceLocation(line: context.mark.line, column: context.mark.column),
                message: "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in a mapping",
                hint: "each key may appear once; remove or merge the repeats")
        case .reader(let problem, _, _, _):
            return Problem(code: "yaml_encoding", file: file, message: "the file cannot be read as UTF-8 YAML: \(problem)")
        default:
            return Problem(code: "yaml_syntax", file: file, message: "not valid YAML: \(error)")
        }
    }

    private struct Builder {
        let file: String
        var locations: [String: SourceLocation] = [:]
        var nodes = 0

        init(file: String) { self.file = file }

        mutating func convert(_ node: Node, path components: [PathComponent], depth: Int) throws(ProblemList) -> JSONValue {
            let path = components.dottedPath
            nodes += 1
            let here = node.mark.map { SourceLocation(line: $0.line, column: $0.column) }
            if nodes > YAMLDocument.maxNodes || depth > YAMLDocument.maxDepth {
                throw ProblemList([
                    Problem(
                        code: "yaml_too_large", file: file, path: path, location: here,
                        message:
                            "the document is too large or too deeply nested (at most \(YAMLDocument.maxNodes) nodes, depth \(YAMLDocument.maxDepth))"
                    )
                ])
            }
            if let here, locations[path] == nil { locations[path] = here }
            switch node {
            case .scalar(let scalar):
                return Self.scalarValue(scalar, tag: node.tag)
            case .sequence(let seq):
                var out: [JSONValue] = []
                out.reserveCapacity(seq.count)
                for (i, child) in seq.enumerated() {
                    out.append(try convert(child, path: components + [.index(i)], depth: depth + 1))
                }
                return .array(out)
            case .mapping(let map):
                var out = OrderedDictionary<String, JSONValue>()
                for (k, v) in map {
                    guard case .scalar(let ks) = k else {
                        throw ProblemList([
                            Problem(
                                code: "yaml_complex_key", file: file, path: path,
                                location: k.mark.map { SourceLocation(line: $0.line, column: $0.column) },
                                message: "mapping keys must be plain strings")
                        ])
                    }
                    let key = ks.string
                    let childPath = components + [.key(key)]
                    if let m = k.mark { locations[childPath.dottedPath] = SourceLocation(line: m.line, column: m.column) }
                    out[key] = try convert(v, path: childPath, depth: depth + 1)
                }
                return .object(out)
            case .alias:
                throw ProblemList([
                    Problem(code: "yaml_alias", file: file, path: path, location: here, message: "YAML aliases are not supported here")
                ])
            }
        }

        static func scalarValue(_ scalar: Node.Scalar, tag: Tag) -> JSONValue {
            if scalar.style != .plain && scalar.style != .any { return .string(scalar.string) }
            let node = Node.scalar(scalar)
            switch Tag.Name(rawValue: tag.rawValue) {
            case .null: return .null
            case .bool: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
            case .int: return node.int.map(JSONValue.integer) ?? .string(scalar.string)
            case .float: return node.float.map(JSONValue.number) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        }
    }
}
