/// Writes `multipart/form-data` the way CPython's `email` generator lays it out: per part a
/// delimiter line, `Content-Disposition: form-data; name="..."` (with `filename` for files), the
/// optional `Content-Type` and other headers, an empty line and the body written byte for byte;
/// then the close delimiter. Lines end with CRLF.
///
/// The value is `{"boundary": b (optional), "parts": [part, ...]}` with parts as the reader
/// makes them (`name`, `value`, optional `filename`, `content_type`, `headers`), or a plain dict
/// of field names to values (str, bytes, numbers; a list gives repeated fields).
enum MultipartWriter {
    static let defaultBoundary = "----DatawayFormBoundary7MA4YWxkTrZu0gW"

    struct Part {
        var name: String?
        var filename: String?
        var contentType: String?
        var headers: [(String, String)] = []
        var body: [UInt8]
    }

    static func body(_ vm: VM, _ v: Value, encoding: String) throws -> [UInt8] {
        if v.isNone { return [] }
        if let s = v.asStr { return try Codecs.encode(s.value, encoding: encoding, errors: "strict") }
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        if case .bool(let b) = v { return Array((b ? "true" : "false").utf8) }
        return try Codecs.encode(try pyStr(v), encoding: encoding, errors: "strict")
    }

    static func optionalText(_ v: Value?) throws -> String? {
        guard let v, !v.isNone else { return nil }
        return try pyStr(v)
    }

    static func parts(_ vm: VM, _ value: Value, encoding: String) throws -> (String?, [Part]) {
        guard let d = value.asDict else {
            throw PyException.make(.typeError, "Entity.from_value: multipart/form-data needs a dict, not \(typeName(value))")
        }
        var out: [Part] = []
        if let list = d.get("parts") {
            for p in try vm.iterateToArray(list) {
                guard let pd = p.asDict else {
                    throw PyException.make(.typeError, "multipart/form-data parts must be dicts, not \(typeName(p))")
                }
                var part = Part(
                    name: try optionalText(pd.get("name")), filename: try optionalText(pd.get("filename")),
                    contentType: try optionalText(pd.get("content_type")), body: try body(vm, pd.get("value") ?? .none, encoding: encoding))
                if let h = pd.get("headers")?.asDict {
                    for s in 0..<h.table.slotCount where h.table.isLive(s) {
                        let k = try pyStr(h.table.key(at: s))
                        if ["content-disposition", "content-type"].contains(k.lowercased()) { continue }
                        part.headers.append((k, try pyStr(h.table.value(at: s))))
                    }
                }
                out.append(part)
            }
            return (try optionalText(d.get("boundary")), out)
        }
        for s in 0..<d.table.slotCount where d.table.isLive(s) {
            let name = try pyStr(d.table.key(at: s))
            let v = d.table.value(at: s)
            for item in v.asList?.items ?? [v] { out.append(Part(name: name, body: try body(vm, item, encoding: encoding))) }
        }
        return (nil, out)
    }

    /// `name="value"` with `"` and `\` escaped, as `email.utils.quote` does.
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    /// The body and the boundary used (the given one, the MIME type's, or a default that does
    /// not occur in any part).
    static func write(_ vm: VM, _ value: Value, mimeType: String, encoding: String) throws -> (bytes: [UInt8], boundary: String) {
        let (given, parts) = try parts(vm, value, encoding: encoding)
        var boundary = MultipartReader.parameter(mimeType, "boundary") ?? given ?? defaultBoundary
        if given == nil && MultipartReader.parameter(mimeType, "boundary") == nil {
            var n = 0
            while parts.contains(where: { contains($0.body, Array(("--" + boundary).utf8)) }) {
                n += 1
                boundary = defaultBoundary + "-\(n)"
            }
        }
        var out: [UInt8] = []
        func line(_ s: String) throws {
            out.append(contentsOf: try Codecs.encode(s, encoding: "utf-8", errors: "strict"))
            out.append(contentsOf: [0x0D, 0x0A])
        }
        for p in parts {
            try line("--" + boundary)
            var disposition = "form-data"
            if let name = p.name { disposition += "; name=" + quoted(name) }
            if let f = p.filename { disposition += "; filename=" + quoted(f) }
            try line("Content-Disposition: " + disposition)
            if let ct = p.contentType { try line("Content-Type: " + ct) }
            for (k, v) in p.headers { try line(k + ": " + v) }
            try line("")
            out.append(contentsOf: p.body)
            out.append(contentsOf: [0x0D, 0x0A])
            try vm.checkSize(out.count)
        }
        try line("--" + boundary + "--")
        return (out, boundary)
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count, let f = needle.first else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == f && hay[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
