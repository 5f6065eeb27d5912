/// HTML escaping for text the web pages build themselves (Markdown output, attribute values).
///
/// Mustache's `{{ }}` already escapes template variables; this is for HTML assembled in Swift, which
/// reaches a template through a triple-stash and so must be safe on its own.
enum HTMLEscape {
    /// Appends `bytes` to `out`, replacing `&`, `<`, `>`, `"` and `'` with character references.
    static func append<Bytes: Sequence>(_ bytes: Bytes, to out: inout [UInt8]) where Bytes.Element == UInt8 {
        for byte in bytes {
            switch byte {
            case ASCIIByte.ampersand: out.append(contentsOf: "&amp;".utf8)
            case ASCIIByte.lessThan: out.append(contentsOf: "&lt;".utf8)
            case ASCIIByte.greaterThan: out.append(contentsOf: "&gt;".utf8)
            case ASCIIByte.doubleQuote: out.append(contentsOf: "&quot;".utf8)
            case ASCIIByte.singleQuote: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
    }

    /// `text` with the five HTML-significant characters escaped.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text.utf8, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// The ASCII bytes the Markdown renderer and the URL helpers look at, and their classes.
enum ASCIIByte {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let bang = UInt8(ascii: "!")
    static let doubleQuote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let ampersand = UInt8(ascii: "&")
    static let singleQuote = UInt8(ascii: "'")
    static let openParen = UInt8(ascii: "(")
    static let closeParen = UInt8(ascii: ")")
    static let star = UInt8(ascii: "*")
    static let plus = UInt8(ascii: "+")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let slash = UInt8(ascii: "/")
    static let colon = UInt8(ascii: ":")
    static let lessThan = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let greaterThan = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")
    static let at = UInt8(ascii: "@")
    static let openBracket = UInt8(ascii: "[")
    static let backslash = UInt8(ascii: "\\")
    static let closeBracket = UInt8(ascii: "]")
    static let underscore = UInt8(ascii: "_")
    static let backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~")

    /// Space, tab, line feed, carriage return, form feed, vertical tab.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || (byte >= 0x09 && byte <= 0x0D)
    }

    /// ASCII punctuation as CommonMark defines it: `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
            || (byte >= 0x7B && byte <= 0x7E)
    }

    /// C0 controls and DEL.
    static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
