/// Parses an XML document into script values with xmltodict's conventions: a dict with one root
/// key, attributes as `"@name"`, element text as `"#text"` (whitespace-stripped), repeated
/// children as lists, empty elements as None, namespaces kept as prefixed names, CDATA as text,
/// comments and processing instructions dropped.
///
/// It is a single pass over UTF-8 bytes with an explicit element stack (no recursion), so deep or
/// long documents cannot exhaust the native stack. Errors use expat's messages and positions
/// (`mismatched tag: line 1, column 6`). Entity declarations in a DOCTYPE are refused (no
/// billion-laughs expansion, no external entities); the five predefined entities and numeric
/// character references are supported.
struct XMLReader {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    /// Undeclared entity references are skipped, as expat does, when the DTD has an external part.
    var skipUndefinedEntities = false
    /// Element names seen so far, so repeated names share one string (and its hash).
    var names = XMLNameTable()
    static let maxDepth = 1000

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    /// Parses `text` (a document already decoded to a str).
    static func parse(_ text: String, vm: VM) throws -> Value {
        var t = text
        return try t.withUTF8 { buf in
            var r = XMLReader(buf)
            do {
                return try r.document(vm)
            } catch let e as XMLSyntaxError {
                let (line, column) = XMLSyntaxError.lineColumn(buf, e.offset)
                throw PyException.make(
                    .valueError, "Entity body is not valid application/xml: \(e.message): line \(line), column \(column)")
            }
        }
    }

    // MARK: bytes

    @inline(__always) var atEnd: Bool { i >= b.count }
    @inline(__always) func peek(_ k: Int = 0) -> UInt8 { i + k < b.count ? b[i + k] : 0 }

    func starts(_ s: StaticString, at p: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard p + n <= b.count else { return false }
        let q = s.utf8Start
        for k in 0..<n where b[p + k] != q[k] { return false }
        return true
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }
    @inline(__always) static func isNameStart(_ c: UInt8) -> Bool {
        (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F || c == 0x3A || c >= 0x80
    }
    @inline(__always) static func isNameChar(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E
    }

    mutating func skipSpace() {
        while i < b.count && XMLReader.isSpace(b[i]) { i += 1 }
    }

    func fail(_ message: String, at offset: Int) -> XMLSyntaxError { XMLSyntaxError(message: message, offset: offset) }
    func invalid(at offset: Int) -> XMLSyntaxError { fail("not well-formed (invalid token)", at: offset) }

    /// Reads a name at `i`; `tokenStart` is where an unclosed token began.
    mutating func name(tokenStart: Int) throws -> Range<Int> {
        if atEnd { throw fail("unclosed token", at: tokenStart) }
        guard XMLReader.isNameStart(b[i]) else { throw invalid(at: i) }
        let start = i
        i += 1
        while i < b.count && XMLReader.isNameChar(b[i]) { i += 1 }
        if atEnd { throw fail("unclosed token", at: tokenStart) }
        return start..<i
    }

    // MARK: document

    mutating func document(_ vm: VM) throws -> Value {
        var sawDoctype = false
        if starts("<?xml", at: 0) && (XMLReader.isSpace(peek(5)) || peek(5) == UInt8(ascii: "?")) {
            try processingInstruction()
        }
        // Prolog.
        while true {
            skipSpace()
            if atEnd { throw fail("no element found", at: i) }
            guard b[i] == UInt8(ascii: "<") else { throw invalid(at: i) }
            if starts("<?", at: i) {
                try processingInstruction()
            } else if starts("<!--", at: i) {
                try comment()
            } else if starts("<!DOCTYPE", at: i) && !sawDoctype {
                sawDoctype = true
                try doctype()
            } else {
                break
            }
        }
        let root = try element(vm)
        // Misc after the root element.
        while true {
            skipSpace()
            if atEnd { break }
            if starts("<?", at: i) {
                try processingInstruction()
            } else if starts("<!--", at: i) {
                try comment()
            } else if b[i] == UInt8(ascii: "<") && i + 1 == b.count {
                throw fail("unclosed token", at: i)
            } else {
                throw fail("junk after document element", at: i)
            }
        }
        return root
    }

    mutating func processingInstruction() throws {
        let start = i
        i += 2
        let target = try name(tokenStart: start)
        if target.count == 3 && starts("xml", at: target.lowerBound) && start != 0 {
            throw fail("XML or text declaration not at start of entity", at: start)
        }
        while i + 1 < b.count && !(b[i] == UInt8(ascii: "?") && b[i + 1] == UInt8(ascii: ">")) { i += 1 }
        if i + 1 >= b.count { throw fail("unclosed token", at: start) }
        i += 2
    }

    mutating func comment() throws {
        let start = i
        i += 4
        while i + 2 < b.count {
            if b[i] == UInt8(ascii: "-") && b[i + 1] == UInt8(ascii: "-") {
                guard b[i + 2] == UInt8(ascii: ">") else { throw invalid(at: i + 2) }
                i += 3
                return
            }
            i += 1
        }
        throw fail("unclosed token", at: start)
    }

    /// Skips a quoted literal at `i` (DOCTYPE ids, declaration values).
    mutating func quoted(tokenStart: Int) throws {
        let q = b[i]
        i += 1
        while i < b.count && b[i] != q { i += 1 }
        if atEnd { throw fail("unclosed token", at: tokenStart) }
        i += 1
    }

    /// `<!DOCTYPE name ExternalID? [internal subset]? >`: entity declarations are refused.
    mutating func doctype() throws {
        let start = i
        i += 9
        skipSpace()
        _ = try name(tokenStart: start)
        while true {
            skipSpace()
            if atEnd { throw fail("unclosed token", at: start) }
            let c = b[i]
            if c == UInt8(ascii: ">") {
                i += 1
                return
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                try quoted(tokenStart: start)
            } else if c == UInt8(ascii: "[") {
                i += 1
                try internalSubset(doctypeStart: start)
            } else if XMLReader.isNameStart(c) {
                let word = try name(tokenStart: start)
                if starts("SYSTEM", at: word.lowerBound) || starts("PUBLIC", at: word.lowerBound) { skipUndefinedEntities = true }
            } else {
                throw invalid(at: i)
            }
        }
    }

    mutating func internalSubset(doctypeStart: Int) throws {
        while true {
            skipSpace()
            if atEnd { throw fail("unclosed token", at: doctypeStart) }
            if b[i] == UInt8(ascii: "]") {
                i += 1
                return
            }
            if b[i] == UInt8(ascii: "%") {
                skipUndefinedEntities = true
                let start = i
                i += 1
                _ = try name(tokenStart: start)
                guard peek() == UInt8(ascii: ";") else { throw invalid(at: i) }
                i += 1
            } else if starts("<!--", at: i) {
                try comment()
            } else if starts("<?", at: i) {
                try processingInstruction()
            } else if starts("<!ENTITY", at: i) {
                let start = i
                i += 8
                skipSpace()
                if peek() == UInt8(ascii: "%") {
                    i += 1
                    skipSpace()
                }
                _ = try name(tokenStart: start)
                skipSpace()
                // expat reports an internal entity at its value, an external one at the `>`.
                if peek() != UInt8(ascii: "\"") && peek() != UInt8(ascii: "'") {
                    while i < b.count && b[i] != UInt8(ascii: ">") {
                        if b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") { try quoted(tokenStart: start) } else { i += 1 }
                    }
                    if atEnd { throw fail("unclosed token", at: start) }
                }
                throw fail("entities are disabled", at: i)
            } else if starts("<!", at: i) {
                // ELEMENT, ATTLIST, NOTATION: skipped (attribute defaults are not applied).
                let start = i
                i += 2
                while i < b.count && b[i] != UInt8(ascii: ">") {
                    if b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") { try quoted(tokenStart: start) } else { i += 1 }
                }
                if atEnd { throw fail("unclosed token", at: start) }
                i += 1
            } else {
                throw invalid(at: i)
            }
        }
    }
}

/// A syntax error at a byte offset; the message gets expat's `line L, column C` (C counts code
/// points from the start of the line, 0-based).
struct XMLSyntaxError: Error {
    var message: String
    var offset: Int

    static func lineColumn(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (Int, Int) {
        var line = 1
        var column = 0
        var k = 0
        let end = min(offset, b.count)
        while k < end {
            let c = b[k]
            if c == 0x0A || (c == 0x0D && !(k + 1 < b.count && b[k + 1] == 0x0A && k + 1 < end)) {
                line += 1
                column = 0
            } else if c == 0x0D {
                // CR of a CRLF pair: the LF ends the line.
            } else if c & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return (line, column)
    }
}
