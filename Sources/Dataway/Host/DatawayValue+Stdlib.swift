/// Decimal and `datetime` values crossing the host boundary (DATAWAY.md, "Values in and out").
extension DatawayValue {
    /// The host value of a native object that may leave a script; nil for every other type.
    static func native(_ n: PyNativeObject) -> DatawayValue? {
        switch n {
        case let d as PyDecimal:
            return .decimal(DatawayDecimal(d.number))
        case let d as PyDate where d.hasTime:
            return .dateTime(
                .dateTime(
                    year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute, second: d.second,
                    microsecond: d.microsecond, zone: d.tz.map(zone)))
        case let d as PyDate:
            return .dateTime(.date(year: d.year, month: d.month, day: d.day))
        case let t as PyTimeOfDay:
            return .dateTime(.time(hour: t.hour, minute: t.minute, second: t.second, microsecond: t.microsecond, zone: t.tz.map(zone)))
        case let td as PyTimedelta:
            return .dateTime(.timedelta(days: td.days, seconds: td.seconds, microseconds: td.microseconds))
        case let tz as PyTimezone:
            return .dateTime(.timezone(zone(tz)))
        default:
            return nil
        }
    }

    private static func zone(_ tz: PyTimezone) -> DatawayTimeZone {
        DatawayTimeZone(utcOffsetMicroseconds: tz.offset, name: tz.name)
    }

    /// The JSON token `jsonString` writes for a native object the host may receive: a Decimal's
    /// exact digits as a number, a `datetime` value's ISO 8601 text as a string.
    static func jsonToken(_ o: PyObject) -> String? {
        guard let n = o.asNative, let v = native(n) else { return nil }
        switch v {
        case .decimal(let d): return d.jsonText
        case .dateTime(let t): return "\"" + t.isoString + "\""
        default: return nil
        }
    }
}

extension DatawayDecimal {
    func scriptValue() throws(DatawayError) -> Value {
        guard let n = DecimalNumber(parsing: text) else { throw .invalidInput("not a decimal number: '\(text)'") }
        return .object(PyDecimal(n))
    }
}

extension DatawayTimeZone {
    func scriptValue() throws(DatawayError) -> PyTimezone {
        guard abs(utcOffsetMicroseconds) < PyTimezone.microsPerDay else {
            throw .invalidInput("a UTC offset must be strictly between -24 and 24 hours, not \(utcOffsetMicroseconds) microseconds")
        }
        if utcOffsetMicroseconds == 0 && name == nil { return DateTimeModule.utc }
        return PyTimezone(offset: utcOffsetMicroseconds, name: name)
    }
}

extension DatawayDateTime {
    /// The script-side object; components out of Python's ranges are `DatawayError.invalidInput`.
    func scriptValue() throws(DatawayError) -> Value {
        func check(_ ok: Bool, _ what: String) throws(DatawayError) {
            if !ok { throw .invalidInput("invalid \(what) in \(self)") }
        }
        func checkDate(_ y: Int, _ m: Int, _ d: Int) throws(DatawayError) {
            try check((1...9999).contains(y), "year")
            try check((1...12).contains(m), "month")
            try check(d >= 1 && d <= CivilCalendar.daysInMonth(y, m), "day")
        }
        func checkTime(_ h: Int, _ mi: Int, _ s: Int, _ us: Int) throws(DatawayError) {
            try check((0..<24).contains(h), "hour")
            try check((0..<60).contains(mi), "minute")
            try check((0..<60).contains(s), "second")
            try check((0..<1_000_000).contains(us), "microsecond")
        }
        switch self {
        case .date(let y, let m, let d):
            try checkDate(y, m, d)
            return .object(PyDate(y, m, d))
        case .time(let h, let mi, let s, let us, let zone):
            try checkTime(h, mi, s, us)
            return .object(PyTimeOfDay(hour: h, minute: mi, second: s, microsecond: us, tz: try zone?.scriptValue()))
        case .dateTime(let y, let m, let d, let h, let mi, let s, let us, let zone):
            try checkDate(y, m, d)
            try checkTime(h, mi, s, us)
            return .object(
                PyDate(y, m, d, time: true, hour: h, minute: mi, second: s, microsecond: us, tz: try zone?.scriptValue()))
        case .timedelta(let days, let seconds, let micros):
            let total = Int128(days) * PyTimedelta.microsPerDay + Int128(seconds) * 1_000_000 + Int128(micros)
            guard let td = try? PyTimedelta.make(total) else { throw .invalidInput("timedelta out of range in \(self)") }
            return .object(td)
        case .timezone(let zone):
            return .object(try zone.scriptValue())
        }
    }
}
