/// Line diffs for test reports: `-` expected, `+` actual, shared lines as context.
enum TextDiff {
    /// Diffs two JSON values printed with sorted keys and two-space indents.
    static func json(expected: JSONValue, actual: JSONValue) -> String {
        lines(expected: expected.jsonText(indent: 2, sortedKeys: true), actual: actual.jsonText(indent: 2, sortedKeys: true))
    }

    /// An LCS line diff of two texts.
    static func lines(expected: String, actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        // Large outputs: show both rather than spend quadratic time.
        if a.count * b.count > 4_000_000 { return "--- expected\n\(expected)\n+++ actual\n\(actual)" }
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = ["--- expected", "+++ actual"]
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count && j < b.count && a[i] == b[j] {
                out.append("  " + a[i])
                i += 1
                j += 1
            } else if j < b.count && (i == a.count || lcs[i][j + 1] >= lcs[i + 1][j]) {
                out.append("+ " + b[j])
                j += 1
            } else {
                out.append("- " + a[i])
                i += 1
            }
        }
        return out.joined(separator: "\n")
    }
}
