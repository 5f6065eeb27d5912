/// CPython's `_csv` reader state machine: feed it lines; it yields records once a record is
/// complete (a quoted field may span lines).
struct CSVParser {
    enum State {
        case startRecord, startField, escapedChar, inField, inQuotedField, escapeInQuotedField, quoteInQuotedField, eatCRNL,
            afterEscapedCRNL
    }

    static let eol: UInt32 = 0xFFFF_FFFF
    static let unset: UInt32 = 0xFFFF_FFFE
    static var fieldLimit: Int { 131_072 }

    let delimiter: UInt32
    let quotechar: UInt32
    let escapechar: UInt32
    let doublequote: Bool
    let skipinitialspace: Bool
    let quoting: CSVDialect.Quoting
    let strict: Bool
    /// All special characters are ASCII, so lines can be processed as UTF-8 bytes.
    let byteMode: Bool

    var state = State.startRecord
    var field: [UInt8] = []
    var fieldChars = 0
    var numericField = false
    var fields: [Value] = []
    /// Physical lines read so far (`reader.line_num`).
    var lineNum = 0

    init(_ d: CSVDialect) {
        delimiter = d.delimiter.value
        quotechar = d.quotechar?.value ?? CSVParser.unset
        escapechar = d.escapechar?.value ?? CSVParser.unset
        doublequote = d.doublequote
        skipinitialspace = d.skipinitialspace
        quoting = d.quoting
        strict = d.strict
        byteMode =
            delimiter < 0x80 && (quotechar < 0x80 || quotechar == CSVParser.unset) && (escapechar < 0x80 || escapechar == CSVParser.unset)
    }

    /// Feeds one line; returns the record when it is complete.
    mutating func feed(_ line: String) throws -> [Value]? {
        if byteMode {
            var l = line
            return try l.withUTF8 { try feed($0) }
        }
        startLine()
        for c in line.unicodeScalars { try process(c.value) }
        try process(CSVParser.eol)
        if state == .startRecord { return fields }
        return nil
    }

    mutating func startLine() {
        if state == .startRecord {
            let previous = fields.count
            fields = []
            fields.reserveCapacity(previous)
            field.removeAll(keepingCapacity: true)
            fieldChars = 0
        }
        lineNum += 1
    }

    /// Feeds one line given as UTF-8 bytes (byte mode only).
    mutating func feed(_ u: UnsafeBufferPointer<UInt8>) throws -> [Value]? {
        startLine()
        do {
            do {
                var k = 0
                let n = u.count
                while k < n {
                    // Runs of ordinary bytes inside a field go in at once.
                    if state == .inField || state == .inQuotedField {
                        var e = k
                        while e < n {
                            let c = UInt32(u[e])
                            if c == delimiter || c == quotechar || c == escapechar || c == 0x0A || c == 0x0D { break }
                            e += 1
                        }
                        if e > k {
                            try addRun(UnsafeBufferPointer(rebasing: u[k..<e]))
                            k = e
                            if k == n { break }
                        }
                    }
                    try process(UInt32(u[k]))
                    k += 1
                }
            }
        }
        try process(CSVParser.eol)
        if state == .startRecord { return fields }
        return nil
    }

    /// End of input: the pending record, if any (or the `unexpected end of data` error).
    mutating func finish() throws -> [Value]? {
        guard !field.isEmpty || state == .inQuotedField else { return nil }
        if strict { throw PyException.make(CSVModule.error, "unexpected end of data") }
        try saveField()
        state = .startRecord
        return fields
    }

    mutating func addRun(_ u: UnsafeBufferPointer<UInt8>) throws {
        var chars = 0
        for c in u where c & 0xC0 != 0x80 { chars += 1 }
        fieldChars += chars
        if fieldChars > CSVParser.fieldLimit {
            throw PyException.make(CSVModule.error, "field larger than field limit (\(CSVParser.fieldLimit))")
        }
        field.append(contentsOf: u)
    }

    mutating func add(_ c: UInt32) throws {
        if byteMode && c < 0x100 {
            if c & 0xC0 != 0x80 { fieldChars += 1 }
            field.append(UInt8(c))
        } else {
            fieldChars += 1
            field.append(contentsOf: String(Unicode.Scalar(c) ?? "\u{FFFD}").utf8)
        }
        if fieldChars > CSVParser.fieldLimit {
            throw PyException.make(CSVModule.error, "field larger than field limit (\(CSVParser.fieldLimit))")
        }
    }

    mutating func saveField() throws {
        let s = String(decoding: field, as: UTF8.self)
        field.removeAll(keepingCapacity: true)
        fieldChars = 0
        if numericField {
            numericField = false
            fields.append(.float(try Convert.parseFloat(s)))
        } else {
            fields.append(.str(s))
        }
    }

    // swift-format-ignore
    mutating func process(_ c: UInt32) throws {
        let eol = CSVParser.eol
        let newline = c == 0x0A || c == 0x0D
        switch state {
        case .startRecord:
            if c == eol { return }
            if newline { state = .eatCRNL; return }
            state = .startField
            try startField(c)
        case .startField:
            try startField(c)
        case .escapedChar:
            if newline { try add(c); state = .afterEscapedCRNL; return }
            try add(c == eol ? 0x0A : c)
            state = .inField
        case .afterEscapedCRNL:
            if c == eol { return }
            try inField(c)
        case .inField:
            try inField(c)
        case .inQuotedField:
            if c == eol {
            } else if c == escapechar {
                state = .escapeInQuotedField
            } else if c == quotechar && quoting != .none {
                state = doublequote ? .quoteInQuotedField : .inField
            } else {
                try add(c)
            }
        case .escapeInQuotedField:
            try add(c == eol ? 0x0A : c)
            state = .inQuotedField
        case .quoteInQuotedField:
            if quoting != .none && c == quotechar {
                try add(c); state = .inQuotedField
            } else if c == delimiter {
                try saveField(); state = .startField
            } else if newline || c == eol {
                try saveField(); state = c == eol ? .startRecord : .eatCRNL
            } else if !strict {
                try add(c); state = .inField
            } else {
                let d = Unicode.Scalar(delimiter).map(String.init) ?? ""
                let q = Unicode.Scalar(quotechar).map(String.init) ?? ""
                throw PyException.make(CSVModule.error, "'\(d)' expected after '\(q)'")
            }
        case .eatCRNL:
            if newline {
            } else if c == eol {
                state = .startRecord
            } else {
                throw PyException.make(CSVModule.error, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
            }
        }
    }

    // swift-format-ignore
    mutating func startField(_ c: UInt32) throws {
        if c == 0x0A || c == 0x0D || c == CSVParser.eol {
            try saveField()
            state = c == CSVParser.eol ? .startRecord : .eatCRNL
        } else if c == quotechar && quoting != .none {
            state = .inQuotedField
        } else if c == escapechar {
            state = .escapedChar
        } else if c == 0x20 && skipinitialspace {
        } else if c == delimiter {
            try saveField()
        } else {
            if quoting == .nonnumeric { numericField = true }
            try add(c)
            state = .inField
        }
    }

    // swift-format-ignore
    mutating func inField(_ c: UInt32) throws {
        if c == 0x0A || c == 0x0D || c == CSVParser.eol {
            try saveField()
            state = c == CSVParser.eol ? .startRecord : .eatCRNL
        } else if c == escapechar {
            state = .escapedChar
        } else if c == delimiter {
            try saveField()
            state = .startField
        } else {
            try add(c)
        }
    }

    /// Feeds every line of `text` (split as `io.StringIO(text, newline="")` does), handing each
    /// complete record and the line it ends on to `record`.
    mutating func feedAll(_ text: String, _ record: ([Value], Int) throws -> Void) throws {
        guard byteMode else {
            for line in CSVParser.lines(text) { if let r = try feed(line) { try record(r, lineNum) } }
            return
        }
        var t = text
        try t.withUTF8 { u in
            var start = 0
            var k = 0
            while k < u.count {
                let c = u[k]
                if c == 0x0A || c == 0x0D {
                    if c == 0x0D && k + 1 < u.count && u[k + 1] == 0x0A { k += 1 }
                    if let r = try feed(UnsafeBufferPointer(rebasing: u[start...k])) { try record(r, lineNum) }
                    start = k + 1
                }
                k += 1
            }
            if start < u.count, let r = try feed(UnsafeBufferPointer(rebasing: u[start...])) { try record(r, lineNum) }
        }
    }

    /// Splits text into lines as `io.StringIO(text, newline="")` does: after `\n`, `\r` or
    /// `\r\n`, keeping the line ends.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var t = text
        t.withUTF8 { u in
            var start = 0
            var k = 0
            while k < u.count {
                let c = u[k]
                if c == 0x0A || c == 0x0D {
                    if c == 0x0D && k + 1 < u.count && u[k + 1] == 0x0A { k += 1 }
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: u[start...k]), as: UTF8.self))
                    start = k + 1
                }
                k += 1
            }
            if start < u.count { out.append(String(decoding: UnsafeBufferPointer(rebasing: u[start...]), as: UTF8.self)) }
        }
        return out
    }
}
