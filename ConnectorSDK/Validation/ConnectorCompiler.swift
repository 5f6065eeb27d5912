import Dataway

/// Options of a check.
public struct ValidationOptions: Sendable {
    /// Allows plain `http://` URLs for localhost (local development and tests).
    public var allowHTTP: Bool

    public init(allowHTTP: Bool = false) { self.allowHTTP = allowHTTP }
}

/// Compiles a manifest into a `CompiledConnector`, collecting every problem on the way.
struct ConnectorCompiler {
    let manifest: Manifest
    let files: PackageFiles
    let options: ValidationOptions
    var problems: ProblemCollector

    init(manifest: Manifest, files: PackageFiles, document: YAMLDocument?, options: ValidationOptions) {
        self.manifest = manifest
        self.files = files
        self.options = options
        problems = ProblemCollector(file: PackageFiles.manifestPath, document: document)
    }

    mutating func compile() -> CompiledConnector? {
        checkIdentity()
        checkConnectionFields()
        let baseURL = template(manifest.baseUrl, at: "base_url", names: CompiledConnector.requestNames)
        checkURL(manifest.baseUrl, at: "base_url")
        let auth = checkAuth()
        var operations: [String: CompiledOperation] = [:]
        for key in manifest.operations.keys.sorted() {
            if let op = manifest.operations[key], let compiled = compileOperation(key, op) { operations[key] = compiled }
        }
        checkTriggers()
        guard problems.problems.isEmpty, let baseURL else { return nil }
        return CompiledConnector(manifest: manifest, baseURL: baseURL, operations: operations, auth: auth)
    }

    // MARK: - Pieces

    mutating func template(_ source: String, at path: String, names: [String]) -> Template? {
        do {
            return try Template(source, names: names)
        } catch {
            problems.add(error.code, at: path, error.message, hint: error.hint)
            return nil
        }
    }

    mutating func valuePath(_ text: String?, at path: String) -> ValuePath? {
        guard let text else { return nil }
        guard let p = ValuePath(text) else {
            problems.add("invalid_path", at: path, "\"\(text)\" is not a valid value path", hint: "write it as data.items or results[0].id")
            return nil
        }
        return p
    }

    mutating func schema(_ value: JSONValue?, at path: String) -> JSONSchema? {
        guard let value else { return nil }
        do {
            return try JSONSchema(value)
        } catch {
            for p in error.problems {
                let tokens = p.pathComponents
                let inner = tokens.isEmpty ? path : "\(path).\(tokens.dottedPath)"
                problems.add("invalid_schema", at: inner, "not a valid JSON Schema: \(p.message)")
            }
            return nil
        }
    }

    /// Compiles an adapter script; problems point into the script file itself.
    mutating func script(_ file: String?, at path: String) -> Script? {
        guard let file else { return nil }
        guard let text = files.text(file) else {
            let known = files.paths.filter { $0.hasPrefix("adapters/") }
            problems.add(
                "missing_file", at: path, files[file] == nil ? "script \(file) is not in the package" : "script \(file) is not UTF-8 text",
                hint: closestMatch(file, in: known).map { "did you mean \($0)?" })
            return nil
        }
        do {
            let s = try Script.compile(text, mode: .code)
            if !s.hasEntryPoint {
                problems.problems.append(
                    Problem(
                        code: "script_no_entry", file: file, location: SourceLocation(line: 1, column: 1),
                        message: "\(file) does not define dw_process(msg)", hint: "adapters are called through def dw_process(msg):"))
                return nil
            }
            return s
        } catch {
            problems.problems.append(
                Problem(
                    code: "script_compile", file: file, location: SourceLocation(line: error.line, column: error.column),
                    message: "\(error.message)", hint: error.sourceLine.isEmpty ? nil : "in: \(error.sourceLine)"))
            return nil
        }
    }

    func fieldNames() -> [String] { (manifest.connection?.fields ?? [:]).keys.sorted() }

    mutating func requireField(_ name: String?, at path: String, what: String) {
        guard let name else {
            problems.add("missing_key", at: path, "\(what) must name a connection field")
            return
        }
        if manifest.connection?.fields?[name] == nil {
            problems.add(
                "unknown_field", at: path, "\(what) names connection field \"\(name)\", which connection.fields does not define",
                hint: closestMatch(name, in: fieldNames()).map { "did you mean \"\($0)\"?" } ?? "add it under connection.fields")
        }
    }
}
