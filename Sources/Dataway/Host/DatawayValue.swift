import BigInt

/// A value crossing the boundary between a host and a script.
public indirect enum DatawayValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case list([DatawayValue])
    /// A dict with string keys, in insertion order.
    case dict([DatawayField])
    case entity(DatawayEntity)
    /// A `decimal.Decimal`, exact.
    case decimal(DatawayDecimal)
    /// A `datetime` module value: date, time, datetime, timedelta or timezone.
    case dateTime(DatawayDateTime)
    /// JSON text that the script side parses itself when the run starts: a host that holds JSON
    /// (an HTTP body, a payload file) skips building a `DatawayValue` tree only to convert it again.
    case json(String)

    /// Reads a dict entry.
    public subscript(key: String) -> DatawayValue? {
        guard case .dict(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }
}

/// One key/value pair of a dict.
public struct DatawayField: Sendable, Equatable {
    public var key: String
    public var value: DatawayValue
    public init(_ key: String, _ value: DatawayValue) {
        self.key = key
        self.value = value
    }
}

/// Raw bytes with a MIME type and a text encoding (HTTP bodies, files).
public struct DatawayEntity: Sendable, Equatable {
    public var blob: [UInt8]
    public var mimeType: String
    public var encoding: String
    public init(blob: [UInt8], mimeType: String, encoding: String = "utf-8") {
        self.blob = blob
        self.mimeType = mimeType
        self.encoding = encoding
    }
}

extension DatawayValue {
    /// Parses JSON text (CPython's `json.loads` rules).
    public static func parseJSON(_ text: String) throws(DatawayError) -> DatawayValue {
        do {
            return try DatawayValue(script: JSONParser.parse(text))
        } catch let e as PyRaise {
            throw .runtime(RuntimeError(e.exception))
        } catch let e as DatawayError {
            throw e
        } catch {
            throw .runtime(RuntimeError(type: "ValueError", message: "\(error)", traceback: []))
        }
    }

    /// JSON text as `json.dumps` writes it (optionally indented, never escaping non-ASCII), except
    /// that a Decimal is a JSON number with its exact digits and a `datetime` value is its ISO 8601
    /// text (`DatawayDateTime.isoString`).
    public func jsonString(indent: Int? = nil, ensureASCII: Bool = false) -> String {
        var o = JSONEncoderOptions()
        if let indent {
            o.indent = String(repeating: " ", count: indent)
            o.itemSeparator = ","
        }
        o.ensureASCII = ensureASCII
        o.hostValues = true
        var enc = PyJSONEncoder(options: o, vm: nil)
        do {
            if case .json(let text) = self { return text }
            try enc.encode(try scriptValue(), level: 0)
        } catch {
            return "null"
        }
        return String(decoding: enc.out, as: UTF8.self)
    }

    /// The script-side value; `.json` text that does not parse is `DatawayError.invalidInput`.
    func scriptValue() throws(DatawayError) -> Value {
        switch self {
        case .json(let text):
            do {
                return try JSONParser.parse(text)
            } catch let e as PyRaise {
                throw .invalidInput("not valid JSON: \(e.exception.message)")
            } catch {
                throw .invalidInput("not valid JSON: \(error)")
            }
        case .null: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let b): return .bigint(b)
        case .float(let d): return .float(d)
        case .string(let s): return .str(s)
        case .bytes(let b): return .object(PyBytes(b))
        case .list(let items):
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for i in items { out.append(try i.scriptValue()) }
            return .list(out)
        case .dict(let fields):
            let d = PyDict(HashTable(minimumCapacity: fields.count))
            for f in fields { d.set(f.key, try f.value.scriptValue()) }
            return .object(d)
        case .entity(let e): return .object(PyEntity(blob: e.blob, mimeType: e.mimeType, encoding: e.encoding))
        case .decimal(let d): return try d.scriptValue()
        case .dateTime(let t): return try t.scriptValue()
        }
    }

    /// Converts a script value for the host; refuses types that cannot leave a script.
    init(script v: Value) throws(DatawayError) {
        var seen = Set<ObjectIdentifier>()
        self = try DatawayValue.convert(v, &seen)
    }

    private static func convert(_ v: Value, _ seen: inout Set<ObjectIdentifier>) throws(DatawayError) -> DatawayValue {
        func refuse(_ what: String) -> DatawayError {
            .runtime(
                RuntimeError(
                    type: "TypeError",
                    message:
                        "a value of type '\(what)' cannot leave a script (allowed: None, bool, int, float, str, bytes, list, dict with str keys, Decimal, date, time, datetime, timedelta, timezone, Entity)",
                    traceback: []))
        }
        switch v {
        case .none, .undefined: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .object(let o):
            switch o.kind {
            case .str: return .string(unsafeDowncast(o, to: PyStr.self).value)
            case .bigint: return .bigInt(unsafeDowncast(o, to: PyBigInt.self).value)
            case .bytes, .bytearray: return .bytes(unsafeDowncast(o, to: PyBytes.self).bytes)
            case .list, .tuple, .dict:
                if seen.count > maxValueNesting {
                    throw .runtime(
                        RuntimeError(
                            type: "RecursionError", message: "a value leaving a script is nested more than \(maxValueNesting) levels deep",
                            traceback: []))
                }
                let id = ObjectIdentifier(o)
                if seen.contains(id) {
                    throw .runtime(
                        RuntimeError(
                            type: "ValueError", message: "a value leaving a script contains itself (circular reference)", traceback: []))
                }
                seen.insert(id)
                defer { seen.remove(id) }
                if o.kind == .dict {
                    let t = unsafeDowncast(o, to: PyDict.self).table
                    var fields: [DatawayField] = []
                    fields.reserveCapacity(t.count)
                    for s in 0..<t.slotCount where t.isLive(s) {
                        guard let k = t.key(at: s).asStr else {
                            throw .runtime(
                                RuntimeError(
                                    type: "TypeError", message: "dict keys leaving a script must be str, not \(typeName(t.key(at: s)))",
                                    traceback: []))
                        }
                        fields.append(DatawayField(k.value, try convert(t.value(at: s), &seen)))
                    }
                    return .dict(fields)
                }
                let items = o.kind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
                var out: [DatawayValue] = []
                out.reserveCapacity(items.count)
                for i in items { out.append(try convert(i, &seen)) }
                return .list(out)
            case .entity:
                let e = unsafeDowncast(o, to: PyEntity.self)
                return .entity(DatawayEntity(blob: e.blob, mimeType: e.mimeType, encoding: e.encoding))
            case .multimap:
                let m = unsafeDowncast(o, to: PyMultiMap.self)
                var fields: [DatawayField] = []
                for (k, val) in m.pairs where !fields.contains(where: { $0.key == k }) {
                    fields.append(DatawayField(k, try convert(val, &seen)))
                }
                return .dict(fields)
            case .native:
                if let v = native(unsafeDowncast(o, to: PyNativeObject.self)) { return v }
                throw refuse(objectTypeName(o))
            default:
                throw refuse(objectTypeName(o))
            }
        }
    }
}
