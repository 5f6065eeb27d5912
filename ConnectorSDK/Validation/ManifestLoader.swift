import Foundation

/// What checking a package found: the compiled connector when there were no problems.
public struct ValidationReport: Sendable {
    /// The compiled connector; nil when there are problems.
    public var connector: CompiledConnector?
    /// The manifest, when it could be read (even with problems).
    public var manifest: Manifest?
    /// The manifest as written (YAML read as JSON), when it parsed.
    public var document: JSONValue? = nil
    /// Every problem found, in file then position order.
    public var problems: [Problem]

    /// True when there are no problems.
    public var isValid: Bool { problems.isEmpty }
}

/// Reads and checks a connector package: the manifest's YAML, its schema, and everything it refers to.
public enum ConnectorValidator {
    /// Checks `files` and reports every problem at once.
    public static func validate(_ files: PackageFiles, options: ValidationOptions = ValidationOptions()) -> ValidationReport {
        let file = PackageFiles.manifestPath
        guard let bytes = files[file] else {
            let other = files.paths.first { $0.lowercased().hasSuffix(".yaml") || $0.lowercased().hasSuffix(".yml") }
            return ValidationReport(
                connector: nil, manifest: nil,
                problems: [
                    Problem(
                        code: "missing_manifest", file: file, message: "the package has no connector.yaml at its root",
                        hint: other.map { "found \($0); the manifest must be named connector.yaml" }
                            ?? "run junction connector init to start one")
                ])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return ValidationReport(
                connector: nil, manifest: nil,
                problems: [Problem(code: "yaml_encoding", file: file, message: "connector.yaml is not UTF-8 text")])
        }
        let document: YAMLDocument
        do {
            document = try YAMLDocument.parse(text, file: file)
        } catch {
            return ValidationReport(connector: nil, manifest: nil, problems: error.problems)
        }
        var collector = ProblemCollector(file: file, document: document)
        let violations = checkStructure(document.value, into: &collector)
        let decodable = ManifestRepair.repaired(document.value, violations: violations, schema: ManifestSchema.value)
        let manifest: Manifest
        do {
            let data = Data(decodable.jsonText().utf8)
            let decoder = JSONDecoder()
            manifest = try decoder.decode(Manifest.self, from: data)
        } catch {
            if collector.problems.isEmpty { collector.add("invalid_manifest", at: "", "the manifest cannot be read: \(error)") }
            return ValidationReport(connector: nil, manifest: nil, document: document.value, problems: sorted(collector.problems))
        }
        var compiler = ConnectorCompiler(manifest: manifest, files: files, document: document, options: options)
        let connector = compiler.compile()
        let problems = sorted(collector.problems + compiler.problems.problems)
        return ValidationReport(
            connector: problems.isEmpty ? connector : nil, manifest: manifest, document: document.value, problems: problems)
    }

    /// Checks and compiles `files`, throwing every problem when there is one.
    public static func load(_ files: PackageFiles, options: ValidationOptions = ValidationOptions()) throws(ProblemList)
        -> CompiledConnector
    {
        let report = validate(files, options: options)
        guard let connector = report.connector else { throw ProblemList(report.problems) }
        return connector
    }

    /// The manifest's structure against `connector.schema.json`, with "did you mean" for unknown keys.
    @discardableResult
    static func checkStructure(_ value: JSONValue, into collector: inout ProblemCollector) -> [SchemaViolation] {
        guard let schema = ManifestSchema.compiled else {
            collector.add("internal", at: "", "the manifest schema shipped with the SDK does not compile")
            return []
        }
        let violations = schema.validate(value)
        for v in violations {
            let path = v.instancePath.dottedPath
            switch v.keyword {
            case "additionalProperties":
                let hint =
                    v.suggestion.map { "did you mean \"\($0)\"?" }
                    ?? v.allowedProperties.map { "allowed here: \($0.sorted().joined(separator: ", "))" }
                collector.add("unknown_key", at: path, "unknown key \"\(v.property ?? path)\"", hint: hint)
            case "required":
                collector.add("missing_key", at: path, v.message)
            case "pattern" where path == "name":
                collector.add(
                    "invalid_name", at: path, "\"\(value["name"]?.stringValue ?? "")\" is not a valid connector name",
                    hint: "write vendor/connector in lowercase letters, digits and hyphens")
            case "propertyNames":
                collector.add("invalid_key", at: path, v.message, hint: "names use lowercase letters, digits and underscores")
            default:
                collector.add("schema_\(v.keyword)", at: path, v.message)
            }
        }
        return violations
    }

    static func sorted(_ problems: [Problem]) -> [Problem] {
        problems.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file == PackageFiles.manifestPath || (y.file != PackageFiles.manifestPath && x.file < y.file) }
            let lx = x.location.map { ($0.line, $0.column) } ?? (Int.max, 0)
            let ly = y.location.map { ($0.line, $0.column) } ?? (Int.max, 0)
            if lx != ly { return lx < ly }
            return a.offset < b.offset
        }.map(\.element)
    }
}
