/// The `csv` module: `reader`, `writer`, `DictReader`, `DictWriter` with CPython's dialects,
/// quoting constants and `csv.Error` messages. Readers take any iterable of lines (a list of
/// strings, `str.splitlines(True)`, an `io.StringIO`); writers write to any object with a
/// `write` method (usually `io.StringIO`).
enum CSVModule {
    nonisolated(unsafe) static let error = PyType(name: "Error", base: .exception, constructor: nil)

    nonisolated(unsafe) static let module: Value = .object(
        PyModule(
            name: "csv",
            attributes: [
                "reader": .object(PyBuiltinFunction("reader", reader)),
                "writer": .object(PyBuiltinFunction("writer", writer)),
                "DictReader": .object(PyBuiltinFunction("DictReader", dictReader)),
                "DictWriter": .object(PyBuiltinFunction("DictWriter", dictWriter)),
                "list_dialects": .object(
                    PyBuiltinFunction("list_dialects") { _, a in
                        try a.expect("list_dialects", min: 0, max: 0)
                        return .list(CSVDialect.names.map { .str($0) })
                    }),
                "field_size_limit": .object(
                    PyBuiltinFunction("field_size_limit") { _, a in
                        try a.expect("field_size_limit", min: 0, max: 0)
                        return .int(CSVParser.fieldLimit)
                    }),
                "Error": .object(error),
                "QUOTE_MINIMAL": .int(0),
                "QUOTE_ALL": .int(1),
                "QUOTE_NONNUMERIC": .int(2),
                "QUOTE_NONE": .int(3),
            ]))

    static let reader: BuiltinFn = { vm, a in
        try a.expect("reader", min: 1, max: 2, keywords: CSVDialect.keywords)
        let state = CSVReaderState(source: try vm.makeIterator(a[0]), dialect: try CSVDialect.from(a, dialectIndex: 1))
        return .object(PyIterator(.hosted(state)))
    }

    static let writer: BuiltinFn = { vm, a in
        try a.expect("writer", min: 1, max: 2, keywords: CSVDialect.keywords)
        let target = try CSVOutput(vm, a[0])
        return .object(PyCSVWriter(target: target, dialect: try CSVDialect.from(a, dialectIndex: 1)))
    }

    static let dictReader: BuiltinFn = { vm, a in
        try a.expect("DictReader", min: 1, max: 5, keywords: ["f", "fieldnames", "restkey", "restval"] + CSVDialect.keywords)
        guard let f = a.argument(0, "f") else {
            throw PyException.make(.typeError, "DictReader() missing 1 required positional argument: 'f'")
        }
        let reader = CSVReaderState(source: try vm.makeIterator(f), dialect: try CSVDialect.from(a, dialectIndex: 4))
        let state = CSVDictReaderState(reader: reader)
        if let names = a.argument(1, "fieldnames"), !names.isNone { state.fieldnames = names }
        state.restkey = a.argument(2, "restkey") ?? .none
        state.restval = a.argument(3, "restval") ?? .none
        return .object(PyIterator(.hosted(state)))
    }

    static let dictWriter: BuiltinFn = { vm, a in
        try a.expect("DictWriter", min: 1, max: 5, keywords: ["f", "fieldnames", "restval", "extrasaction"] + CSVDialect.keywords)
        guard let f = a.argument(0, "f") else {
            throw PyException.make(.typeError, "DictWriter() missing 1 required positional argument: 'f'")
        }
        guard let names = a.argument(1, "fieldnames") else {
            throw PyException.make(.typeError, "DictWriter.__init__() missing 1 required positional argument: 'fieldnames'")
        }
        let extras = a.argument(3, "extrasaction") ?? .str("raise")
        let action = try pyStr(extras).lowercased()
        guard action == "raise" || action == "ignore" else {
            throw PyException.make(.valueError, "extrasaction (\(try pyStr(extras))) must be 'raise' or 'ignore'")
        }
        let writer = PyCSVWriter(target: try CSVOutput(vm, f), dialect: try CSVDialect.from(a, dialectIndex: 4))
        return .object(
            PyCSVDictWriter(
                writer: writer, fieldnames: names, restval: a.argument(2, "restval") ?? .str(""), raiseOnExtras: action == "raise"))
    }
}

/// Where a csv writer's lines go: an `io.StringIO` directly, or any object's `write` method.
enum CSVOutput {
    case stringIO(PyStringIO)
    case method(Value)

    init(_ vm: VM, _ f: Value) throws {
        if let io = f.asNative as? PyStringIO {
            self = .stringIO(io)
            return
        }
        do {
            self = .method(try vm.getAttribute(f, "write", keysAsAttributes: false))
        } catch let e as PyRaise where e.exception.type.isSubtype(of: .attributeError) {
            throw PyException.make(.typeError, "argument 1 must have a \"write\" method")
        }
    }

    func write(_ vm: VM, _ text: [UInt8]) throws -> Value {
        let s = String(decoding: text, as: UTF8.self)
        switch self {
        case .stringIO(let io):
            try io.checkOpen()
            let n = io.write(s)
            try vm.checkSize(io.count)
            return .int(n)
        case .method(let m): return try vm.call(m, [.str(s)])
        }
    }
}
