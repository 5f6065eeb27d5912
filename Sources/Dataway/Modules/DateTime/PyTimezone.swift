/// `datetime.timezone`: a fixed offset from UTC with an optional name.
final class PyTimezone: PyNativeObject {
    /// Offset in microseconds (strictly within ±24 h).
    let offset: Int
    let name: String?

    init(offset: Int, name: String? = nil) {
        self.offset = offset
        self.name = name
        super.init()
    }

    static let microsPerDay = 86_400_000_000

    override var nativeType: PyType { DateTimeModule.timezoneType }

    var isUTC: Bool { offset == 0 && name == nil }

    /// `str(tz)` and `tz.tzname(dt)`.
    var tzname: String {
        if let name { return name }
        if offset == 0 { return "UTC" }
        return "UTC" + TimeFormat.offsetText(offset, sep: ":")
    }

    var offsetDelta: PyTimedelta {
        // Always in range: |offset| < one day.
        let total = Int128(offset)
        let d = total < 0 ? -1 : 0
        let rest = Int(total - Int128(d) * PyTimedelta.microsPerDay)
        return PyTimedelta(days: d, seconds: rest / 1_000_000, microseconds: rest % 1_000_000)
    }

    override func repr() -> String {
        if isUTC { return "datetime.timezone.utc" }
        if let name { return "datetime.timezone(\(offsetDelta.repr()), \(strRepr(name)))" }
        return "datetime.timezone(\(offsetDelta.repr()))"
    }

    override func str() -> String { tzname }

    override func method(_ name: String) -> MethodFn? { DateTimeModule.timezoneMethods[name] }

    override func equals(_ other: Value) -> Bool? {
        guard let o = other.asNative as? PyTimezone else { return nil }
        return o.offset == offset
    }

    override func keyHash() throws -> Int? { hashInt(offset) }
}

/// `datetime.time`.
final class PyTimeOfDay: PyNativeObject {
    let hour: Int
    let minute: Int
    let second: Int
    let microsecond: Int
    let tz: PyTimezone?
    let fold: Int

    init(hour: Int, minute: Int, second: Int, microsecond: Int, tz: PyTimezone?, fold: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tz = tz
        self.fold = fold
        super.init()
    }

    override var nativeType: PyType { DateTimeModule.timeType }

    var micros: Int { ((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
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

    override func method(_ name: String) -> MethodFn? { DateTimeModule.timeMethods[name] }

    override func repr() -> String {
        var s = "datetime.time(\(hour), \(minute)"
        if second != 0 || microsecond != 0 { s += ", \(second)" }
        if microsecond != 0 { s += ", \(microsecond)" }
        if let tz { s += ", tzinfo=" + tz.repr() }
        if fold != 0 { s += ", fold=1" }
        return s + ")"
    }

    func isoformat(_ timespec: String = "auto") throws -> String {
        try DateTimeModule.formatTime(hour, minute, second, microsecond, timespec)
            + (tz.map { TimeFormat.offsetText($0.offset, sep: ":") } ?? "")
    }

    override func str() -> String { (try? isoformat()) ?? "" }

    /// Fields for `strftime` (the date part is 1900-01-01, as CPython uses).
    var fields: TimeFields {
        var t = TimeFields()
        t.hour = hour
        t.minute = minute
        t.second = second
        t.microsecond = microsecond
        t.weekday = 0
        t.offsetText = tz.map { TimeFormat.offsetText($0.offset) } ?? ""
        t.zoneName = tz?.tzname ?? ""
        t.hasMicroseconds = true
        return t
    }

    override func format(_ spec: String) throws -> String? { TimeFormat.format(spec, fields) }

    override func equals(_ other: Value) -> Bool? {
        guard let o = other.asNative as? PyTimeOfDay else { return nil }
        if (tz == nil) != (o.tz == nil) { return false }
        return micros - (tz?.offset ?? 0) == o.micros - (o.tz?.offset ?? 0)
    }

    override func compare(_ other: Value, reflected: Bool) throws -> Int? {
        guard let o = other.asNative as? PyTimeOfDay else { return nil }
        if (tz == nil) != (o.tz == nil) { throw PyException.make(.typeError, "can't compare offset-naive and offset-aware times") }
        let a = micros - (tz?.offset ?? 0)
        let b = o.micros - (o.tz?.offset ?? 0)
        return a < b ? -1 : a > b ? 1 : 0
    }

    override func keyHash() throws -> Int? { hashInt(micros - (tz?.offset ?? 0)) }

    override func truthValue() throws -> Bool { true }
}
