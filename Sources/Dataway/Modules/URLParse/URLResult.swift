/// `ParseResult` / `SplitResult`: named tuples of str with `hostname`, `port`, `username`,
/// `password`, `geturl()` and `_replace()`.
final class PyURLResult: PyNativeObject {
    let parts: [String]
    let isSplit: Bool
    static let parseFields = ["scheme", "netloc", "path", "params", "query", "fragment"]
    static let splitFields = ["scheme", "netloc", "path", "query", "fragment"]

    init(_ parts: [String], split: Bool) {
        self.parts = parts
        self.isSplit = split
        super.init()
    }

    var fields: [String] { isSplit ? PyURLResult.splitFields : PyURLResult.parseFields }
    var tuple: Value { .tuple(parts.map { .str($0) }) }
    var netloc: String { parts[1] }

    override var nativeType: PyType { isSplit ? URLLibModule.splitResultType : URLLibModule.parseResultType }

    override func repr() -> String {
        "\(nativeType.name)(" + zip(fields, parts).map { "\($0)=\(strRepr($1))" }.joined(separator: ", ") + ")"
    }

    override func equals(_ other: Value) -> Bool? { valuesEqual(tuple, other.asNative.flatMap { ($0 as? PyURLResult)?.tuple } ?? other) }
    override func keyHash() throws -> Int? { try hashKey(tuple) }
    override func pythonHashValue() throws -> Int? { try pythonHash(tuple) }
    override func sequenceLength() throws -> Int? { parts.count }
    override func getItem(_ vm: VM, _ key: Value) throws -> Value? { try vm.getItem(tuple, key) }
    override func iterate(_ vm: VM) throws -> [Value]? { parts.map { .str($0) } }
    override func compare(_ other: Value, reflected: Bool) throws -> Int? { nil }

    /// (hostname, port) text from the netloc, as `_hostinfo`.
    var hostInfo: (String, String?) {
        let hostinfo = URLSplit.rsplit1(netloc, "@")?.1 ?? netloc
        var host: String
        var port: String
        if let (_, bracketed) = URLSplit.split1(hostinfo, "[") {
            let (h, rest) = URLSplit.split1(bracketed, "]") ?? (bracketed, "")
            host = h
            port = URLSplit.split1(rest, ":")?.1 ?? ""
        } else {
            (host, port) = URLSplit.split1(hostinfo, ":") ?? (hostinfo, "")
        }
        return (host, port.isEmpty ? nil : port)
    }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        if let i = fields.firstIndex(of: name) { return .str(parts[i]) }
        switch name {
        case "hostname":
            let h = hostInfo.0
            if h.isEmpty { return Value.none }
            if let (a, b) = URLSplit.split1(h, "%") { return .str(a.lowercased() + "%" + b) }
            return .str(h.lowercased())
        case "port":
            guard let p = hostInfo.1 else { return Value.none }
            guard p.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.numericType == .decimal }), let n = Int(p) else {
                throw PyException.make(.valueError, "Port could not be cast to integer value as \(strRepr(p))")
            }
            if !(0...65535).contains(n) { throw PyException.make(.valueError, "Port out of range 0-65535") }
            return .int(n)
        case "username", "password":
            guard let (userinfo, _) = URLSplit.rsplit1(netloc, "@") else { return Value.none }
            if let (u, p) = URLSplit.split1(userinfo, ":") { return .str(name == "username" ? u : p) }
            return name == "username" ? .str(userinfo) : Value.none
        default: return nil
        }
    }

    override func method(_ name: String) -> MethodFn? {
        switch name {
        case "geturl":
            return nativeMethod(PyURLResult.self) { _, r, a in
                try noArgs(a, "geturl")
                return .str(r.isSplit ? URLSplit.unsplit(r.parts) : URLSplit.unparse(r.parts))
            }
        case "_replace":
            return nativeMethod(PyURLResult.self) { _, r, a in
                if a.count > 0 {
                    throw PyException.make(.typeError, "_replace() takes 1 positional argument but \(a.count + 1) were given")
                }
                var p = r.parts
                for (k, n) in a.keywordNames.enumerated() {
                    guard let i = r.fields.firstIndex(of: n) else {
                        throw PyException.make(.valueError, "Got unexpected field names: [\(strRepr(n))]")
                    }
                    p[i] = try URLLibModule.text(a.values[a.count + k], "_replace")
                }
                return .object(PyURLResult(p, split: r.isSplit))
            }
        case "count", "index":
            return nativeMethod(PyURLResult.self) { vm, r, a in
                guard let m = tupleMethods[name] else { return Value.none }
                return try m.fn(vm, r.tuple, a)
            }
        default: return nil
        }
    }
}
