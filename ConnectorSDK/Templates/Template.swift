import Dataway
import Foundation

/// A manifest template: Dataway text mode (`"/users/${input.id}"`).
///
/// A template that is exactly one `${expression}` keeps the expression's value and type, so a query
/// value that evaluates to `None` can be left out and a body field keeps its number or list.
public struct Template: Sendable {
    enum Form: Sendable {
        case literal(String)
        case expression(Script)
        case text(Script)
    }

    /// The source text as written.
    public let source: String
    let form: Form
    /// The interpreter-free reading of plain `${a.b}` templates.
    let paths: TemplatePaths?

    /// Compiles `source` with `names` in scope.
    public init(_ source: String, names: [String]) throws(TemplateError) {
        self.source = source
        if !source.contains("${") {
            form = .literal(source.replacingOccurrences(of: "$${", with: "${"))
            paths = nil
            return
        }
        paths = TemplatePaths(source, names: names)
        if let inner = Template.singleExpression(source), let script = try? Script.compile(inner, mode: .expression, names: names) {
            try Template.checkNames(script, source: source, names: names)
            form = .expression(script)
            return
        }
        do {
            let script = try Script.compile(source, mode: .text, names: names)
            try Template.checkNames(script, source: source, names: names)
            form = .text(script)
        } catch let error as TemplateError {
            throw error
        } catch let error as CompileError {
            throw TemplateError.syntax(source: source, error: error)
        } catch {
            throw TemplateError.syntax(source: source, message: "\(error)")
        }
    }

    /// Names the template reads that are not in scope.
    private static func checkNames(_ script: Script, source: String, names: [String]) throws(TemplateError) {
        if let unknown = script.unresolvedNames.first {
            throw TemplateError.unknownName(unknown, source: source, available: names)
        }
    }

    /// `${expr}` with nothing around it, or nil.
    static func singleExpression(_ source: String) -> String? {
        guard source.hasPrefix("${"), source.hasSuffix("}") else { return nil }
        let inner = source.dropFirst(2).dropLast()
        if inner.contains("${") { return nil }
        return String(inner)
    }

    /// Whether the template is constant text.
    public var isLiteral: Bool {
        if case .literal = form { return true }
        return false
    }

    /// Evaluates the template. Text templates give a string; single expressions their value.
    public func evaluate(_ scope: [String: DatawayValue], limits: Limits = .template) throws(TemplateError) -> DatawayValue {
        let script: Script
        switch form {
        case .literal(let s): return .string(s)
        case .expression(let s):
            if let v = paths?.value(scope) { return v }
            script = s
        case .text(let s):
            if let t = paths?.text(scope) { return .string(t) }
            script = s
        }
        switch script.evaluate(names: scope, limits: limits).result {
        case .success(let v): return v
        case .failure(let e): throw TemplateError.evaluation(source: source, error: e)
        }
    }

    /// Evaluates the template to text: `None` is empty, other values as `str()` gives them.
    public func render(_ scope: [String: DatawayValue], limits: Limits = .template) throws(TemplateError) -> String? {
        let v = try evaluate(scope, limits: limits)
        return v.templateText
    }

    /// Evaluates the template over request values kept as JSON: plain paths read the JSON, anything
    /// else runs the interpreter on the scope's converted values.
    func evaluate(_ scope: inout TemplateScope, limits: Limits = .template) throws(TemplateError) -> DatawayValue {
        switch form {
        case .literal(let s): return .string(s)
        case .expression: if let v = paths?.value(scope) { return v.dataway }
        case .text: if let t = paths?.text(scope) { return .string(t) }
        }
        return try evaluate(scope.dataway(), limits: limits)
    }

    /// `render` over request values kept as JSON (see `evaluate(_:limits:)`).
    func render(_ scope: inout TemplateScope, limits: Limits = .template) throws(TemplateError) -> String? {
        switch form {
        case .literal(let s): return s
        case .expression:
            switch paths?.value(scope) {
            case .string(let s)?: return s
            case .integer(let i)?: return String(i)
            case .null?: return nil
            case let v?: return v.dataway.templateText
            case nil: break
            }
        case .text: if let t = paths?.text(scope) { return t }
        }
        return try evaluate(scope.dataway(), limits: limits).templateText
    }
}

extension Limits {
    /// Limits for one template evaluation: small, since a template is one expression.
    public static let template = Limits(steps: 100_000, memory: 16 << 20, maxSize: 1 << 20, time: 1)
}

extension DatawayValue {
    /// The text a template puts in a URL, header or form: `nil` for None.
    var templateText: String? {
        switch self {
        case .null: return nil
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .bigInt(let b): return String(b)
        case .float(let d): return JSONValue.number(d).jsonText()
        case .bytes(let b): return String(decoding: b, as: UTF8.self)
        case .decimal(let d): return d.text
        case .dateTime(let t): return t.isoString
        default: return JSONValue(dataway: self).jsonText()
        }
    }
}
