/// `Entity`: bytes with a MIME type and encoding; reads parse the body on first use.
final class PyEntity: PyObject {
    let blob: [UInt8]
    let mimeType: String
    let encoding: String
    private var parsed: Value?

    init(blob: [UInt8], mimeType: String, encoding: String) {
        self.blob = blob
        self.mimeType = mimeType
        self.encoding = encoding
        super.init(kind: .entity)
    }

    /// The MIME type without parameters, lower-cased, with aliases folded.
    static func essence(_ mime: String) -> String {
        let base = String(mime.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: .pythonWhitespace).lowercased()
        switch base {
        case "text/json": return "application/json"
        case "text/csv": return "application/csv"
        case "text/xml": return "application/xml"
        default: return base
        }
    }

    /// The parsed body (`e["^value"]`).
    func value(_ vm: VM) throws -> Value {
        if let parsed { return parsed }
        let text = { () throws -> String in try Codecs.decode(self.blob, encoding: self.encoding, errors: "strict") }
        let v: Value
        switch PyEntity.essence(mimeType) {
        case "application/json":
            do {
                v = try JSONParser.parse(try text())
            } catch let e as PyRaise where e.exception.type === PyType.jsonDecodeError {
                throw PyException.make(.valueError, "Entity body is not valid application/json: \(e.exception.message)")
            }
        case "application/x-www-form-urlencoded":
            v = .object(PyMultiMap(pairs: UrlEncoding.parse(try text())))
        case "application/xml":
            v = try EntityFormats.parseXML(vm, blob, encoding: encoding)
        case "application/csv":
            v = try EntityFormats.parseCSV(vm, blob, encoding: encoding)
        case "multipart/form-data":
            v = try MultipartReader.parse(blob, mimeType: mimeType, encoding: encoding)
        case let m where m.hasPrefix("text/"):
            v = .str(try text())
        default:
            v = .object(PyBytes(blob))
        }
        parsed = v
        return v
    }

    /// `Entity.from_value(value, mime_type=..., encoding=...)`.
    static func fromValue(_ vm: VM, _ value: Value, mimeType: String, encoding: String) throws -> PyEntity {
        let text: String
        switch essence(mimeType) {
        case "application/json":
            var o = JSONEncoderOptions()
            o.ensureASCII = false
            var enc = PyJSONEncoder(options: o, vm: vm)
            try enc.encode(value, level: 0)
            text = String(decoding: enc.out, as: UTF8.self)
        case "application/x-www-form-urlencoded":
            text = try UrlEncoding.encode(vm, value)
        case "text/plain":
            text = try pyStr(value)
        case "application/xml":
            text = try XMLWriter.unparse(vm, value, encoding: encoding)
        case "application/csv":
            text = try EntityFormats.writeCSV(vm, value)
        case "multipart/form-data":
            let (bytes, boundary) = try MultipartWriter.write(vm, value, mimeType: mimeType, encoding: encoding)
            try vm.checkSize(bytes.count)
            let mime = MultipartReader.parameter(mimeType, "boundary") == nil ? "multipart/form-data; boundary=\(boundary)" : mimeType
            return PyEntity(blob: bytes, mimeType: mime, encoding: encoding)
        case let other:
            throw PyException.make(
                .valueError,
                "Entity.from_value cannot serialise MIME type '\(other)' (supported: application/json, text/json, text/plain, application/x-www-form-urlencoded, application/csv, text/csv, application/xml, text/xml, multipart/form-data)"
            )
        }
        let bytes = try Codecs.encode(text, encoding: encoding, errors: "strict")
        try vm.checkSize(bytes.count)
        return PyEntity(blob: bytes, mimeType: mimeType, encoding: encoding)
    }
}

/// `MultiMap`: an ordered multi-valued mapping (urlencoded forms, query strings).
final class PyMultiMap: PyObject {
    var pairs: [(String, Value)]
    init(pairs: [(String, Value)]) {
        self.pairs = pairs
        super.init(kind: .multimap)
    }

    var distinctKeys: [String] {
        var seen = Set<String>()
        return pairs.compactMap { seen.insert($0.0).inserted ? $0.0 : nil }
    }

    func first(_ k: String) -> Value? { pairs.first { $0.0 == k }?.1 }
    func all(_ k: String) -> [Value] { pairs.filter { $0.0 == k }.map(\.1) }
}

/// `application/x-www-form-urlencoded` parsing and writing (as `urllib.parse` with `quote_plus`).
enum UrlEncoding {
    static func parse(_ text: String) -> [(String, Value)] {
        var out: [(String, Value)] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let k = unquotePlus(String(kv[0]))
            let v = kv.count > 1 ? unquotePlus(String(kv[1])) : ""
            out.append((k, .str(v)))
        }
        return out
    }

    static func unquotePlus(_ s: String) -> String {
        var bytes: [UInt8] = []
        var u = Array(s.utf8)
        u = u.map { $0 == UInt8(ascii: "+") ? 32 : $0 }
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "%"), i + 2 < u.count, let h = UInt8(String(decoding: u[i + 1...i + 2], as: UTF8.self), radix: 16) {
                bytes.append(h)
                i += 3
            } else {
                bytes.append(u[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func quotePlus(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            case 32: out += "+"
            default: out += "%" + String(b, radix: 16, uppercase: true).leftPad(2)
            }
        }
        return out
    }

    static func encode(_ vm: VM, _ value: Value) throws -> String {
        var pairs: [(String, Value)] = []
        if case .object(let o) = value, o.kind == .multimap {
            pairs = unsafeDowncast(o, to: PyMultiMap.self).pairs
        } else if let d = value.asDict {
            for s in 0..<d.table.slotCount where d.table.isLive(s) {
                let k = try pyStr(d.table.key(at: s))
                let v = d.table.value(at: s)
                if let l = v.asList ?? v.asTuple.map({ PyList($0.items) }) {
                    for item in l.items { pairs.append((k, item)) }
                } else {
                    pairs.append((k, v))
                }
            }
        } else {
            for item in try vm.iterateToArray(value) {
                let kv = try vm.iterateToArray(item)
                guard kv.count == 2 else { throw PyException.make(.typeError, "not a valid non-string sequence or mapping object") }
                pairs.append((try pyStr(kv[0]), kv[1]))
            }
        }
        return try pairs.map { quotePlus($0.0) + "=" + quotePlus(try pyStr($0.1)) }.joined(separator: "&")
    }
}
