/// A broken-down time as `strftime` needs it.
struct TimeFields {
    var year = 1900
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    var microsecond = 0
    /// Monday is 0.
    var weekday = 0
    /// 1-based day of the year.
    var yearDay = 1
    /// `%z`: the UTC offset text ("" when unknown), and `%Z`: the zone name.
    var offsetText = ""
    var zoneName = ""
    /// Seconds since the epoch, for `%s`.
    var epoch = 0
    /// `%f` is expanded (datetime) or left alone (time.strftime, as glibc does).
    var hasMicroseconds = false
}

/// `strftime` with glibc's directives in the C locale (CPython hands the format to the C library).
enum TimeFormat {
    static func pad(_ v: Int, _ width: Int, _ flag: Character?, fill: Character = "0") -> String {
        let s = String(abs(v))
        let sign = v < 0 ? "-" : ""
        switch flag {
        case "-": return sign + s
        case "_": return sign + String(repeating: " ", count: max(0, width - s.count)) + s
        case "0": return sign + String(repeating: "0", count: max(0, width - s.count)) + s
        default: return sign + String(repeating: fill, count: max(0, width - s.count)) + s
        }
    }

    static func format(_ fmt: String, _ t: TimeFields) -> String {
        var out = ""
        let chars = Array(fmt.unicodeScalars)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c != "%" || i + 1 >= chars.count {
                out.unicodeScalars.append(c)
                i += 1
                continue
            }
            var j = i + 1
            var flag: Character?
            if "-_0^#".unicodeScalars.contains(chars[j]), j + 1 < chars.count {
                flag = Character(chars[j])
                j += 1
            }
            let d = chars[j]
            if let text = directive(d, t, flag) {
                out += flag == "^" ? text.uppercased() : text
            } else {
                out += String(String.UnicodeScalarView(chars[i...j]))
            }
            i = j + 1
        }
        return out
    }

    private static func directive(_ d: Unicode.Scalar, _ t: TimeFields, _ flag: Character?) -> String? {
        let sundayWeekday = (t.weekday + 1) % 7
        let hour12 = t.hour % 12 == 0 ? 12 : t.hour % 12
        let iso = CivilCalendar.isoCalendar(t.year, t.month, t.day)
        let month = (1...12).contains(t.month) ? t.month : 1
        switch d {
        case "a": return String(CivilCalendar.dayNames[t.weekday].prefix(3))
        case "A": return CivilCalendar.dayNames[t.weekday]
        case "b", "h": return String(CivilCalendar.monthNames[month - 1].prefix(3))
        case "B": return CivilCalendar.monthNames[month - 1]
        case "c": return format("%a %b %e %H:%M:%S %Y", t)
        case "C": return pad(t.year / 100, 2, flag)
        case "d": return pad(t.day, 2, flag)
        case "D": return format("%m/%d/%y", t)
        case "e": return pad(t.day, 2, flag, fill: " ")
        case "F": return format("%Y-%m-%d", t)
        case "f": return t.hasMicroseconds ? pad(t.microsecond, 6, nil) : nil
        case "g": return pad(iso.0 % 100, 2, flag)
        case "G": return pad(iso.0, 1, flag)
        case "H": return pad(t.hour, 2, flag)
        case "I": return pad(hour12, 2, flag)
        case "j": return pad(t.yearDay, 3, flag)
        case "k": return pad(t.hour, 2, flag, fill: " ")
        case "l": return pad(hour12, 2, flag, fill: " ")
        case "m": return pad(t.month, 2, flag)
        case "M": return pad(t.minute, 2, flag)
        case "n": return "\n"
        case "p": return t.hour < 12 ? "AM" : "PM"
        case "P": return t.hour < 12 ? "am" : "pm"
        case "r": return format("%I:%M:%S %p", t)
        case "R": return format("%H:%M", t)
        case "s": return String(t.epoch)
        case "S": return pad(t.second, 2, flag)
        case "t": return "\t"
        case "T": return format("%H:%M:%S", t)
        case "u": return String(t.weekday + 1)
        case "U": return pad((t.yearDay - 1 + 7 - sundayWeekday) / 7, 2, flag)
        case "V": return pad(iso.1, 2, flag)
        case "w": return String(sundayWeekday)
        case "W": return pad((t.yearDay - 1 + 7 - t.weekday) / 7, 2, flag)
        case "x": return format("%m/%d/%y", t)
        case "X": return format("%H:%M:%S", t)
        case "y": return pad(((t.year % 100) + 100) % 100, 2, flag)
        case "Y": return pad(t.year, 1, flag)
        case "z": return t.offsetText
        case "Z": return t.zoneName
        case "%": return "%"
        default: return nil
        }
    }

    /// `+HHMM[SS[.ffffff]]` for an offset in microseconds (datetime's `%z`); `sep` between fields.
    static func offsetText(_ micros: Int, sep: String = "") -> String {
        let sign = micros < 0 ? "-" : "+"
        let total = abs(micros)
        let us = total % 1_000_000
        let secs = total / 1_000_000
        var s = sign + pad(secs / 3600, 2, nil) + sep + pad(secs % 3600 / 60, 2, nil)
        if secs % 60 != 0 || us != 0 { s += sep + pad(secs % 60, 2, nil) }
        if us != 0 { s += "." + pad(us, 6, nil) }
        return s
    }
}
