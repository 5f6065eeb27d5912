/// A CSV dialect with CPython's `csv` defaults (the `excel` dialect) and validation.
struct CSVDialect {
    enum Quoting: Int { case minimal = 0, all = 1, nonnumeric = 2, none = 3 }

    var delimiter: Unicode.Scalar = ","
    var quotechar: Unicode.Scalar? = "\""
    var escapechar: Unicode.Scalar? = nil
    var doublequote = true
    var skipinitialspace = false
    var lineterminator = "\r\n"
    var quoting = Quoting.minimal
    var strict = false

    /// The registered dialect names (`csv.list_dialects()`).
    static let names = ["excel", "excel-tab", "unix"]

    static func named(_ name: String) throws -> CSVDialect {
        var d = CSVDialect()
        switch name {
        case "excel": break
        case "excel-tab": d.delimiter = "\t"
        case "unix":
            d.lineterminator = "\n"
            d.quoting = .all
        default: throw PyException.make(CSVModule.error, "unknown dialect")
        }
        return d
    }

    /// The dialect for `reader(f, dialect, **fmtparams)` / `writer(...)` arguments.
    static func from(_ a: Args, dialectIndex: Int) throws -> CSVDialect {
        var d = CSVDialect()
        if let v = a.argument(dialectIndex, "dialect"), !v.isNone {
            guard let s = v.asStr else { throw PyException.make(.typeError, "dialect must be a dialect name (str)") }
            d = try named(s.value)
        }
        func char(_ name: String, optional: Bool) throws -> Unicode.Scalar?? {
            guard let v = a.keyword(name) else { return .none }
            if v.isNone {
                if optional { return .some(nil) }
                throw PyException.make(.typeError, "\"\(name)\" must be a 1-character string")
            }
            guard let s = v.asStr else {
                throw PyException.make(.typeError, "\"\(name)\" must be string\(optional ? " or None" : ""), not \(typeName(v))")
            }
            guard s.count == 1, let c = s.value.unicodeScalars.first else {
                throw PyException.make(.typeError, "\"\(name)\" must be a 1-character string")
            }
            return .some(c)
        }
        if case .some(let c?) = try char("delimiter", optional: false) { d.delimiter = c }
        if case .some(let c) = try char("quotechar", optional: true) { d.quotechar = c }
        if case .some(let c) = try char("escapechar", optional: true) { d.escapechar = c }
        if let v = a.keyword("doublequote") { d.doublequote = try truthy(v) }
        if let v = a.keyword("skipinitialspace") { d.skipinitialspace = try truthy(v) }
        if let v = a.keyword("strict") { d.strict = try truthy(v) }
        if let v = a.keyword("lineterminator") {
            guard let s = v.asStr else { throw PyException.make(.typeError, "\"lineterminator\" must be a string") }
            d.lineterminator = s.value
        }
        if let v = a.keyword("quoting") {
            guard case .int(let q) = v, let quoting = Quoting(rawValue: q) else {
                throw PyException.make(.typeError, "bad \"quoting\" value")
            }
            d.quoting = quoting
        }
        if a.keyword("quoting") == nil, let q = a.keyword("quotechar"), q.isNone { d.quoting = .none }
        if d.quoting != .none && d.quotechar == nil {
            throw PyException.make(.typeError, "quotechar must be set if quoting enabled")
        }
        return d
    }

    /// The keyword arguments a dialect accepts.
    static let keywords = [
        "dialect", "delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict",
    ]
}
