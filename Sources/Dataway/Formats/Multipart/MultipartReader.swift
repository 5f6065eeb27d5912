/// `multipart/form-data` bodies (RFC 7578), read the way CPython's `email` parser splits them:
/// `{"boundary": b, "parts": [part, ...]}`, each part a dict with `name`, `filename`,
/// `content_type` (None without a Content-Type header), `headers` (as written) and `value`
/// (str for a form field, decoded with the part's charset or the entity's encoding; bytes for a
/// file, i.e. a part with a filename). A preamble and an epilogue are ignored.
enum MultipartReader {
    static let mime = "multipart/form-data"

    static func failure(_ message: String) -> PyRaise {
        PyException.make(.valueError, "Entity body is not valid \(mime): \(message)")
    }

    /// A parameter of a header value such as `form-data; name="x"` (case-insensitive name,
    /// quotes and backslash escapes removed).
    static func parameter(_ header: String, _ name: String) -> String? {
        var rest = Substring(header)
        // Skip the main value.
        guard let semi = rest.firstIndex(of: ";") else { return nil }
        rest = rest[rest.index(after: semi)...]
        while !rest.isEmpty {
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            let eq = rest.firstIndex(of: "=") ?? rest.endIndex
            let key = String(rest[..<eq]).trimmingCharacters(in: .pythonWhitespace).lowercased()
            rest = eq < rest.endIndex ? rest[rest.index(after: eq)...] : ""
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var escaped = false
                while let c = rest.first {
                    rest = rest.dropFirst()
                    if escaped {
                        value.append(c)
                        escaped = false
                    } else if c == "\\" {
                        escaped = true
                    } else if c == "\"" {
                        break
                    } else {
                        value.append(c)
                    }
                }
                if let semi = rest.firstIndex(of: ";") { rest = rest[rest.index(after: semi)...] } else { rest = "" }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                value = String(rest[..<end]).trimmingCharacters(in: .pythonWhitespace)
                rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            }
            if key == name { return value }
        }
        return nil
    }

    static func parse(_ blob: [UInt8], mimeType: String, encoding: String) throws -> Value {
        guard let boundary = parameter(mimeType, "boundary"), !boundary.isEmpty else {
            throw failure("no boundary parameter in the MIME type")
        }
        let delimiter = Array(("--" + boundary).utf8)
        // Delimiter lines: at the start of the body or after a line break.
        var lines: [(start: Int, end: Int, close: Bool)] = []
        var k = 0
        let n = blob.count
        while k < n {
            var lineEnd = k
            while lineEnd < n && blob[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > k && blob[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if contentEnd - k >= delimiter.count && blob[k..<k + delimiter.count].elementsEqual(delimiter) {
                var rest = blob[(k + delimiter.count)..<contentEnd]
                let close = rest.starts(with: [0x2D, 0x2D])
                if close { rest = rest.dropFirst(2) }
                if rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    lines.append((k, min(lineEnd + 1, n), close))
                    if close { break }
                }
            }
            k = lineEnd + 1
        }
        guard let first = lines.first, !first.close else { throw failure("start boundary '--\(boundary)' not found (at byte 0)") }
        guard lines.last?.close == true else { throw failure("close boundary '--\(boundary)--' not found (at byte \(n))") }
        let parts = PyList()
        for p in 0..<(lines.count - 1) {
            let bodyStart = lines[p].end
            var bodyEnd = lines[p + 1].start
            // The line break before a delimiter belongs to the delimiter.
            if bodyEnd > bodyStart && blob[bodyEnd - 1] == 0x0A { bodyEnd -= 1 }
            if bodyEnd > bodyStart && blob[bodyEnd - 1] == 0x0D { bodyEnd -= 1 }
            parts.items.append(try part(Array(blob[bodyStart..<max(bodyStart, bodyEnd)]), encoding: encoding))
        }
        let d = PyDict()
        d.set("boundary", .str(boundary))
        d.set("parts", .object(parts))
        return .object(d)
    }

    /// One part: header lines up to the first empty line, then the body.
    static func part(_ b: [UInt8], encoding: String) throws -> Value {
        var headers: [(String, String)] = []
        var k = 0
        var body: [UInt8] = []
        var sawBlank = false
        while k < b.count {
            var e = k
            while e < b.count && b[e] != 0x0A { e += 1 }
            var ce = e
            if ce > k && b[ce - 1] == 0x0D { ce -= 1 }
            let line = String(decoding: b[k..<ce], as: UTF8.self)
            k = min(e + 1, b.count)
            if line.isEmpty {
                sawBlank = true
                break
            }
            if let f = line.first, f == " " || f == "\t", !headers.isEmpty {
                headers[headers.count - 1].1 += line
            } else if let colon = line.firstIndex(of: ":") {
                let name = String(line[..<colon])
                let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .pythonWhitespace)
                headers.append((name, value))
            } else {
                throw failure("malformed part header line \(strRepr(line))")
            }
        }
        if sawBlank { body = Array(b[k...]) }
        func header(_ name: String) -> String? { headers.last { $0.0.lowercased() == name }?.1 }
        let disposition = header("content-disposition") ?? ""
        let name = parameter(disposition, "name")
        let filename = parameter(disposition, "filename")
        var contentType: String? = nil
        if let ct = header("content-type") {
            let main = ct.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let t = main.trimmingCharacters(in: .pythonWhitespace).lowercased()
            contentType = t.filter({ $0 == "/" }).count == 1 ? t : "text/plain"
        }
        let d = PyDict()
        d.set("name", name.map { .str($0) } ?? .none)
        d.set("filename", filename.map { .str($0) } ?? .none)
        d.set("content_type", contentType.map { .str($0) } ?? .none)
        let h = PyDict()
        for (k, v) in headers { h.set(k, .str(v)) }
        d.set("headers", .object(h))
        if filename != nil {
            d.set("value", .object(PyBytes(body)))
        } else {
            let charset = header("content-type").flatMap { parameter($0, "charset") } ?? encoding
            do {
                d.set("value", .str(try Codecs.decode(body, encoding: charset, errors: "strict")))
            } catch let e as PyRaise where e.exception.type.isSubtype(of: .unicodeError) {
                throw failure("part \(strRepr(name ?? "")): \(e.exception.message)")
            }
        }
        return .object(d)
    }
}
