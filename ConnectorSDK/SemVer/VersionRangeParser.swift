/// Reads range text into comparator sets, following node-semver's grammar:
///
/// ```
/// range-set  ::= range ( '||' range ) *        -- whitespace allowed around '||'
/// range      ::= hyphen | simple ( ' ' simple ) *
/// hyphen     ::= partial ' - ' partial
/// simple     ::= ( '<' | '<=' | '>' | '>=' | '=' | '~' | '~>' | '^' ) ? partial
/// partial    ::= 'v' ? xr ( '.' xr ( '.' xr qualifier ? ) ? ) ?
/// xr         ::= 'x' | 'X' | '*' | nr
/// ```
///
/// Whitespace may separate an operator from its version (`>= 1.2.3`). Stricter than node-semver, which
/// reads these as something the writer probably did not mean: an empty alternative (`1.x ||`, which
/// node-semver reads as `*`), a pre-release or build on a wildcard version (`1.2.x-beta`, read as
/// `1.2.x`) and a number after a wildcard (`1.x.3`, read as `1.x`) are errors here.
enum VersionRangeParser {
    static func parse(_ text: String) throws(SemVerError.Issue) -> [[VersionComparator]] {
        if text.allSatisfy(\.isWhitespace) { return [[]] }
        var sets: [[VersionComparator]] = []
        for alternative in text.split(separator: "||", omittingEmptySubsequences: false) {
            if alternative.contains("|") { throw .strayPipe }
            let words = alternative.split(whereSeparator: \.isWhitespace)
            if words.isEmpty { throw .emptyAlternative }
            sets.append(simplify(try comparators(words)))
        }
        return combine(sets)
    }

    /// One alternative: a hyphen range or space-separated simple comparators.
    private static func comparators(_ words: [Substring]) throws(SemVerError.Issue) -> [VersionComparator] {
        if words.contains("-") {
            guard words.count == 3, words[1] == "-" else { throw .hyphen }
            let from = try hyphenSide(words[0])
            let to = try hyphenSide(words[2])
            return try PartialVersion.hyphen(from: from, to: to, word: words.joined(separator: " "))
        }
        var result: [VersionComparator] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            var (op, versionText) = splitOperator(word)
            if versionText.isEmpty {
                guard index < words.count, let next = words[index].first, !"<>=~^".contains(next) else {
                    throw .missingVersion(operator: String(op))
                }
                versionText = words[index]
                index += 1
            }
            result += try simple(op: op, versionText: versionText)
        }
        return result
    }

    /// One side of a hyphen range: a partial version, optionally written `v1.2`. (node-semver accepts
    /// no operator here, `=` included.)
    private static func hyphenSide(_ word: Substring) throws(SemVerError.Issue) -> PartialVersion {
        let text = word.first == "v" ? word.dropFirst() : word
        guard looksLikeVersion(text) else {
            throw text.first.map { "<>~^=".contains($0) } == true ? .hyphen : .invalidComparator(String(word))
        }
        return try PartialVersion.parse(text)
    }

    /// A comparator, tilde or caret range, x-range or plain version.
    private static func simple(op: Substring, versionText: Substring) throws(SemVerError.Issue) -> [VersionComparator] {
        let word = String(op + versionText)
        let text = versionText.first == "v" ? versionText.dropFirst() : versionText
        guard looksLikeVersion(text) else { throw .invalidComparator(word) }
        let partial = try PartialVersion.parse(text)
        switch op {
        case "~", "~>": return try partial.tilde(word: word)
        case "^": return try partial.caret(word: word)
        case "<": return try partial.primitive(.less, word: word)
        case "<=": return try partial.primitive(.lessOrEqual, word: word)
        case ">": return try partial.primitive(.greater, word: word)
        case ">=": return try partial.primitive(.greaterOrEqual, word: word)
        default: return try partial.primitive(.equal, word: word)
        }
    }

    /// The longest operator at the start of `word`, and the rest.
    private static func splitOperator(_ word: Substring) -> (Substring, Substring) {
        for op in ["<=", ">=", "~>", "<", ">", "=", "~", "^"] where word.hasPrefix(op) {
            return (word.prefix(op.count), word.dropFirst(op.count))
        }
        return ("", word)
    }

    /// A digit, or a wildcard standing alone or followed by a dot. (`xyz` is a word, not a version.)
    private static func looksLikeVersion(_ text: Substring) -> Bool {
        guard let first = text.first else { return false }
        if first.isASCII, first.isNumber { return true }
        guard first == "x" || first == "X" || first == "*" else { return false }
        return text.count == 1 || text.dropFirst().first == "."
    }

    /// One set, as node-semver keeps it: a set that can match nothing becomes just `<0.0.0-0`,
    /// floors that exclude nothing go, and a repeated comparator is kept once (where one copy is a
    /// floor that admits pre-releases and the other is not, the stricter one stays).
    private static func simplify(_ set: [VersionComparator]) -> [VersionComparator] {
        if set.contains(where: \.isNothing) { return [.nothing] }
        var result: [VersionComparator] = []
        var positions: [String: Int] = [:]
        for comparator in set where !comparator.isRedundantFloor {
            if let position = positions[comparator.description] {
                if !comparator.floorAdmitsPrereleases { result[position] = comparator }
            } else {
                positions[comparator.description] = result.count
                result.append(comparator)
            }
        }
        return result
    }

    /// The union, as node-semver keeps it: sets that match nothing go (unless all do), and a set that
    /// matches everything makes the whole range `*`.
    private static func combine(_ sets: [[VersionComparator]]) -> [[VersionComparator]] {
        guard sets.count > 1 else { return sets }
        let useful = sets.filter { $0 != [.nothing] }
        if useful.isEmpty { return [sets[0]] }
        if useful.contains(where: \.isEmpty) { return [[]] }
        return useful
    }
}
