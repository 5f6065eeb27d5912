/// `fromisoformat` for date, time and datetime, accepting CPython 3.11's forms: extended and basic
/// dates (`2024-03-05`, `20240305`, `2024-W10-2`, `2024W102`), times (`HH[:MM[:SS[.f+]]]`, basic
/// `HHMMSS`, `,` or `.` before the fraction) and offsets (`Z`, `±HH[:MM[:SS[.ffffff]]]`).
enum ISODateParser {
    static func invalid(_ s: String) -> PyRaise { PyException.make(.valueError, "Invalid isoformat string: \(strRepr(s))") }

    static func digits(_ c: ArraySlice<Character>) -> Int? {
        guard !c.isEmpty, c.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(String(c))
    }

    static func fromISOCalendar(_ y: Int, _ w: Int, _ d: Int) throws -> (Int, Int, Int) {
        if y < 1 || y > 9999 { throw PyException.make(.valueError, "Year is out of range: \(y)") }
        if w <= 0 || w >= 53 {
            let longYear = CivilCalendar.weekday(y, 1, 1) == 3 || (CivilCalendar.weekday(y, 1, 1) == 2 && CivilCalendar.isLeap(y))
            if !(w == 53 && longYear) { throw PyException.make(.valueError, "Invalid week: \(w)") }
        }
        if d <= 0 || d > 7 { throw PyException.make(.valueError, "Invalid weekday: \(d) (range is [1, 7])") }
        return CivilCalendar.fromOrdinal(CivilCalendar.isoWeek1Monday(y) + (w - 1) * 7 + d - 1)
    }

    /// The date of an ISO date string (the whole of `c`), or nil when it is not one.
    static func date(_ c: ArraySlice<Character>) throws -> (Int, Int, Int)? {
        let a = Array(c)
        guard a.count >= 7, let y = digits(a[0..<4][...]) else { return nil }
        if a[4] == "-" {
            if a.count >= 8 && a[5] == "W" {
                guard let w = digits(a[6..<8][...]) else { return nil }
                if a.count == 8 { return try fromISOCalendar(y, w, 1) }
                guard a.count == 10, a[8] == "-", let d = digits(a[9..<10][...]) else { return nil }
                return try fromISOCalendar(y, w, d)
            }
            guard a.count == 10, a[7] == "-", let m = digits(a[5..<7][...]), let d = digits(a[8..<10][...]) else { return nil }
            try DateTimeModule.checkDate(y, m, d)
            return (y, m, d)
        }
        if a[4] == "W" {
            guard let w = digits(a[5..<7][...]) else { return nil }
            if a.count == 7 { return try fromISOCalendar(y, w, 1) }
            guard a.count == 8, let d = digits(a[7..<8][...]) else { return nil }
            return try fromISOCalendar(y, w, d)
        }
        guard a.count == 8, let m = digits(a[4..<6][...]), let d = digits(a[6..<8][...]) else { return nil }
        try DateTimeModule.checkDate(y, m, d)
        return (y, m, d)
    }

    /// Time fields and offset (microseconds) of an ISO time string.
    static func time(_ c: ArraySlice<Character>) throws -> (Int, Int, Int, Int, Int?)? {
        var a = Array(c)
        var offset: Int?
        if let zi = a.firstIndex(where: { $0 == "+" || $0 == "-" || $0 == "Z" }) {
            let tzPart = Array(a[zi...])
            a = Array(a[..<zi])
            if tzPart == ["Z"] {
                offset = 0
            } else {
                let sign = tzPart[0] == "-" ? -1 : 1
                guard let (h, m, s, us, _) = try time(tzPart[1...]) else { return nil }
                offset = sign * (((h * 60 + m) * 60 + s) * 1_000_000 + us)
            }
        }
        var us = 0
        if let fi = a.firstIndex(where: { $0 == "." || $0 == "," }) {
            let frac = a[(fi + 1)...]
            guard let _ = digits(frac) else { return nil }
            let six = String(frac.prefix(6))
            us = Int(six + String(repeating: "0", count: 6 - six.count)) ?? 0
            a = Array(a[..<fi])
            guard a.count == 8 || a.count == 6 else { return nil }
        }
        var parts: [Int] = []
        if a.contains(":") {
            let pieces = a.split(separator: ":", omittingEmptySubsequences: false)
            guard pieces.count <= 3 else { return nil }
            for p in pieces {
                guard p.count == 2, let v = digits(p) else { return nil }
                parts.append(v)
            }
        } else {
            guard a.count % 2 == 0, a.count >= 2, a.count <= 6 else { return nil }
            var i = 0
            while i < a.count {
                guard let v = digits(a[i..<(i + 2)]) else { return nil }
                parts.append(v)
                i += 2
            }
        }
        while parts.count < 3 { parts.append(0) }
        try DateTimeModule.checkTime(parts[0], parts[1], parts[2], us, 0)
        return (parts[0], parts[1], parts[2], us, offset)
    }

    static func zone(_ offset: Int?) throws -> PyTimezone? {
        guard let offset else { return nil }
        if offset == 0 { return DateTimeModule.utc }
        if abs(offset) >= PyTimezone.microsPerDay {
            throw PyException.make(.valueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
        }
        return PyTimezone(offset: offset)
    }

    static func parseDate(_ s: String) throws -> PyDate {
        guard let (y, m, d) = try date(Array(s)[...]) else { throw invalid(s) }
        return PyDate(y, m, d)
    }

    static func parseTime(_ s: String) throws -> PyTimeOfDay {
        var c = Array(s)[...]
        if c.first == "T" { c = c.dropFirst() }
        guard let (h, m, sec, us, off) = try time(c) else { throw invalid(s) }
        return PyTimeOfDay(hour: h, minute: m, second: sec, microsecond: us, tz: try zone(off))
    }

    static func parseDateTime(_ s: String) throws -> PyDate {
        let a = Array(s)
        guard a.count >= 7 else { throw invalid(s) }
        var dateLen: Int
        if a.count > 4 && a[4] == "-" {
            dateLen = a.count > 5 && a[5] == "W" ? (a.count > 8 && a[8] == "-" ? 10 : 8) : 10
        } else if a.count > 4 && a[4] == "W" {
            dateLen = a.count > 7 && a[7].isNumber ? 8 : 7
        } else {
            dateLen = 8
        }
        dateLen = min(dateLen, a.count)
        guard let (y, m, d) = try date(a[0..<dateLen]) else { throw invalid(s) }
        if dateLen == a.count { return PyDate(y, m, d, time: true) }
        guard dateLen + 1 < a.count, let (h, mi, sec, us, off) = try time(a[(dateLen + 1)...]) else { throw invalid(s) }
        return PyDate(y, m, d, time: true, hour: h, minute: mi, second: sec, microsecond: us, tz: try zone(off))
    }
}
