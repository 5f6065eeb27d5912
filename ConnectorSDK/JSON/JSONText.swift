import Dataway
import OrderedCollections

/// A JSON text that could not be parsed.
public struct JSONTextError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension JSONValue {
    /// Parses JSON text, keeping object key order (Dataway's parser, which reports CPython's positions).
    public static func parse(_ text: String) throws(JSONTextError) -> JSONValue {
        if let v = JSONFastParser.parse(Array(text.utf8)) { return v.value }
        return try parseWithDataway(text)
    }

    static func parseWithDataway(_ text: String) throws(JSONTextError) -> JSONValue {
        do {
            return try JSONValue(dataway: DatawayValue.parseJSON(text))
        } catch {
            throw JSONTextError(message: "\(error)")
        }
    }

    /// Parses UTF-8 JSON bytes.
    public static func parse(_ bytes: [UInt8]) throws(JSONTextError) -> JSONValue {
        // ASCII bodies (most API responses) need no UTF-8 check beyond the fast parser's own scan.
        let fast = JSONFastParser.parse(bytes)
        if let fast, !fast.needsUTF8Check { return fast.value }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw JSONTextError(message: "the body is not valid UTF-8")
        }
        if let fast { return fast.value }
        return try parseWithDataway(text)
    }

    /// JSON text: compact (`{"a":1}`) or indented by `indent` spaces per level.
    public func jsonText(indent: Int? = nil, sortedKeys: Bool = false) -> String {
        var out = ""
        write(to: &out, indent: indent, level: 0, sortedKeys: sortedKeys)
        return out
    }

    private func write(to out: inout String, indent: Int?, level: Int, sortedKeys: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d):
            if d.isFinite && d == d.rounded() && abs(d) < 1e15 {
                out += String(Int(d)) + ".0"
            } else if d.isFinite {
                out += "\(d)"
            } else {
                out += "null"
            }
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let a):
            if a.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, v) in a.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                v.write(to: &out, indent: indent, level: level + 1, sortedKeys: sortedKeys)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let o):
            if o.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            let keys = sortedKeys ? o.keys.sorted() : Array(o.keys)
            for (i, k) in keys.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                Self.writeString(k, to: &out)
                out += indent == nil ? ":" : ": "
                o[k]?.write(to: &out, indent: indent, level: level + 1, sortedKeys: sortedKeys)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
