/// A port of CPython 3.11's `re._parser`: the same grammar, error messages and positions.
struct RegexParser {
    var source: RegexTokenizer
    var flags: Int
    var groupNames: [(String, Int)] = []
    var groupWidths: [(Int, Int)?] = [nil]
    var lookbehindGroups: Int?
    var groupRefPos: [Int: Int] = [:]
    /// Set for "the repetition number is too large" (an `OverflowError` in CPython).
    var overflow = false

    static let digits = "0123456789"
    static let octDigits = "01234567"
    static let hexDigits = "0123456789abcdefABCDEF"
    static let whitespace = " \t\n\r\u{0B}\u{0C}"
    static let specialChars = ".\\[{()*+?^$|"
    static let repeatChars = "*+?{"

    static func parse(_ pattern: String, flags: Int) throws(RegexSyntaxError) -> RegexParse {
        var p = RegexParser(source: try RegexTokenizer(pattern), flags: flags)
        let items = try p.parseSub(verbose: flags & RegexFlag.verbose != 0, nested: 0)
        if p.flags & RegexFlag.locale != 0 {
            throw RegexSyntaxError(message: "\u{0}cannot use LOCALE flag with a str pattern", position: nil)
        }
        if p.flags & RegexFlag.ascii == 0 {
            p.flags |= RegexFlag.unicode
        } else if p.flags & RegexFlag.unicode != 0 {
            throw RegexSyntaxError(message: "\u{0}ASCII and UNICODE flags are incompatible", position: nil)
        }
        if p.source.next != nil { throw p.source.error("unbalanced parenthesis") }
        for (g, pos) in p.groupRefPos.sorted(by: { $0.key < $1.key }) where g >= p.groupWidths.count {
            throw RegexSyntaxError(message: "invalid group reference \(g)", position: pos)
        }
        return RegexParse(items: items, flags: p.flags, groupCount: p.groupWidths.count - 1, groupNames: p.groupNames)
    }

    var groups: Int { groupWidths.count }

    func groupIndex(_ name: String) -> Int? { regexGroupIndex(name, in: groupNames) }

    mutating func openGroup(_ name: String?) throws(RegexSyntaxError) -> Int {
        let gid = groups
        groupWidths.append(nil)
        if let name {
            if let old = groupIndex(name) {
                throw RegexSyntaxError(
                    message: "redefinition of group name \(strRepr(name)) as group \(gid); was group \(old)", position: nil)
            }
            groupNames.append((name, gid))
        }
        return gid
    }

    func checkGroup(_ gid: Int) -> Bool { gid < groups && groupWidths[gid] != nil }

    func checkLookbehindGroup(_ gid: Int) throws(RegexSyntaxError) {
        guard let lb = lookbehindGroups else { return }
        if !checkGroup(gid) { throw source.error("cannot refer to an open group") }
        if gid >= lb { throw source.error("cannot refer to group defined in the same lookbehind subpattern") }
    }

    mutating func parseSub(verbose: Bool, nested: Int) throws(RegexSyntaxError) -> [RegexItem] {
        var items: [[RegexItem]] = []
        var verbose = verbose
        while true {
            items.append(try parse(verbose: verbose, nested: nested + 1, first: nested == 0 && items.isEmpty))
            if !(try source.match("|")) { break }
            if nested == 0 { verbose = flags & RegexFlag.verbose != 0 }
        }
        if items.count == 1 { return items[0] }
        return [.branch(items)]
    }

    mutating func parse(verbose: Bool, nested: Int, first: Bool = false) throws(RegexSyntaxError) -> [RegexItem] {
        var sub: [RegexItem] = []
        var verbose = verbose
        while true {
            guard let this = source.next else { break }
            if this == "|" || this == ")" { break }
            _ = try source.get()
            if verbose {
                if this.scalarCount == 1 && Self.whitespace.unicodeScalars.contains(this.unicodeScalars.first!) { continue }
                if this == "#" {
                    while true {
                        let t = try source.get()
                        if t == nil || t == "\n" { break }
                    }
                    continue
                }
            }
            if this.unicodeScalars.first == "\\" {
                sub.append(try escape(this))
            } else if this.scalarCount != 1 || !Self.specialChars.unicodeScalars.contains(this.unicodeScalars.first!) {
                sub.append(.literal(this.scalarValue))
            } else if this == "[" {
                sub.append(try parseSet())
            } else if Self.repeatChars.contains(this) {
                let here = source.pos
                var mn = 0
                var mx = regexMaxRepeat
                switch this {
                case "?": mx = 1
                case "*": break
                case "+": mn = 1
                default:
                    if source.next == "}" {
                        sub.append(.literal(this.scalarValue))
                        continue
                    }
                    var lo = ""
                    var hi = ""
                    while let n = source.next, n.scalarCount == 1, Self.digits.contains(n) { lo += try source.get() ?? "" }
                    if try source.match(",") {
                        while let n = source.next, n.scalarCount == 1, Self.digits.contains(n) { hi += try source.get() ?? "" }
                    } else {
                        hi = lo
                    }
                    if !(try source.match("}")) {
                        sub.append(.literal(this.scalarValue))
                        try source.seek(here)
                        continue
                    }
                    if !lo.isEmpty {
                        guard let v = Int(lo), v < regexMaxRepeat else { return try tooLarge() }
                        mn = v
                    }
                    if !hi.isEmpty {
                        guard let v = Int(hi), v < regexMaxRepeat else { return try tooLarge() }
                        mx = v
                        if mx < mn { throw source.error("min repeat greater than max repeat", source.pos - here) }
                    }
                }
                guard var item = sub.last, !isAnchor(item) else {
                    throw source.error("nothing to repeat", source.pos - here + this.scalarCount)
                }
                if case .repeated = item { throw source.error("multiple repeat", source.pos - here + this.scalarCount) }
                var body = [item]
                if case .subpattern(nil, 0, 0, let p) = item { body = p }
                let kind: RegexRepeatKind =
                    try source.match("?") ? .lazy : try source.match("+") ? .possessive : .greedy
                item = .repeated(min: mn, max: mx, kind, body)
                sub[sub.count - 1] = item
            } else if this == "." {
                sub.append(.any)
            } else if this == "(" {
                if let item = try parseGroup(&verbose, nested: nested, first: first, subIsEmpty: sub.isEmpty) { sub.append(item) }
            } else if this == "^" {
                sub.append(.at(.beginning))
            } else if this == "$" {
                sub.append(.at(.end))
            }
        }
        // Unpack non-capturing groups without flags.
        var out: [RegexItem] = []
        out.reserveCapacity(sub.count)
        for item in sub {
            if case .subpattern(nil, 0, 0, let p) = item { out.append(contentsOf: p) } else { out.append(item) }
        }
        return out
    }

    private mutating func tooLarge() throws(RegexSyntaxError) -> [RegexItem] {
        overflow = true
        throw RegexSyntaxError(message: "\u{1}the repetition number is too large", position: nil)
    }

    private func isAnchor(_ item: RegexItem) -> Bool {
        if case .at = item { return true }
        return false
    }

    /// After `(`: groups, extensions, lookarounds, conditionals and inline flags. Nil for an item
    /// that adds nothing (a comment or global flags).
    private mutating func parseGroup(_ verbose: inout Bool, nested: Int, first: Bool, subIsEmpty: Bool) throws(RegexSyntaxError)
        -> RegexItem?
    {
        let start = source.pos - 1
        var capture = true
        var atomic = false
        var name: String?
        var addFlags = 0
        var delFlags = 0
        if try source.match("?") {
            guard let char = try source.get() else { throw source.error("unexpected end of pattern") }
            if char == "P" {
                if try source.match("<") {
                    name = try source.getUntil(">", "group name")
                    try source.checkGroupName(name!, 1)
                } else if try source.match("=") {
                    let n = try source.getUntil(")", "group name")
                    try source.checkGroupName(n, 1)
                    guard let gid = groupIndex(n) else {
                        throw source.error("unknown group name \(strRepr(n))", n.scalarCount + 1)
                    }
                    if !checkGroup(gid) { throw source.error("cannot refer to an open group", n.scalarCount + 1) }
                    try checkLookbehindGroup(gid)
                    return .groupRef(gid)
                } else {
                    guard let c = try source.get() else { throw source.error("unexpected end of pattern") }
                    throw source.error("unknown extension ?P" + c, c.scalarCount + 2)
                }
            } else if char == ":" {
                capture = false
            } else if char == "#" {
                while true {
                    if source.next == nil { throw source.error("missing ), unterminated comment", source.pos - start) }
                    if try source.get() == ")" { break }
                }
                return nil
            } else if char == "=" || char == "!" || char == "<" {
                var behind = false
                var kind = char
                let savedLookbehind = lookbehindGroups
                if char == "<" {
                    guard let c = try source.get() else { throw source.error("unexpected end of pattern") }
                    if c != "=" && c != "!" { throw source.error("unknown extension ?<" + c, c.scalarCount + 2) }
                    kind = c
                    behind = true
                    if lookbehindGroups == nil { lookbehindGroups = groups }
                }
                let p = try parseSub(verbose: verbose, nested: nested + 1)
                if behind && savedLookbehind == nil { lookbehindGroups = nil }
                if !(try source.match(")")) { throw source.error("missing ), unterminated subpattern", source.pos - start) }
                return .assert(behind: behind, negated: kind == "!", p)
            } else if char == "(" {
                let condName = try source.getUntil(")", "group name")
                let condGroup: Int
                if isIdentifier(condName) {
                    guard let g = groupIndex(condName) else {
                        throw source.error("unknown group name \(strRepr(condName))", condName.scalarCount + 1)
                    }
                    condGroup = g
                } else {
                    guard let g = Int(condName), g >= 0, condName.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                        throw source.error("bad character in group name \(strRepr(condName))", condName.scalarCount + 1)
                    }
                    if g == 0 { throw source.error("bad group number", condName.scalarCount + 1) }
                    if groupRefPos[g] == nil { groupRefPos[g] = source.pos - condName.scalarCount - 1 }
                    condGroup = g
                }
                try checkLookbehindGroup(condGroup)
                let yes = try parse(verbose: verbose, nested: nested + 1)
                var no: [RegexItem]?
                if try source.match("|") {
                    no = try parse(verbose: verbose, nested: nested + 1)
                    if source.next == "|" { throw source.error("conditional backref with more than two branches") }
                }
                if !(try source.match(")")) { throw source.error("missing ), unterminated subpattern", source.pos - start) }
                return .groupExists(condGroup, yes: yes, no: no)
            } else if char == ">" {
                capture = false
                atomic = true
            } else if char.scalarCount == 1, RegexFlag.letters[Character(char)] != nil || char == "-" {
                if let (add, del) = try parseFlags(char) {
                    addFlags = add
                    delFlags = del
                    capture = false
                } else {
                    if !first || !subIsEmpty {
                        throw source.error("global flags not at the start of the expression", source.pos - start)
                    }
                    verbose = flags & RegexFlag.verbose != 0
                    return nil
                }
            } else {
                throw source.error("unknown extension ?" + char, char.scalarCount + 1)
            }
        }
        var group: Int?
        if capture {
            do {
                group = try openGroup(name)
            } catch {
                throw source.error(error.message, (name?.scalarCount ?? 0) + 1)
            }
        }
        let subVerbose = (verbose || addFlags & RegexFlag.verbose != 0) && delFlags & RegexFlag.verbose == 0
        let p = try parseSub(verbose: subVerbose, nested: nested + 1)
        if !(try source.match(")")) { throw source.error("missing ), unterminated subpattern", source.pos - start) }
        if let group { groupWidths[group] = regexWidth(p, groupWidths) }
        if atomic { return .atomic(p) }
        return .subpattern(group: group, add: addFlags, remove: delFlags, p)
    }

    /// Inline flags after `(?`; nil for global flags `(?i)`.
    private mutating func parseFlags(_ first: String) throws(RegexSyntaxError) -> (Int, Int)? {
        var char: String? = first
        var add = 0
        var del = 0
        let typeFlags = RegexFlag.ascii | RegexFlag.locale | RegexFlag.unicode
        if char != "-" {
            while true {
                let flag = RegexFlag.letters[Character(char!)] ?? 0
                if char == "L" { throw source.error("bad inline flags: cannot use 'L' flag with a str pattern") }
                add |= flag
                if flag & typeFlags != 0 && add & typeFlags != flag {
                    throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                char = try source.get()
                guard let c = char else { throw source.error("missing -, : or )") }
                if c == ")" || c == "-" || c == ":" { break }
                if c.scalarCount != 1 || RegexFlag.letters[Character(c)] == nil {
                    throw source.error(c.first?.isLetter == true ? "unknown flag" : "missing -, : or )", c.scalarCount)
                }
            }
        }
        if char == ")" {
            flags |= add
            return nil
        }
        if add & 1 != 0 { throw source.error("bad inline flags: cannot turn on global flag", 1) }
        if char == "-" {
            char = try source.get()
            guard let c = char else { throw source.error("missing flag") }
            if c.scalarCount != 1 || RegexFlag.letters[Character(c)] == nil {
                throw source.error(c.first?.isLetter == true ? "unknown flag" : "missing flag", c.scalarCount)
            }
            while true {
                let flag = RegexFlag.letters[Character(char!)] ?? 0
                if flag & typeFlags != 0 { throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'") }
                del |= flag
                char = try source.get()
                guard let c = char else { throw source.error("missing :") }
                if c == ":" { break }
                if c.scalarCount != 1 || RegexFlag.letters[Character(c)] == nil {
                    throw source.error(c.first?.isLetter == true ? "unknown flag" : "missing :", c.scalarCount)
                }
            }
        }
        if del & 1 != 0 { throw source.error("bad inline flags: cannot turn off global flag", 1) }
        if add & del != 0 { throw source.error("bad inline flags: flag turned on and off", 1) }
        return (add, del)
    }
}
