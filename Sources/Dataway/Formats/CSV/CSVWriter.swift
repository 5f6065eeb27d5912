/// CPython's `_csv` writer: one record to one line of text (with the line terminator).
struct CSVRecordWriter {
    let dialect: CSVDialect
    /// The characters that force quoting (or escaping): delimiter, quote, escape, line terminator.
    let specials: Set<UInt32>
    let simpleASCII: Bool
    /// `asciiSpecial[b]`: byte `b` (< 0x80) is one of `specials`.
    let asciiSpecial: [Bool]

    init(_ d: CSVDialect) {
        dialect = d
        var s: Set<UInt32> = [d.delimiter.value]
        if let q = d.quotechar { s.insert(q.value) }
        if let e = d.escapechar { s.insert(e.value) }
        for c in d.lineterminator.unicodeScalars { s.insert(c.value) }
        specials = s
        simpleASCII = s.allSatisfy { $0 < 0x80 }
        asciiSpecial = (0..<128).map { s.contains(UInt32($0)) }
    }

    /// `writer.writerow(fields)`'s text.
    func line(_ fields: [Value], into out: inout [UInt8]) throws {
        let start = out.count
        var count = 0
        for f in fields {
            var quoted: Bool
            switch dialect.quoting {
            case .nonnumeric:
                switch f {
                case .int, .bool, .float: quoted = false
                case .object(let o): quoted = !(o.kind == .bigint || o is PyDecimal)
                default: quoted = true
                }
            case .all: quoted = true
            default: quoted = false
            }
            let text: String?
            if let s = f.asStr { text = s.value } else if f.isNone { text = nil } else { text = try pyStr(f) }
            try append(text, quoted: &quoted, first: count == 0, into: &out)
            count += 1
        }
        if count > 0 && out.count == start {
            if dialect.quoting == .none { throw PyException.make(CSVModule.error, "single empty field record must be quoted") }
            var q = true
            try append(nil, quoted: &q, first: true, into: &out)
        }
        out.append(contentsOf: dialect.lineterminator.utf8)
    }

    private func append(_ field: String?, quoted: inout Bool, first: Bool, into out: inout [UInt8]) throws {
        if !first { appendScalar(dialect.delimiter.value, &out) }
        if simpleASCII, var plain = field {
            // Fast path: a field without special characters goes in as it is.
            let clean = plain.withUTF8 { u -> Bool in
                for c in u where c < 0x80 && asciiSpecial[Int(c)] { return false }
                out.reserveCapacity(out.count + u.count + 2)
                if quoted, let q = dialect.quotechar { appendScalar(q.value, &out) }
                out.append(contentsOf: u)
                if quoted, let q = dialect.quotechar { appendScalar(q.value, &out) }
                return true
            }
            if clean { return }
        }
        var body: [UInt8] = []
        if let field {
            body.reserveCapacity(field.utf8.count)
            if simpleASCII {
                for c in field.utf8 {
                    if c < 0x80 && asciiSpecial[Int(c)] { try special(UInt32(c), &quoted, &body) }
                    body.append(c)
                }
            } else {
                for c in field.unicodeScalars {
                    if specials.contains(c.value) { try special(c.value, &quoted, &body) }
                    appendScalar(c.value, &body)
                }
            }
        }
        if quoted, let q = dialect.quotechar { appendScalar(q.value, &out) }
        out.append(contentsOf: body)
        if quoted, let q = dialect.quotechar { appendScalar(q.value, &out) }
    }

    /// A special character inside a field: double the quote, escape, or mark the field quoted.
    private func special(_ c: UInt32, _ quoted: inout Bool, _ body: inout [UInt8]) throws {
        var wantEscape = false
        if dialect.quoting == .none {
            wantEscape = true
        } else {
            if c == dialect.quotechar?.value {
                if dialect.doublequote { appendScalar(c, &body) } else { wantEscape = true }
            } else if c == dialect.escapechar?.value {
                wantEscape = true
            }
            if !wantEscape { quoted = true }
        }
        if wantEscape {
            guard let e = dialect.escapechar else { throw PyException.make(CSVModule.error, "need to escape, but no escapechar set") }
            appendScalar(e.value, &body)
        }
    }

    private func appendScalar(_ c: UInt32, _ out: inout [UInt8]) {
        if c < 0x80 { out.append(UInt8(c)) } else { out.append(contentsOf: String(Unicode.Scalar(c) ?? "\u{FFFD}").utf8) }
    }
}
