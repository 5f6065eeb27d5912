/// A place in a source file: 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// One thing wrong with a connector package, located as precisely as the check allows.
public struct Problem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A stable identifier of the rule that failed (`unknown_key`, `template_unknown_name`, …).
    public var code: String
    /// The file inside the package (`connector.yaml`, `adapters/list.py`, `tests/list.yaml`).
    public var file: String
    /// Where inside the file's document (`operations.list_contacts.request.path`); empty for the root.
    public var path: String
    /// The line and column in the file, when known.
    public var location: SourceLocation?
    /// What is wrong.
    public var message: String
    /// How to fix it, when there is a useful suggestion.
    public var hint: String?

    public init(code: String, file: String, path: String = "", location: SourceLocation? = nil, message: String, hint: String? = nil) {
        self.code = code
        self.file = file
        self.path = path
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `connector.yaml:12:7: operations.list.request.path: message (hint)`.
    public var description: String {
        var s = file
        if let location { s += ":\(location.line):\(location.column)" }
        s += ": "
        if !path.isEmpty { s += "\(path): " }
        s += message
        if let hint { s += " (\(hint))" }
        return s
    }
}

/// Collects problems while a check walks a package.
struct ProblemCollector {
    var problems: [Problem] = []
    let file: String
    let document: YAMLDocument?

    init(file: String, document: YAMLDocument?) {
        self.file = file
        self.document = document
    }

    mutating func add(_ code: String, at path: String, _ message: String, hint: String? = nil) {
        problems.append(
            Problem(code: code, file: file, path: path, location: document?.location(of: path), message: message, hint: hint))
    }
}
