/// Parsing and writing the XML, CSV and multipart bodies of an `Entity`.
enum EntityFormats {
    /// The body decoded as text; a decoding error names the format and the byte position.
    static func text(_ blob: [UInt8], encoding: String, format: String) throws -> String {
        do {
            return try Codecs.decode(blob, encoding: encoding, errors: "strict")
        } catch let e as PyRaise where e.exception.type.isSubtype(of: .unicodeError) {
            throw PyException.make(.valueError, "Entity body is not valid \(format): \(e.exception.message)")
        }
    }

    // MARK: XML

    /// The encoding an XML body is read with: a byte order mark, else the XML declaration's
    /// `encoding`, else the entity's encoding.
    static func xmlEncoding(_ blob: [UInt8], entityEncoding: String) -> String {
        if blob.starts(with: [0xEF, 0xBB, 0xBF]) { return "utf-8-sig" }
        if blob.starts(with: [0xFF, 0xFE]) || blob.starts(with: [0xFE, 0xFF]) { return "utf-16" }
        guard blob.starts(with: Array("<?xml".utf8)) else { return entityEncoding }
        let end = blob.firstIndex(of: UInt8(ascii: ">")) ?? min(blob.count, 200)
        let decl = String(decoding: blob[..<end], as: UTF8.self)
        guard let r = decl.firstRange(of: "encoding") else { return entityEncoding }
        var rest = decl[r.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard rest.first == "=" else { return entityEncoding }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard let q = rest.first, q == "\"" || q == "'" else { return entityEncoding }
        let name = rest.dropFirst().prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
        guard !name.isEmpty, rest.dropFirst().dropFirst(name.count).first == q else { return entityEncoding }
        return String(name)
    }

    static func parseXML(_ vm: VM, _ blob: [UInt8], encoding: String) throws -> Value {
        let text = try text(blob, encoding: xmlEncoding(blob, entityEncoding: encoding), format: "application/xml")
        try vm.charge(text.utf8.count / 64)
        return try XMLReader.parse(text, vm: vm)
    }

    // MARK: CSV

    static let csvFormat = "application/csv"

    /// A CSV body as a list of dicts keyed by the header row; blank lines are skipped and a row
    /// with a different number of fields is an error naming its line.
    static func parseCSV(_ vm: VM, _ blob: [UInt8], encoding: String) throws -> Value {
        let text = try text(blob, encoding: encoding, format: csvFormat)
        var parser = CSVParser(CSVDialect())
        var header: [PyStr]? = nil
        let rows = PyList()
        func add(_ record: [Value], _ line: Int) throws {
            if record.isEmpty { return }
            guard let header else {
                header = record.compactMap { $0.asStr }
                return
            }
            guard record.count == header.count else {
                throw PyException.make(
                    .valueError, "Entity body is not valid \(csvFormat): line \(line): expected \(header.count) fields, got \(record.count)"
                )
            }
            let d = PyDict(HashTable(minimumCapacity: header.count))
            for (k, v) in zip(header, record) { d.table.set(.object(k), hash: strHash(k), value: v) }
            rows.items.append(.object(d))
        }
        do {
            try parser.feedAll(text) { r, line in
                try vm.charge()
                try add(r, line)
            }
            if let r = try parser.finish() { try add(r, parser.lineNum) }
        } catch let e as PyRaise where e.exception.type === CSVModule.error {
            throw PyException.make(.valueError, "Entity body is not valid \(csvFormat): line \(parser.lineNum): \(e.exception.message)")
        }
        return .object(rows)
    }

    /// A list of dicts (header: every key, in first-seen order) or of lists, as CRLF-terminated CSV.
    static func writeCSV(_ vm: VM, _ value: Value) throws -> String {
        func wrongShape() -> PyRaise {
            PyException.make(.typeError, "Entity.from_value: \(csvFormat) needs a list of dicts or a list of lists, not \(typeName(value))")
        }
        guard value.asList != nil || value.asTuple != nil else { throw wrongShape() }
        let rows = try vm.iterateToArray(value)
        let writer = CSVRecordWriter(CSVDialect())
        var out: [UInt8] = []
        var nextCheck = 1 << 16
        if rows.allSatisfy({ $0.asDict != nil }) {
            guard !rows.isEmpty else { return "" }
            let keys = PyDict()
            for r in rows {
                guard let d = r.asDict else { continue }
                for s in 0..<d.table.slotCount where d.table.isLive(s) {
                    let k = d.table.key(at: s)
                    let h = try hashKey(k)
                    if keys.table.get(k, hash: h) == nil { keys.table.set(k, hash: h, value: .int(h)) }
                }
            }
            let live = (0..<keys.table.slotCount).filter { keys.table.isLive($0) }
            let names = live.map { keys.table.key(at: $0) }
            let hashes = live.map { slot -> Int in if case .int(let h) = keys.table.value(at: slot) { return h } else { return 0 } }
            try writer.line(names, into: &out)
            var fields = [Value](repeating: .none, count: names.count)
            var written = 0
            for (n, r) in rows.enumerated() {
                if n == 16 {
                    // Size the output from the first rows (fewer reallocations of a large buffer).
                    out.reserveCapacity(written / 16 * rows.count * 11 / 10 + 1024)
                }
                guard let d = r.asDict else { continue }
                // Rows parsed from CSV share the header's key objects, in order: no lookups.
                var direct = d.table.slotCount == names.count && d.table.count == names.count
                if direct {
                    for k in 0..<names.count {
                        guard case .object(let a) = d.table.key(at: k), case .object(let b) = names[k], a === b else {
                            direct = false
                            break
                        }
                    }
                }
                let before = out.count
                if direct {
                    for k in 0..<names.count { fields[k] = d.table.value(at: k) }
                } else {
                    for k in 0..<names.count { fields[k] = d.table.get(names[k], hash: hashes[k]) ?? .str("") }
                }
                try writer.line(fields, into: &out)
                written += out.count - before
                if out.count > nextCheck {
                    try vm.checkSize(out.count)
                    nextCheck = out.count + (1 << 16)
                }
            }
        } else {
            for r in rows {
                guard r.asList != nil || r.asTuple != nil else { throw wrongShape() }
                try writer.line(try vm.iterateToArray(r), into: &out)
                if out.count > nextCheck {
                    try vm.checkSize(out.count)
                    nextCheck = out.count + (1 << 16)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: multipart

    /// `e[0]` and `e["name"]` on a multipart entity: parts by index or by field name (`"*name"`:
    /// every part of that name); other keys read the parsed dict (`boundary`, `parts`).
    static func multipartItem(_ vm: VM, _ value: Value, _ key: Value) throws -> Value {
        let parts = value.asDict?.get("parts")?.asList?.items ?? []
        if case .int = key { return try vm.getItem(.list(parts), key) }
        if let k = key.asStr?.value {
            let all = k.hasPrefix("*")
            let name = all ? String(k.dropFirst()) : k
            let matching = parts.filter { $0.asDict?.get("name")?.asStr?.value == name }
            if all { return .list(matching) }
            if let first = matching.first { return first }
        }
        return try vm.getItem(value, key)
    }
}
