/// Proleptic Gregorian calendar arithmetic, as CPython's `datetime` and `time` use it.
enum CivilCalendar {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let daysBeforeMonthTable = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

    static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysBeforeMonth(_ y: Int, _ m: Int) -> Int { daysBeforeMonthTable[m] + (m > 2 && isLeap(y) ? 1 : 0) }

    static func daysBeforeYear(_ y: Int) -> Int {
        let y1 = y - 1
        return y1 * 365 + y1 / 4 - y1 / 100 + y1 / 400
    }

    /// Day number where 0001-01-01 is 1 (`date.toordinal`).
    static func ordinal(_ y: Int, _ m: Int, _ d: Int) -> Int { daysBeforeYear(y) + daysBeforeMonth(y, m) + d }

    /// The date of an ordinal (`date.fromordinal`), for ordinals of any sign.
    static func fromOrdinal(_ n: Int) -> (Int, Int, Int) {
        // Days since 1970-01-01 is ordinal - 719163; use Howard Hinnant's civil_from_days.
        let z = n - 719_163 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }

    /// Monday is 0.
    static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int { (ordinal(y, m, d) + 6) % 7 }

    /// Day of the year, 1-based.
    static func yearDay(_ y: Int, _ m: Int, _ d: Int) -> Int { daysBeforeMonth(y, m) + d }

    /// Ordinal of the Monday of ISO week 1 of `year`.
    static func isoWeek1Monday(_ year: Int) -> Int {
        let firstDay = ordinal(year, 1, 1)
        let firstWeekday = (firstDay + 6) % 7
        var monday = firstDay - firstWeekday
        if firstWeekday > 3 { monday += 7 }
        return monday
    }

    /// ISO year, week and weekday (1...7).
    static func isoCalendar(_ y: Int, _ m: Int, _ d: Int) -> (Int, Int, Int) {
        var year = y
        var week1 = isoWeek1Monday(year)
        let today = ordinal(y, m, d)
        var (week, day) = divFloor(today - week1, 7)
        if week < 0 {
            year -= 1
            week1 = isoWeek1Monday(year)
            (week, day) = divFloor(today - week1, 7)
        } else if week >= 52, today >= isoWeek1Monday(year + 1) {
            year += 1
            week = 0
        }
        return (year, week + 1, day + 1)
    }

    /// Floor division and its non-negative remainder.
    static func divFloor(_ a: Int, _ b: Int) -> (Int, Int) {
        var q = a / b
        var r = a % b
        if r != 0 && (r < 0) != (b < 0) {
            q -= 1
            r += b
        }
        return (q, r)
    }

    /// Broken-down UTC time of a count of seconds since the epoch.
    static func civil(fromEpochSeconds s: Int) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let (days, secs) = divFloor(s, 86400)
        let (y, m, d) = fromOrdinal(days + 719_163)
        return (y, m, d, secs / 3600, secs % 3600 / 60, secs % 60)
    }

    /// Seconds since the epoch of a broken-down UTC time (fields may be out of range, as `timegm`).
    static func epochSeconds(_ y: Int, _ m: Int, _ d: Int, _ hh: Int, _ mm: Int, _ ss: Int) -> Int {
        // Normalise the month first so that mktime-style overflow works.
        let (dy, m0) = divFloor(m - 1, 12)
        let year = y + dy
        let days = ordinal(year, m0 + 1, 1) + d - 1 - 719_163
        return days * 86400 + hh * 3600 + mm * 60 + ss
    }
}
