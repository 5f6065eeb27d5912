/// `datetime.date` and `datetime.datetime` (told apart by `hasTime`; a datetime is a date too).
final class PyDate: PyNativeObject {
    let year: Int
    let month: Int
    let day: Int
    let hasTime: Bool
    let hour: Int
    let minute: Int
    let second: Int
    let microsecond: Int
    let tz: PyTimezone?
    let fold: Int

    init(
        _ year: Int, _ month: Int, _ day: Int, time: Bool = false, hour: Int = 0, minute: Int = 0, second: Int = 0, microsecond: Int = 0,
        tz: PyTimezone? = nil, fold: Int = 0
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hasTime = time
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tz = tz
        self.fold = fold
        super.init()
    }

    static let microsPerDay = 86_400_000_000
    static let minMicros = 1 * microsPerDay
    static let maxMicros = (CivilCalendar.ordinal(9999, 12, 31) + 1) * microsPerDay - 1

    /// Microseconds since 0001-01-01 minus one day (ordinal days), local to the value's own zone.
    var micros: Int {
        CivilCalendar.ordinal(year, month, day) * PyDate.microsPerDay + ((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond
    }

    /// `micros` shifted to UTC for an aware datetime.
    var utcMicros: Int { micros - (tz?.offset ?? 0) }

    /// The datetime (or date) at `m` microseconds, or `OverflowError`.
    static func fromMicros(_ m: Int, time: Bool, tz: PyTimezone?) throws -> PyDate {
        guard m >= minMicros && m <= maxMicros else { throw PyException.make(.overflowError, "date value out of range") }
        let (days, rest) = CivilCalendar.divFloor(m, microsPerDay)
        let (y, mo, d) = CivilCalendar.fromOrdinal(days)
        if !time { return PyDate(y, mo, d) }
        let secs = rest / 1_000_000
        return PyDate(
            y, mo, d, time: true, hour: secs / 3600, minute: secs % 3600 / 60, second: secs % 60, microsecond: rest % 1_000_000, tz: tz)
    }

    override var nativeType: PyType { hasTime ? DateTimeModule.datetimeType : DateTimeModule.dateType }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "year": return .int(year)
        case "month": return .int(month)
        case "day": return .int(day)
        default: break
        }
        guard hasTime else { return nil }
        switch name {
        case "hour": return .int(hour)
        case "minute": return .int(minute)
        case "second": return .int(second)
        case "microsecond": return .int(microsecond)
        case "tzinfo": return tz.map { .object($0) } ?? Value.none
        case "fold": return .int(fold)
        default: return nil
        }
    }

    override func method(_ name: String) -> MethodFn? {
        hasTime ? DateTimeModule.datetimeMethods[name] ?? DateTimeModule.dateMethods[name] : DateTimeModule.dateMethods[name]
    }

    override func repr() -> String {
        guard hasTime else { return "datetime.date(\(year), \(month), \(day))" }
        var s = "datetime.datetime(\(year), \(month), \(day), \(hour), \(minute)"
        if second != 0 || microsecond != 0 { s += ", \(second)" }
        if microsecond != 0 { s += ", \(microsecond)" }
        if let tz { s += ", tzinfo=" + tz.repr() }
        if fold != 0 { s += ", fold=1" }
        return s + ")"
    }

    var dateText: String { TimeFormat.pad(year, 4, nil) + "-" + TimeFormat.pad(month, 2, nil) + "-" + TimeFormat.pad(day, 2, nil) }

    func isoformat(sep: String = "T", timespec: String = "auto") throws -> String {
        guard hasTime else { return dateText }
        return dateText + sep + (try DateTimeModule.formatTime(hour, minute, second, microsecond, timespec))
            + (tz.map { TimeFormat.offsetText($0.offset, sep: ":") } ?? "")
    }

    override func str() -> String { (try? isoformat(sep: " ")) ?? "" }

    override func format(_ spec: String) throws -> String? { TimeFormat.format(spec, fields) }

    /// Fields for `strftime` and `timetuple`.
    var fields: TimeFields {
        var t = TimeFields()
        t.year = year
        t.month = month
        t.day = day
        t.hour = hour
        t.minute = minute
        t.second = second
        t.microsecond = microsecond
        t.weekday = CivilCalendar.weekday(year, month, day)
        t.yearDay = CivilCalendar.yearDay(year, month, day)
        t.offsetText = tz.map { TimeFormat.offsetText($0.offset) } ?? ""
        t.zoneName = tz?.tzname ?? ""
        t.epoch = (micros - CivilCalendar.ordinal(1970, 1, 1) * PyDate.microsPerDay) / 1_000_000
        t.hasMicroseconds = true
        return t
    }

    override func equals(_ other: Value) -> Bool? {
        guard let o = other.asNative as? PyDate else { return nil }
        if o.hasTime != hasTime { return false }
        if !hasTime { return o.year == year && o.month == month && o.day == day }
        if (tz == nil) != (o.tz == nil) { return false }
        return utcMicros == o.utcMicros
    }

    override func compare(_ other: Value, reflected: Bool) throws -> Int? {
        guard let o = other.asNative as? PyDate else { return nil }
        if o.hasTime != hasTime {
            throw PyException.make(.typeError, "can't compare \(o.nativeType.name) to \(nativeType.name)")
        }
        if (tz == nil) != (o.tz == nil) {
            throw PyException.make(.typeError, "can't compare offset-naive and offset-aware datetimes")
        }
        let a = utcMicros
        let b = o.utcMicros
        return a < b ? -1 : a > b ? 1 : 0
    }

    override func keyHash() throws -> Int? { hashInt(hasTime ? utcMicros : CivilCalendar.ordinal(year, month, day)) }

    override func binary(_ vm: VM, _ op: BinOp, _ other: Value, reflected: Bool) throws -> Value? {
        if let td = other.asNative as? PyTimedelta {
            guard op == .add || (op == .sub && !reflected) else { return nil }
            let delta = hasTime ? td.total : Int128(td.days) * PyTimedelta.microsPerDay
            let sum = op == .add ? Int128(micros) + delta : Int128(micros) - delta
            guard let m = Int(exactly: sum) else { throw PyException.make(.overflowError, "date value out of range") }
            let r = try PyDate.fromMicros(m, time: hasTime, tz: tz)
            return .object(r)
        }
        if op == .sub, !reflected, let o = other.asNative as? PyDate, o.hasTime == hasTime {
            if (tz == nil) != (o.tz == nil) {
                throw PyException.make(.typeError, "can't subtract offset-naive and offset-aware datetimes")
            }
            return .object(try PyTimedelta.make(Int128(utcMicros) - Int128(o.utcMicros)))
        }
        return nil
    }
}
