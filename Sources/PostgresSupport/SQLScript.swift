import Foundation

/// Splits a migration file into statements: PostgreSQL's extended protocol takes one at a time.
/// Semicolons inside quotes, quoted identifiers, comments and dollar-quoted bodies do not split.
public enum SQLScript {
    /// The statements of `sql`, in order, trimmed; comment-only pieces are dropped.
    public static func statements(_ sql: String) -> [String] {
        let s = Array(sql.unicodeScalars)
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var i = 0
        func flush() {
            let text = String(current).trimmingWhitespace
            if !text.isEmpty && !text.allLinesAreComments { out.append(text) }
            current = String.UnicodeScalarView()
        }
        while i < s.count {
            let c = s[i]
            if c == "-" && i + 1 < s.count && s[i + 1] == "-" {
                while i < s.count && s[i] != "\n" {
                    current.append(s[i])
                    i += 1
                }
                continue
            }
            if c == "/" && i + 1 < s.count && s[i + 1] == "*" {
                while i < s.count && !(s[i] == "*" && i + 1 < s.count && s[i + 1] == "/") {
                    current.append(s[i])
                    i += 1
                }
                if i < s.count {
                    current.append(contentsOf: "*/".unicodeScalars)
                    i += 2
                }
                continue
            }
            if c == "'" || c == "\"" {
                current.append(c)
                i += 1
                while i < s.count && s[i] != c {
                    current.append(s[i])
                    i += 1
                }
                if i < s.count {
                    current.append(s[i])
                    i += 1
                }
                continue
            }
            if c == "$", let tagEnd = dollarTagEnd(s, i) {
                let tag = Array(s[i...tagEnd])
                current.append(contentsOf: tag)
                i = tagEnd + 1
                while i < s.count && !(i + tag.count <= s.count && Array(s[i..<(i + tag.count)]) == tag) {
                    current.append(s[i])
                    i += 1
                }
                if i < s.count {
                    current.append(contentsOf: tag)
                    i += tag.count
                }
                continue
            }
            if c == ";" {
                flush()
                i += 1
                continue
            }
            current.append(c)
            i += 1
        }
        flush()
        return out
    }

    /// `$$` or `$tag$` starting at `i`: the index of its closing `$`.
    private static func dollarTagEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i + 1
        while j < s.count, s[j] == "_" || s[j].properties.isAlphabetic || (j > i + 1 && s[j].properties.numericType != nil) { j += 1 }
        return j < s.count && s[j] == "$" ? j : nil
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    var allLinesAreComments: Bool {
        split(separator: "\n").allSatisfy {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") || $0.trimmingCharacters(in: .whitespaces).isEmpty
        }
    }
}
