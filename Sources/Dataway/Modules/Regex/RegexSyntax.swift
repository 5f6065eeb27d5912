/// The parsed form of a Python regular expression, as CPython's `re._parser` builds it.
indirect enum RegexItem {
    case literal(UInt32)
    case notLiteral(UInt32)
    case any
    /// A character set (`[...]`, `\d`, ...), possibly negated.
    case set(negated: Bool, [RegexSetItem])
    case at(RegexAnchor)
    case branch([[RegexItem]])
    case repeated(min: Int, max: Int, RegexRepeatKind, [RegexItem])
    /// A group: capturing when `group` is set; `add`/`remove` are scoped flags `(?i:...)`.
    case subpattern(group: Int?, add: Int, remove: Int, [RegexItem])
    case atomic([RegexItem])
    case assert(behind: Bool, negated: Bool, [RegexItem])
    case groupRef(Int)
    case groupExists(Int, yes: [RegexItem], no: [RegexItem]?)
}

enum RegexSetItem {
    case literal(UInt32)
    case range(UInt32, UInt32)
    case category(RegexCategory)
}

enum RegexCategory {
    case digit, notDigit, space, notSpace, word, notWord
}

enum RegexAnchor {
    case beginning, end, beginningString, endString, boundary, nonBoundary
}

enum RegexRepeatKind { case greedy, lazy, possessive }

/// The `re` flag bits (CPython's values).
enum RegexFlag {
    static let ignoreCase = 2
    static let locale = 4
    static let multiline = 8
    static let dotAll = 16
    static let unicode = 32
    static let verbose = 64
    static let ascii = 256
    static let named: [(String, Int)] = [
        ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("ASCII", 256),
    ]
    static let letters: [Character: Int] = ["i": 2, "L": 4, "m": 8, "s": 16, "x": 64, "a": 256, "t": 1, "u": 32]
}

/// A bad pattern: `re.error(msg, pattern, pos)`.
struct RegexSyntaxError: Error {
    var message: String
    var position: Int?
}

/// What parsing a pattern yields.
struct RegexParse {
    var items: [RegexItem]
    var flags: Int
    var groupCount: Int
    var groupNames: [(String, Int)]
}

/// The width (min, max code points) of a pattern piece, as `SubPattern.getwidth` computes it.
let regexMaxRepeat = Int(UInt32.max)

func regexWidth(_ items: [RegexItem], _ groupWidths: [(Int, Int)?]) -> (Int, Int) {
    var lo = 0
    var hi = 0
    for item in items {
        switch item {
        case .branch(let alts):
            var i = regexMaxRepeat - 1
            var j = 0
            for a in alts {
                let (l, h) = regexWidth(a, groupWidths)
                i = min(i, l)
                j = max(j, h)
            }
            lo += i
            hi += j
        case .atomic(let p), .subpattern(_, _, _, let p):
            let (l, h) = regexWidth(p, groupWidths)
            lo += l
            hi += h
        case .repeated(let mn, let mx, _, let p):
            let (l, h) = regexWidth(p, groupWidths)
            lo += l * mn
            hi = hi &+ (h == 0 ? 0 : min(regexMaxRepeat, h &* mx))
        case .literal, .notLiteral, .any, .set:
            lo += 1
            hi += 1
        case .groupRef(let g):
            if g < groupWidths.count, let w = groupWidths[g] {
                lo += w.0
                hi += w.1
            }
        case .groupExists(_, let yes, let no):
            var (i, j) = regexWidth(yes, groupWidths)
            if let no {
                let (l, h) = regexWidth(no, groupWidths)
                i = min(i, l)
                j = max(j, h)
            } else {
                i = 0
            }
            lo += i
            hi += j
        case .at, .assert: break
        }
        lo = min(lo, regexMaxRepeat - 1)
        hi = min(hi, regexMaxRepeat)
    }
    return (min(lo, regexMaxRepeat - 1), min(hi, regexMaxRepeat))
}
