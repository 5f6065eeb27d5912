#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `datetime` module: date, time, datetime, timedelta and fixed-offset timezones.
enum DateTimeModule {
    // Process-wide immutable type objects.
    nonisolated(unsafe) static let dateType = PyType(
        name: "datetime.date", base: .object, constructor: { _, a in .object(try makeDate(a)) },
        classAttribute: { dateClassAttribute($0, datetime: false) })
    nonisolated(unsafe) static let datetimeType = PyType(
        name: "datetime.datetime", base: dateType, constructor: { _, a in .object(try makeDateTime(a)) },
        classAttribute: { dateClassAttribute($0, datetime: true) })
    nonisolated(unsafe) static let timeType = PyType(
        name: "datetime.time", base: .object, constructor: { _, a in .object(try makeTime(a)) }, classAttribute: timeClassAttribute)
    nonisolated(unsafe) static let timedeltaType = PyType(
        name: "datetime.timedelta", base: .object, constructor: { _, a in .object(try makeTimedelta(a)) },
        classAttribute: timedeltaClassAttribute)
    nonisolated(unsafe) static let tzinfoType = PyType(name: "datetime.tzinfo", base: .object, constructor: nil)
    nonisolated(unsafe) static let timezoneType = PyType(
        name: "datetime.timezone", base: tzinfoType, constructor: { _, a in .object(try makeTimezone(a)) },
        classAttribute: timezoneClassAttribute)
    nonisolated(unsafe) static let isoCalendarType = PyType(name: "datetime.IsoCalendarDate", base: .tuple, constructor: nil)

    nonisolated(unsafe) static let utc = PyTimezone(offset: 0)

    nonisolated(unsafe) static let module: Value = .object(
        PyModule(
            name: "datetime",
            attributes: [
                "date": .object(dateType), "datetime": .object(datetimeType), "time": .object(timeType),
                "timedelta": .object(timedeltaType), "timezone": .object(timezoneType), "tzinfo": .object(tzinfoType),
                "MINYEAR": .int(1), "MAXYEAR": .int(9999), "UTC": .object(utc),
            ]))

    // MARK: arguments

    static func intArg(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            if v.object(ofKind: .bigint) != nil { throw PyException.make(.overflowError, "Python int too large to convert to C int") }
            throw PyException.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// Binds positional and keyword arguments to `names`; `required` leading ones must be present.
    static func bind(_ a: Args, _ names: [String], required: Int, function: String = "function") throws -> [Value?] {
        if a.count > names.count {
            throw PyException.make(
                .typeError, "\(function) takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(a.count) given)")
        }
        var out = [Value?](repeating: nil, count: names.count)
        for i in 0..<a.count { out[i] = a[i] }
        for (i, n) in a.keywordNames.enumerated() {
            guard let idx = names.firstIndex(of: n) else {
                throw PyException.make(.typeError, "'\(n)' is an invalid keyword argument for this function")
            }
            if out[idx] != nil {
                throw PyException.make(.typeError, "argument for \(function) given by name ('\(n)') and position (\(idx + 1))")
            }
            out[idx] = a.values[a.count + i]
        }
        for i in 0..<required where out[i] == nil {
            throw PyException.make(.typeError, "\(function) missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// Integer arguments in order (type errors first, as CPython reports them), then missing ones.
    static func ints(_ v: [Value?], _ names: [String], required: Int) throws -> [Int] {
        var out: [Int] = []
        for x in v { out.append(try x.map(intArg) ?? 0) }
        for i in 0..<required where v[i] == nil {
            throw PyException.make(.typeError, "function missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    static func tzArg(_ v: Value?) throws -> PyTimezone? {
        guard let v, !v.isNone else { return nil }
        if let tz = v.asNative as? PyTimezone { return tz }
        throw PyException.make(.typeError, "tzinfo argument must be None or of a tzinfo subclass, not type '\(typeName(v))'")
    }

    static func checkDate(_ y: Int, _ m: Int, _ d: Int) throws {
        if y < 1 || y > 9999 { throw PyException.make(.valueError, "year \(y) is out of range") }
        if m < 1 || m > 12 { throw PyException.make(.valueError, "month must be in 1..12") }
        if d < 1 || d > CivilCalendar.daysInMonth(y, m) { throw PyException.make(.valueError, "day is out of range for month") }
    }

    static func checkTime(_ h: Int, _ mi: Int, _ s: Int, _ us: Int, _ fold: Int) throws {
        if h < 0 || h > 23 { throw PyException.make(.valueError, "hour must be in 0..23") }
        if mi < 0 || mi > 59 { throw PyException.make(.valueError, "minute must be in 0..59") }
        if s < 0 || s > 59 { throw PyException.make(.valueError, "second must be in 0..59") }
        if us < 0 || us > 999_999 { throw PyException.make(.valueError, "microsecond must be in 0..999999") }
        if fold != 0 && fold != 1 { throw PyException.make(.valueError, "fold must be either 0 or 1") }
    }

    // MARK: constructors

    static func makeDate(_ a: Args) throws -> PyDate {
        let v = try bind(a, ["year", "month", "day"], required: 0)
        let f = try ints(v, ["year", "month", "day"], required: 3)
        let (y, m, d) = (f[0], f[1], f[2])
        try checkDate(y, m, d)
        return PyDate(y, m, d)
    }

    static func makeDateTime(_ a: Args) throws -> PyDate {
        let v = try bind(a, ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"], required: 0)
        let f = try ints(Array(v[0..<7]), ["year", "month", "day"], required: 3)
        let fold = try v[8].map(intArg) ?? 0
        try checkDate(f[0], f[1], f[2])
        try checkTime(f[3], f[4], f[5], f[6], fold)
        return PyDate(
            f[0], f[1], f[2], time: true, hour: f[3], minute: f[4], second: f[5], microsecond: f[6], tz: try tzArg(v[7]), fold: fold)
    }

    static func makeTime(_ a: Args) throws -> PyTimeOfDay {
        let v = try bind(a, ["hour", "minute", "second", "microsecond", "tzinfo", "fold"], required: 0)
        let f = try (0..<4).map { try v[$0].map(intArg) ?? 0 }
        let fold = try v[5].map(intArg) ?? 0
        try checkTime(f[0], f[1], f[2], f[3], fold)
        return PyTimeOfDay(hour: f[0], minute: f[1], second: f[2], microsecond: f[3], tz: try tzArg(v[4]), fold: fold)
    }

    static func makeTimedelta(_ a: Args) throws -> PyTimedelta {
        let names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
        let factors: [Int128] = [86_400_000_000, 1_000_000, 1, 1000, 60_000_000, 3_600_000_000, 604_800_000_000]
        let v = try bind(a, names, required: 0)
        var exact: Int128 = 0
        var fraction = 0.0
        for (i, value) in v.enumerated() {
            guard let value else { continue }
            switch value {
            case .int, .bool: exact += Int128(try intArg(value)) * factors[i]
            case .float(let d):
                let whole = d.rounded(.towardZero)
                guard whole.magnitude < 1e15 else {
                    let days = (d * Double(factors[i]) / 86_400_000_000).rounded(.down)
                    if days.magnitude >= 2_147_483_648 {
                        throw PyException.make(.overflowError, "Python int too large to convert to C int")
                    }
                    throw PyException.make(.overflowError, "days=\(Int(days)); must have magnitude <= 999999999")
                }
                exact += Int128(whole) * factors[i]
                fraction += (d - whole) * Double(factors[i])
            default:
                throw PyException.make(.typeError, "unsupported type for timedelta \(names[i]) component: \(typeName(value))")
            }
        }
        // Round the fractional part half-even relative to the whole total, as CPython does.
        let floor = fraction.rounded(.down)
        let rem = fraction - floor
        var add = Int128(floor)
        if rem > 0.5 || (rem == 0.5 && (exact + add) % 2 != 0) { add += 1 }
        return try PyTimedelta.make(exact + add)
    }

    static func makeTimezone(_ a: Args) throws -> PyTimezone {
        let v = try bind(a, ["offset", "name"], required: 1, function: "timezone()")
        guard let td = v[0]?.asNative as? PyTimedelta else {
            throw PyException.make(.typeError, "timezone() argument 1 must be datetime.timedelta, not \(typeName(v[0] ?? .none))")
        }
        var name: String?
        if let n = v[1] {
            guard let s = n.asStr else { throw PyException.make(.typeError, "timezone() argument 2 must be str, not \(typeName(n))") }
            name = s.value
        }
        let total = td.total
        if total <= -PyTimedelta.microsPerDay || total >= PyTimedelta.microsPerDay {
            throw PyException.make(
                .valueError,
                "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not \(td.repr()).")
        }
        if total == 0 && name == nil { return utc }
        return PyTimezone(offset: Int(total), name: name)
    }

    // MARK: class attributes

    static func dateClassAttribute(_ name: String, datetime: Bool) -> Value? {
        switch name {
        case "min": return .object(datetime ? PyDate(1, 1, 1, time: true) : PyDate(1, 1, 1))
        case "max":
            return .object(
                datetime
                    ? PyDate(9999, 12, 31, time: true, hour: 23, minute: 59, second: 59, microsecond: 999_999) : PyDate(9999, 12, 31))
        case "resolution":
            return .object(datetime ? PyTimedelta(days: 0, seconds: 0, microseconds: 1) : PyTimedelta(days: 1, seconds: 0, microseconds: 0))
        default:
            let table = datetime ? datetimeClassMethods : dateClassMethods
            if let f = table[name] ?? (datetime ? dateClassMethods[name] : nil) {
                return .object(PyBuiltinFunction(name) { vm, a in try f(vm, datetime, a) })
            }
            if let m = (datetime ? datetimeMethods[name] ?? dateMethods[name] : dateMethods[name]) {
                return unboundMethod(name, m, datetime ? "datetime.datetime" : "datetime.date") {
                    ($0.asNative as? PyDate)?.hasTime == datetime || (!datetime && $0.asNative is PyDate)
                }
            }
            return nil
        }
    }

    static func timeClassAttribute(_ name: String) -> Value? {
        switch name {
        case "min": return .object(PyTimeOfDay(hour: 0, minute: 0, second: 0, microsecond: 0, tz: nil))
        case "max": return .object(PyTimeOfDay(hour: 23, minute: 59, second: 59, microsecond: 999_999, tz: nil))
        case "resolution": return .object(PyTimedelta(days: 0, seconds: 0, microseconds: 1))
        case "fromisoformat":
            return .object(
                PyBuiltinFunction("fromisoformat") { _, a in
                    try a.expect("fromisoformat", min: 1, max: 1)
                    guard let s = a[0].asStr else { throw PyException.make(.typeError, "fromisoformat: argument must be str") }
                    return .object(try ISODateParser.parseTime(s.value))
                })
        default:
            if let m = timeMethods[name] { return unboundMethod(name, m, "datetime.time") { $0.asNative is PyTimeOfDay } }
            return nil
        }
    }

    static func timedeltaClassAttribute(_ name: String) -> Value? {
        switch name {
        case "min": return .object(PyTimedelta(days: -PyTimedelta.maxDays, seconds: 0, microseconds: 0))
        case "max": return .object(PyTimedelta(days: PyTimedelta.maxDays, seconds: 86399, microseconds: 999_999))
        case "resolution": return .object(PyTimedelta(days: 0, seconds: 0, microseconds: 1))
        default:
            if let m = timedeltaMethods[name] { return unboundMethod(name, m, "datetime.timedelta") { $0.asNative is PyTimedelta } }
            return nil
        }
    }

    static func timezoneClassAttribute(_ name: String) -> Value? {
        switch name {
        case "utc": return .object(utc)
        case "min": return .object(PyTimezone(offset: -(PyTimezone.microsPerDay - 60_000_000)))
        case "max": return .object(PyTimezone(offset: PyTimezone.microsPerDay - 60_000_000))
        default: return nil
        }
    }

    /// `datetime.date.isoformat` and friends used as plain functions (`map(date.isoformat, ds)`).
    static func unboundMethod(_ name: String, _ m: @escaping MethodFn, _ owner: String, accepts: @escaping @Sendable (Value) -> Bool)
        -> Value
    {
        .object(
            PyBuiltinFunction(name) { vm, a in
                guard a.count >= 1, accepts(a[0]) else {
                    throw PyException.make(.typeError, "descriptor '\(name)' requires a '\(owner)' object")
                }
                return try withArgs(Array(a.values[1...]), keywordNames: a.keywordNames) { try m(vm, a[0], $0) }
            })
    }

    // MARK: clock

    /// Seconds since the epoch, from the host's clock when it fixes one.
    static func now(_ vm: VM) -> Double {
        if let clock = vm.environment.clock { return clock() }
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The host's local offset in microseconds.
    static func localOffset(_ vm: VM) -> Int { vm.environment.utcOffset * 1_000_000 }

    /// Microseconds since the epoch of a timestamp, rounded half-even as CPython does.
    static func timestampMicros(_ v: Value) throws -> Int {
        switch v {
        case .int, .bool: return try intArg(v) * 1_000_000
        case .float(let d):
            guard d.isFinite, abs(d) < 1e14 else { throw PyException.make(.overflowError, "timestamp out of range for platform time_t") }
            return Int((d * 1e6).rounded(.toNearestOrEven))
        default: throw PyException.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    static let epochMicros = CivilCalendar.ordinal(1970, 1, 1) * PyDate.microsPerDay

    /// `HH:MM:SS[.ffffff]` with CPython's `timespec` choices.
    static func formatTime(_ h: Int, _ m: Int, _ s: Int, _ us: Int, _ timespec: String) throws -> String {
        let hh = TimeFormat.pad(h, 2, nil)
        let mm = TimeFormat.pad(m, 2, nil)
        let ss = TimeFormat.pad(s, 2, nil)
        switch timespec {
        case "auto": return us == 0 ? "\(hh):\(mm):\(ss)" : "\(hh):\(mm):\(ss).\(TimeFormat.pad(us, 6, nil))"
        case "hours": return hh
        case "minutes": return "\(hh):\(mm)"
        case "seconds": return "\(hh):\(mm):\(ss)"
        case "milliseconds": return "\(hh):\(mm):\(ss).\(TimeFormat.pad(us / 1000, 3, nil))"
        case "microseconds": return "\(hh):\(mm):\(ss).\(TimeFormat.pad(us, 6, nil))"
        default: throw PyException.make(.valueError, "Unknown timespec value")
        }
    }
}
