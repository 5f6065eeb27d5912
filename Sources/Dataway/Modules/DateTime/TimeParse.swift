/// What `strptime` reads from a string (CPython's `_strptime._strptime`, C locale, UTC host zone).
struct ParsedTime {
    var year = 1900
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    var weekday = 0
    var julian = 1
    var fraction = 0
    /// Seconds east of UTC from `%z`, and its microseconds.
    var gmtoff: Int?
    var gmtoffFraction = 0
    var zoneName: String?
    var tz = -1
}

enum TimeParse {
    static let directives: [Character: String] = [
        "d": #"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])"#,
        "f": #"(?P<f>[0-9]{1,6})"#,
        "H": #"(?P<H>2[0-3]|[0-1]\d|\d)"#,
        "I": #"(?P<I>1[0-2]|0[1-9]|[1-9])"#,
        "G": #"(?P<G>\d\d\d\d)"#,
        "j": #"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])"#,
        "m": #"(?P<m>1[0-2]|0[1-9]|[1-9])"#,
        "M": #"(?P<M>[0-5]\d|\d)"#,
        "S": #"(?P<S>6[0-1]|[0-5]\d|\d)"#,
        "U": #"(?P<U>5[0-3]|[0-4]\d|\d)"#,
        "W": #"(?P<W>5[0-3]|[0-4]\d|\d)"#,
        "w": #"(?P<w>[0-6])"#,
        "u": #"(?P<u>[1-7])"#,
        "V": #"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)"#,
        "y": #"(?P<y>\d\d)"#,
        "Y": #"(?P<Y>\d\d\d\d)"#,
        "z": #"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))"#,
        "A": "(?P<A>" + names(CivilCalendar.dayNames) + ")",
        "a": "(?P<a>" + names(CivilCalendar.dayNames.map { String($0.prefix(3)) }) + ")",
        "B": "(?P<B>" + names(CivilCalendar.monthNames) + ")",
        "b": "(?P<b>" + names(CivilCalendar.monthNames.map { String($0.prefix(3)) }) + ")",
        "p": "(?P<p>am|pm)",
        "Z": "(?P<Z>utc|gmt)",
        "%": "%",
    ]

    /// Longest first, as `TimeRE.__seqToRE` orders them.
    static func names(_ list: [String]) -> String {
        list.map { $0.lowercased() }.enumerated().sorted {
            $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset
        }
        .map(\.element).joined(separator: "|")
    }

    /// The regular expression for a format, or a `ValueError` for a bad directive.
    static func pattern(_ format: String) throws -> String {
        let special = Set("\\.^$*+?(){}[]|".unicodeScalars)
        var escaped = String.UnicodeScalarView()
        var lastWasSpace = false
        for c in format.unicodeScalars {
            if isPyWhitespace(c.value) {
                if !lastWasSpace { escaped.append(contentsOf: #"\s+"#.unicodeScalars) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if special.contains(c) { escaped.append("\\") }
            escaped.append(c)
        }
        let chars = Array(String(escaped))
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "%" {
                guard i + 1 < chars.count else { throw PyException.make(.valueError, "stray % in format '\(format)'") }
                let d = chars[i + 1]
                let expansion: String
                switch d {
                case "c": expansion = try pattern("%a %b %d %H:%M:%S %Y")
                case "x": expansion = try pattern("%m/%d/%y")
                case "X": expansion = try pattern("%H:%M:%S")
                default:
                    guard let e = directives[d] else {
                        throw PyException.make(.valueError, "'\(d == "\\" ? "%" : String(d))' is a bad directive in format '\(format)'")
                    }
                    expansion = e
                }
                out += expansion
                i += 2
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    static func parse(_ vm: VM, _ data: String, _ format: String) throws -> ParsedTime {
        let compiled = try RegexCache.compile(try pattern(format), flags: RegexFlag.ignoreCase)
        let subject = RegexSubject(PyStr(data))
        let found = try subject.withRunner(compiled.program, end: subject.count, vm: vm) { r in
            try r.findSlots(from: 0, mode: .match, mustAdvance: false)
        }
        guard let slots = found else {
            throw PyException.make(.valueError, "time data \(strRepr(data)) does not match format \(strRepr(format))")
        }
        if slots[1] != subject.count {
            throw PyException.make(.valueError, "unconverted data remains: \(subject.slice(slots[1], subject.count))")
        }
        var groups: [String: String] = [:]
        for (name, g) in compiled.groupNames where slots[2 * g] >= 0 { groups[name] = subject.slice(slots[2 * g], slots[2 * g + 1]) }
        return try interpret(groups)
    }

    private static func interpret(_ found: [String: String]) throws -> ParsedTime {
        var t = ParsedTime()
        var year: Int?
        var weekday: Int?
        var julian: Int?
        var weekOfYear: Int?
        var weekStartsMonday = false
        func int(_ k: String) -> Int { Int(found[k]?.trimmingCharacters(in: " ") ?? "") ?? 0 }
        for key in found.keys {
            switch key {
            case "y":
                let y = int("y")
                year = y <= 68 ? y + 2000 : y + 1900
            case "Y": year = int("Y")
            case "m": t.month = int("m")
            case "B": t.month = (CivilCalendar.monthNames.firstIndex { $0.lowercased() == found["B"]?.lowercased() } ?? 0) + 1
            case "b":
                t.month = (CivilCalendar.monthNames.firstIndex { $0.prefix(3).lowercased() == found["b"]?.lowercased() } ?? 0) + 1
            case "d": t.day = int("d")
            case "H": t.hour = int("H")
            case "I":
                t.hour = int("I")
                let ampm = found["p"]?.lowercased() ?? ""
                if ampm == "" || ampm == "am" {
                    if t.hour == 12 { t.hour = 0 }
                } else if t.hour != 12 {
                    t.hour += 12
                }
            case "M": t.minute = int("M")
            case "S": t.second = int("S")
            case "f":
                let s = found["f"] ?? ""
                t.fraction = Int(s + String(repeating: "0", count: 6 - s.count)) ?? 0
            case "A": weekday = CivilCalendar.dayNames.firstIndex { $0.lowercased() == found["A"]?.lowercased() }
            case "a": weekday = CivilCalendar.dayNames.firstIndex { $0.prefix(3).lowercased() == found["a"]?.lowercased() }
            case "w":
                let w = int("w")
                weekday = w == 0 ? 6 : w - 1
            case "u": weekday = int("u") - 1
            case "j": julian = int("j")
            case "U", "W":
                weekOfYear = int(key)
                weekStartsMonday = key == "W"
            case "z":
                let raw = found["z"] ?? ""
                if raw == "Z" {
                    t.gmtoff = 0
                    continue
                }
                var z = Array(raw)
                if z[3] == ":" {
                    z.remove(at: 3)
                    if z.count > 5 {
                        if z[5] != ":" { throw PyException.make(.valueError, "Inconsistent use of : in \(raw)") }
                        z.remove(at: 5)
                    }
                }
                let hours = Int(String(z[1..<3])) ?? 0
                let minutes = Int(String(z[3..<5])) ?? 0
                let seconds = z.count >= 7 ? Int(String(z[5..<7])) ?? 0 : 0
                var off = hours * 3600 + minutes * 60 + seconds
                let rest = z.count > 8 ? String(z[8...]) : ""
                var frac = Int(rest + String(repeating: "0", count: 6 - rest.count)) ?? 0
                if z[0] == "-" {
                    off = -off
                    frac = -frac
                }
                t.gmtoff = off
                t.gmtoffFraction = frac
            case "Z":
                t.zoneName = found["Z"]
                t.tz = 0
            default: break
            }
        }
        if found["G"] != nil && year == nil {
            throw PyException.make(
                .valueError,
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u')."
            )
        } else if found["V"] != nil && weekOfYear == nil {
            throw PyException.make(
                .valueError,
                "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")
        }
        var leapFix = false
        if year == nil && t.month == 2 && t.day == 29 {
            year = 1904
            leapFix = true
        }
        var y = year ?? 1900
        if julian == nil, let wd = weekday, let week = weekOfYear {
            var firstWeekday = CivilCalendar.weekday(y, 1, 1)
            var dow = wd
            if !weekStartsMonday {
                firstWeekday = (firstWeekday + 1) % 7
                dow = (dow + 1) % 7
            }
            let week0 = (7 - firstWeekday) % 7
            var j = week == 0 ? 1 + dow - firstWeekday : 1 + week0 + 7 * (week - 1) + dow
            if j <= 0 {
                y -= 1
                j += CivilCalendar.isLeap(y) ? 366 : 365
            }
            julian = j
        }
        if let j = julian {
            let (yy, mm, dd) = CivilCalendar.fromOrdinal(j - 1 + CivilCalendar.ordinal(y, 1, 1))
            (y, t.month, t.day) = (yy, mm, dd)
        } else {
            try DateTimeModule.checkDate(y, t.month, t.day)
            julian = CivilCalendar.yearDay(y, t.month, t.day)
        }
        t.julian = julian ?? 1
        t.weekday = weekday ?? CivilCalendar.weekday(y, t.month, t.day)
        t.year = leapFix ? 1900 : y
        return t
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let s = Set(set)
        return String(drop { s.contains($0) }.reversed().drop { s.contains($0) }.reversed())
    }
}
