import Dataway

/// A template that does not compile, names something not in scope, or fails when evaluated.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    private enum Kind: Sendable {
        case syntax
        case unknownName
        case evaluation
    }

    private let kind: Kind
    /// A stable code: `template_syntax`, `template_unknown_name` or `template_failed`.
    public var code: String {
        switch kind {
        case .syntax: return "template_syntax"
        case .unknownName: return "template_unknown_name"
        case .evaluation: return "template_failed"
        }
    }
    /// The template's source.
    public let source: String
    /// What went wrong.
    public let message: String
    /// A suggestion, when there is one.
    public let hint: String?

    static func syntax(source: String, error: CompileError) -> TemplateError {
        TemplateError(
            kind: .syntax, source: source, message: "template \"\(source)\" does not compile: \(error.message) (column \(error.column))",
            hint: nil)
    }

    static func syntax(source: String, message: String) -> TemplateError {
        TemplateError(kind: .syntax, source: source, message: "template \"\(source)\" does not compile: \(message)", hint: nil)
    }

    static func unknownName(_ name: String, source: String, available: [String]) -> TemplateError {
        TemplateError(
            kind: .unknownName, source: source, message: "template \"\(source)\" uses unknown name '\(name)'",
            hint: "templates here can use: \(available.joined(separator: ", "))")
    }

    static func evaluation(source: String, error: DatawayError) -> TemplateError {
        let detail: String
        switch error {
        case .runtime(let r): detail = r.message.isEmpty ? r.type : "\(r.type): \(r.message)"
        default: detail = error.description
        }
        return TemplateError(kind: .evaluation, source: source, message: "template \"\(source)\" failed: \(detail)", hint: nil)
    }

    public var description: String { hint.map { "\(message) (\($0))" } ?? message }
}
