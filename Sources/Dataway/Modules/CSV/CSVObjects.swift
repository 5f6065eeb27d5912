/// `csv.reader(...)`: records from an iterator of lines.
final class CSVReaderState: HostedIterator {
    let source: PyIterator
    var parser: CSVParser

    init(source: PyIterator, dialect: CSVDialect) {
        self.source = source
        self.parser = CSVParser(dialect)
    }

    override var pyTypeName: String { "_csv.reader" }

    /// The next record as a Swift array, or nil at the end.
    func record(_ vm: VM) throws -> [Value]? {
        while true {
            guard let line = try source.next(vm) else { return try parser.finish() }
            guard let s = line.asStr else {
                throw PyException.make(
                    CSVModule.error, "iterator should return strings, not \(typeName(line)) (the file should be opened in text mode)")
            }
            try vm.charge()
            if let r = try parser.feed(s.value) { return r }
        }
    }

    override func next(_ vm: VM) throws -> Value? { try record(vm).map { .list($0) } }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        name == "line_num" ? .int(parser.lineNum) : nil
    }
}

/// `csv.DictReader(...)`: records as dicts keyed by the header row (or `fieldnames`).
final class CSVDictReaderState: HostedIterator {
    let reader: CSVReaderState
    var fieldnames: Value?
    var restkey: Value = .none
    var restval: Value = .none
    var lineNum = 0

    init(reader: CSVReaderState) { self.reader = reader }

    override var pyTypeName: String { "DictReader" }

    func names(_ vm: VM) throws -> Value {
        if fieldnames == nil, let first = try reader.record(vm) { fieldnames = .list(first) }
        lineNum = reader.parser.lineNum
        return fieldnames ?? .none
    }

    override func next(_ vm: VM) throws -> Value? {
        if lineNum == 0 { _ = try names(vm) }
        guard var row = try reader.record(vm) else { return nil }
        while row.isEmpty {
            guard let r = try reader.record(vm) else { return nil }
            row = r
        }
        // CPython 3.11 reports the line of the record returned (blank lines skipped).
        lineNum = reader.parser.lineNum
        let keys = try vm.iterateToArray(fieldnames ?? .none)
        let d = PyDict()
        for (k, v) in zip(keys, row) { d.table.set(k, hash: try hashKey(k), value: v) }
        if keys.count < row.count {
            d.table.set(restkey, hash: try hashKey(restkey), value: .list(Array(row[keys.count...])))
        } else if keys.count > row.count {
            for k in keys[row.count...] { d.table.set(k, hash: try hashKey(k), value: restval) }
        }
        return .object(d)
    }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "fieldnames": return try names(vm)
        case "line_num": return .int(lineNum)
        case "restkey": return restkey
        case "restval": return restval
        default: return nil
        }
    }
}

/// `csv.writer(f, ...)`.
final class PyCSVWriter: PyNativeObject {
    let target: CSVOutput
    let record: CSVRecordWriter

    init(target: CSVOutput, dialect: CSVDialect) {
        self.target = target
        self.record = CSVRecordWriter(dialect)
        super.init()
    }

    nonisolated(unsafe) static let type = Dataway.nativeType("_csv.writer")
    override var nativeType: PyType { PyCSVWriter.type }

    func writeRow(_ vm: VM, _ row: Value) throws -> Value {
        let fields: [Value]
        switch row {
        case .object(let o) where o.kind == .list: fields = unsafeDowncast(o, to: PyList.self).items
        case .object(let o) where o.kind == .tuple: fields = unsafeDowncast(o, to: PyTuple.self).items
        case .object(let o) where o.kind != .exception && o.kind != .function && o.kind != .builtinFunction:
            do {
                fields = try vm.iterateToArray(row)
            } catch let e as PyRaise where e.exception.type.isSubtype(of: .typeError) {
                throw PyException.make(CSVModule.error, "iterable expected, not \(typeName(row))")
            }
        default: throw PyException.make(CSVModule.error, "iterable expected, not \(typeName(row))")
        }
        var line: [UInt8] = []
        try record.line(fields, into: &line)
        return try target.write(vm, line)
    }

    override func method(_ name: String) -> MethodFn? {
        switch name {
        case "writerow":
            return { vm, r, a in
                try a.expect("writerow", min: 1, max: 1)
                guard let w = r.asNative as? PyCSVWriter else { return .none }
                return try w.writeRow(vm, a[0])
            }
        case "writerows":
            return { vm, r, a in
                try a.expect("writerows", min: 1, max: 1)
                guard let w = r.asNative as? PyCSVWriter else { return .none }
                let it = try vm.makeIterator(a[0])
                while let row = try it.next(vm) { _ = try w.writeRow(vm, row) }
                return .none
            }
        default: return nil
        }
    }
}

/// `csv.DictWriter(f, fieldnames, ...)`.
final class PyCSVDictWriter: PyNativeObject {
    let writer: PyCSVWriter
    let fieldnames: Value
    let restval: Value
    let raiseOnExtras: Bool

    init(writer: PyCSVWriter, fieldnames: Value, restval: Value, raiseOnExtras: Bool) {
        self.writer = writer
        self.fieldnames = fieldnames
        self.restval = restval
        self.raiseOnExtras = raiseOnExtras
        super.init()
    }

    nonisolated(unsafe) static let type = Dataway.nativeType("DictWriter")
    override var nativeType: PyType { PyCSVDictWriter.type }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "fieldnames": return fieldnames
        case "restval": return restval
        case "extrasaction": return .str(raiseOnExtras ? "raise" : "ignore")
        case "writer": return .object(writer)
        default: return nil
        }
    }

    func writeRow(_ vm: VM, _ row: Value) throws -> Value {
        let names = try vm.iterateToArray(fieldnames)
        guard let d = row.asDict else {
            throw PyException.make(.attributeError, "'\(typeName(row))' object has no attribute 'keys'")
        }
        if raiseOnExtras {
            var wrong: [String] = []
            for s in 0..<d.table.slotCount where d.table.isLive(s) {
                let k = d.table.key(at: s)
                if try !names.contains(where: { try valuesEqualKey($0, k) }) { wrong.append(try pyRepr(k)) }
            }
            if !wrong.isEmpty {
                throw PyException.make(.valueError, "dict contains fields not in fieldnames: " + wrong.joined(separator: ", "))
            }
        }
        let fields = try names.map { d.table.get($0, hash: try hashKey($0)) ?? restval }
        var line: [UInt8] = []
        try writer.record.line(fields, into: &line)
        return try writer.target.write(vm, line)
    }

    override func method(_ name: String) -> MethodFn? {
        switch name {
        case "writeheader":
            return { vm, r, a in
                try a.expect("writeheader", min: 0, max: 0)
                guard let w = r.asNative as? PyCSVDictWriter else { return .none }
                var line: [UInt8] = []
                try w.writer.record.line(try vm.iterateToArray(w.fieldnames), into: &line)
                return try w.writer.target.write(vm, line)
            }
        case "writerow":
            return { vm, r, a in
                try a.expect("writerow", min: 1, max: 1)
                guard let w = r.asNative as? PyCSVDictWriter else { return .none }
                return try w.writeRow(vm, a[0])
            }
        case "writerows":
            return { vm, r, a in
                try a.expect("writerows", min: 1, max: 1)
                guard let w = r.asNative as? PyCSVDictWriter else { return .none }
                let it = try vm.makeIterator(a[0])
                while let row = try it.next(vm) { _ = try w.writeRow(vm, row) }
                return .none
            }
        default: return nil
        }
    }
}

/// Key equality as dicts use it (`1 == 1.0`, strings by value).
func valuesEqualKey(_ a: Value, _ b: Value) throws -> Bool {
    try hashKey(a) == hashKey(b) && keysEqual(a, b)
}
