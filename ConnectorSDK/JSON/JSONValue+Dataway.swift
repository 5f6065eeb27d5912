import Dataway
import OrderedCollections

extension JSONValue {
    /// Converts a script value. Bytes become text (UTF-8, lossy); entities their parsed JSON when they
    /// hold JSON, else their text; big integers that do not fit in `Int` become numbers; decimals
    /// numbers; dates, times and durations ISO 8601 strings.
    public init(dataway value: DatawayValue) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .integer(i)
        case .bigInt(let b): self = Int(exactly: b).map(JSONValue.integer) ?? .number(Double(b))
        case .float(let d): self = .number(d)
        case .string(let s): self = .string(s)
        case .bytes(let b): self = .string(String(decoding: b, as: UTF8.self))
        case .list(let l): self = .array(l.map(JSONValue.init(dataway:)))
        case .dict(let fields):
            var o = OrderedDictionary<String, JSONValue>()
            for f in fields { o[f.key] = JSONValue(dataway: f.value) }
            self = .object(o)
        case .entity(let e):
            let text = String(decoding: e.blob, as: UTF8.self)
            self = (try? JSONValue.parse(text)) ?? .string(text)
        case .json(let text):
            self = (try? JSONValue.parse(text)) ?? .string(text)
        case .decimal(let d):
            // Integral decimals stay integers; others become numbers; NaN and infinities their text.
            if let i = Int(d.text) {
                self = .integer(i)
            } else {
                self = d.isFinite ? .number(d.doubleValue) : .string(d.text)
            }
        case .dateTime(let t): self = .string(t.isoString)
        }
    }

    /// The value as a script sees it.
    public var dataway: DatawayValue {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .integer(let i): return .int(i)
        case .number(let d): return .float(d)
        case .string(let s): return .string(s)
        case .array(let a): return .list(a.map(\.dataway))
        case .object(let o): return .dict(o.map { DatawayField($0.key, $0.value.dataway) })
        }
    }
}
