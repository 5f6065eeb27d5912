import Foundation

/// A `pattern` compiled once: ECMA-262 syntax translated to the ICU dialect `NSRegularExpression` speaks.
///
/// Matching is a search (not anchored), as JSON Schema requires. The translation covers the places where
/// the two dialects disagree in practice: `\d` and `\w` are ASCII-only in ECMA-262, `$` matches only at
/// the very end (ICU also matches before a final newline), and `[` inside a class is a literal.
struct ECMARegex: Sendable {
    /// The pattern as the schema wrote it.
    let source: String
    private let regex: NSRegularExpression

    /// Compiles `pattern`, or throws a reason suitable for a schema problem message.
    init(_ pattern: String) throws(RegexSyntaxError) {
        source = pattern
        do {
            regex = try NSRegularExpression(pattern: Self.translate(pattern), options: [])
        } catch {
            throw RegexSyntaxError(reason: "not a valid regular expression")
        }
    }

    /// Whether the pattern matches anywhere in `string`.
    func matches(_ string: String) -> Bool {
        let range = NSRange(location: 0, length: string.utf16.count)
        return regex.firstMatch(in: string, options: [], range: range) != nil
    }

    /// Rewrites the ECMA-262 constructs whose meaning differs in ICU; everything else passes through.
    static func translate(_ pattern: String) -> String {
        var out = ""
        out.reserveCapacity(pattern.utf8.count + 8)
        var inClass = false
        var iterator = pattern.makeIterator()
        while let c = iterator.next() {
            switch c {
            case "\\":
                guard let next = iterator.next() else {
                    out.append("\\")
                    continue
                }
                out.append(escape(next, inClass: inClass))
            case "[" where inClass:
                out.append("\\[")
            case "[":
                inClass = true
                out.append("[")
                // A leading `]` (or `^]`) is a literal in ICU but closes an empty class in ECMA-262;
                // the empty class `[]` never matches and `[^]` matches anything.
                var lookahead = iterator
                if let first = lookahead.next() {
                    if first == "]" {
                        iterator = lookahead
                        out.removeLast()
                        out.append("(?!)")
                        inClass = false
                    } else if first == "^", lookahead.next() == "]" {
                        iterator = lookahead
                        out.removeLast()
                        out.append("[\\s\\S]")
                        inClass = false
                    }
                }
            case "]" where inClass:
                inClass = false
                out.append("]")
            case "$" where !inClass:
                out.append("\\z")
            default:
                out.append(c)
            }
        }
        return out
    }

    private static func escape(_ c: Character, inClass: Bool) -> String {
        switch c {
        case "d": return inClass ? "0-9" : "[0-9]"
        case "D": return inClass ? "[^0-9]" : "[^0-9]"
        case "w": return inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]"
        case "W": return "[^a-zA-Z0-9_]"
        default: return "\\" + String(c)
        }
    }
}

/// Why a pattern does not compile.
struct RegexSyntaxError: Error {
    let reason: String
}
