/// Methods of the `datetime` types.
extension DateTimeModule {
    static func dateReceiver(_ v: Value) throws -> PyDate {
        guard let d = v.asNative as? PyDate else { throw PyException.make(.typeError, "descriptor requires a 'datetime.date' object") }
        return d
    }

    static func strArg(_ v: Value?, _ what: String) throws -> String {
        guard let s = v?.asStr else { throw PyException.make(.typeError, "\(what) argument must be str, not \(typeName(v ?? .none))") }
        return s.value
    }

    static func isoCalendar(_ d: PyDate) -> Value {
        let (y, w, wd) = CivilCalendar.isoCalendar(d.year, d.month, d.day)
        return .object(PyStructSequence(type: isoCalendarType, fields: ["year", "week", "weekday"], values: [.int(y), .int(w), .int(wd)]))
    }

    static func localZone(_ vm: VM) -> PyTimezone {
        let off = localOffset(vm)
        return off == 0 ? PyTimezone(offset: 0, name: "UTC") : PyTimezone(offset: off)
    }

    /// A datetime (or date) from microseconds since the epoch in UTC, shown in `tz` (nil: local, naive).
    static func fromEpochMicros(_ vm: VM, _ us: Int, tz: PyTimezone?, time: Bool = true) throws -> PyDate {
        let shift = tz?.offset ?? localOffset(vm)
        return try PyDate.fromMicros(epochMicros + us + shift, time: time, tz: tz)
    }

    static func nowMicros(_ vm: VM) -> Int { Int((now(vm) * 1e6).rounded(.toNearestOrEven)) }

    static let dateMethods: [String: MethodFn] = [
        "isoformat": { _, r, a in
            try a.expect("isoformat", min: 0, max: 0)
            return .str(try dateReceiver(r).isoformat())
        },
        "strftime": { _, r, a in
            try a.expect("strftime", min: 1, max: 1, keywords: ["format"])
            let fmt = try strArg(a.argument(0, "format"), "strftime()")
            return .str(TimeFormat.format(fmt, try dateReceiver(r).fields))
        },
        "__format__": { _, r, a in
            try a.expect("__format__", min: 1, max: 1)
            let fmt = try strArg(a[0], "__format__()")
            let d = try dateReceiver(r)
            return .str(fmt.isEmpty ? d.str() : TimeFormat.format(fmt, d.fields))
        },
        "timetuple": { _, r, a in
            try a.expect("timetuple", min: 0, max: 0)
            return .object(TimeModule.structTime(try dateReceiver(r).fields, isdst: -1, zone: nil, gmtoff: nil))
        },
        "toordinal": { _, r, _ in
            let d = try dateReceiver(r)
            return .int(CivilCalendar.ordinal(d.year, d.month, d.day))
        },
        "weekday": { _, r, _ in
            let d = try dateReceiver(r)
            return .int(CivilCalendar.weekday(d.year, d.month, d.day))
        },
        "isoweekday": { _, r, _ in
            let d = try dateReceiver(r)
            return .int(CivilCalendar.weekday(d.year, d.month, d.day) + 1)
        },
        "isocalendar": { _, r, _ in isoCalendar(try dateReceiver(r)) },
        "ctime": { _, r, _ in .str(TimeFormat.format("%a %b %e %H:%M:%S %Y", try dateReceiver(r).fields)) },
        "replace": { _, r, a in
            let d = try dateReceiver(r)
            if d.hasTime { return try replaceDateTime(d, a) }
            let v = try bind(a, ["year", "month", "day"], required: 0, function: "replace()")
            let y = try v[0].map(intArg) ?? d.year
            let m = try v[1].map(intArg) ?? d.month
            let dd = try v[2].map(intArg) ?? d.day
            try checkDate(y, m, dd)
            return .object(PyDate(y, m, dd))
        },
    ]

    static func replaceDateTime(_ d: PyDate, _ a: Args) throws -> Value {
        let v = try bind(
            a, ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"], required: 0, function: "replace()")
        let old = [d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond]
        let f = try (0..<7).map { try v[$0].map(intArg) ?? old[$0] }
        let fold = try v[8].map(intArg) ?? d.fold
        try checkDate(f[0], f[1], f[2])
        try checkTime(f[3], f[4], f[5], f[6], fold)
        let tz = try v[7] == nil ? d.tz : tzArg(v[7])
        return .object(
            PyDate(f[0], f[1], f[2], time: true, hour: f[3], minute: f[4], second: f[5], microsecond: f[6], tz: tz, fold: fold))
    }

    static let datetimeMethods: [String: MethodFn] = [
        "isoformat": { _, r, a in
            let v = try bind(a, ["sep", "timespec"], required: 0, function: "isoformat()")
            let sep = try v[0].map { try strArg($0, "isoformat()") } ?? "T"
            let spec = try v[1].map { try strArg($0, "isoformat()") } ?? "auto"
            return .str(try dateReceiver(r).isoformat(sep: sep, timespec: spec))
        },
        "timetuple": { _, r, _ in
            let d = try dateReceiver(r)
            return .object(TimeModule.structTime(d.fields, isdst: -1, zone: nil, gmtoff: nil))
        },
        "utctimetuple": { _, r, _ in
            var d = try dateReceiver(r)
            if let tz = d.tz { d = try PyDate.fromMicros(d.micros - tz.offset, time: true, tz: nil) }
            return .object(TimeModule.structTime(d.fields, isdst: 0, zone: nil, gmtoff: nil))
        },
        "date": { _, r, _ in
            let d = try dateReceiver(r)
            return .object(PyDate(d.year, d.month, d.day))
        },
        "time": { _, r, _ in
            let d = try dateReceiver(r)
            return .object(PyTimeOfDay(hour: d.hour, minute: d.minute, second: d.second, microsecond: d.microsecond, tz: nil, fold: d.fold))
        },
        "timetz": { _, r, _ in
            let d = try dateReceiver(r)
            return .object(
                PyTimeOfDay(hour: d.hour, minute: d.minute, second: d.second, microsecond: d.microsecond, tz: d.tz, fold: d.fold))
        },
        "timestamp": { vm, r, _ in
            let d = try dateReceiver(r)
            let utc = d.tz == nil ? d.micros - localOffset(vm) : d.utcMicros
            return .float(Double(utc - epochMicros) / 1e6)
        },
        "utcoffset": { _, r, _ in (try dateReceiver(r)).tz.map { .object($0.offsetDelta) } ?? Value.none },
        "tzname": { _, r, _ in (try dateReceiver(r)).tz.map { .str($0.tzname) } ?? Value.none },
        "dst": { _, _, _ in .none },
        "astimezone": { vm, r, a in
            try a.expect("astimezone", min: 0, max: 1, keywords: ["tz"])
            let d = try dateReceiver(r)
            let target = try tzArg(a.argument(0, "tz")) ?? localZone(vm)
            let utc = d.tz == nil ? d.micros - localOffset(vm) : d.utcMicros
            return .object(try PyDate.fromMicros(utc + target.offset, time: true, tz: target))
        },
    ]

    /// Class methods: `(vm, isDatetimeClass, args)`.
    typealias ClassMethod = @Sendable (VM, Bool, Args) throws -> Value

    static let dateClassMethods: [String: ClassMethod] = [
        "today": { vm, isDT, a in
            try a.expect("today", min: 0, max: 0)
            return .object(try fromEpochMicros(vm, nowMicros(vm), tz: nil, time: isDT))
        },
        "fromtimestamp": { vm, isDT, a in
            let v = try bind(a, isDT ? ["timestamp", "tz"] : ["timestamp"], required: 1, function: "fromtimestamp()")
            let tz = isDT ? try tzArg(v[1]) : nil
            return .object(try fromEpochMicros(vm, try timestampMicros(v[0]!), tz: tz, time: isDT))
        },
        "fromordinal": { _, isDT, a in
            try a.expect("fromordinal", min: 1, max: 1)
            let n = try intArg(a[0])
            if n < 1 { throw PyException.make(.valueError, "ordinal must be >= 1") }
            if n > CivilCalendar.ordinal(9999, 12, 31) { throw PyException.make(.valueError, "year 10000 is out of range") }
            let (y, m, d) = CivilCalendar.fromOrdinal(n)
            return .object(PyDate(y, m, d, time: isDT))
        },
        "fromisoformat": { _, isDT, a in
            try a.expect("fromisoformat", min: 1, max: 1)
            guard let s = a[0].asStr else { throw PyException.make(.typeError, "fromisoformat: argument must be str") }
            return .object(isDT ? try ISODateParser.parseDateTime(s.value) : try ISODateParser.parseDate(s.value))
        },
        "fromisocalendar": { _, isDT, a in
            let v = try bind(a, ["year", "week", "day"], required: 3, function: "fromisocalendar()")
            let y = try intArg(v[0]!)
            let w = try intArg(v[1]!)
            let d = try intArg(v[2]!)
            let (yy, mm, dd) = try ISODateParser.fromISOCalendar(y, w, d)
            return .object(PyDate(yy, mm, dd, time: isDT))
        },
    ]

    static let datetimeClassMethods: [String: ClassMethod] = [
        "now": { vm, _, a in
            let v = try bind(a, ["tz"], required: 0, function: "now()")
            return .object(try fromEpochMicros(vm, nowMicros(vm), tz: try tzArg(v[0])))
        },
        "utcnow": { vm, _, a in
            try a.expect("utcnow", min: 0, max: 0)
            return .object(try PyDate.fromMicros(epochMicros + nowMicros(vm), time: true, tz: nil))
        },
        "utcfromtimestamp": { _, _, a in
            try a.expect("utcfromtimestamp", min: 1, max: 1)
            return .object(try PyDate.fromMicros(epochMicros + (try timestampMicros(a[0])), time: true, tz: nil))
        },
        "strptime": { vm, _, a in
            try a.expect("strptime", min: 2, max: 2)
            let p = try TimeParse.parse(vm, try strArg(a[0], "strptime()"), try strArg(a[1], "strptime()"))
            var tz: PyTimezone?
            if let off = p.gmtoff {
                let micros = off * 1_000_000 + p.gmtoffFraction
                tz = micros == 0 && p.zoneName == nil ? utc : PyTimezone(offset: micros, name: p.zoneName)
            }
            return .object(
                PyDate(
                    p.year, p.month, p.day, time: true, hour: p.hour, minute: p.minute, second: p.second, microsecond: p.fraction,
                    tz: tz))
        },
        "combine": { _, _, a in
            let v = try bind(a, ["date", "time", "tzinfo"], required: 2, function: "combine()")
            guard let d = v[0]?.asNative as? PyDate else {
                throw PyException.make(.typeError, "combine() argument 1 must be datetime.date, not \(typeName(v[0] ?? .none))")
            }
            guard let t = v[1]?.asNative as? PyTimeOfDay else {
                throw PyException.make(.typeError, "combine() argument 2 must be datetime.time, not \(typeName(v[1] ?? .none))")
            }
            let tz = v[2] == nil ? t.tz : try tzArg(v[2])
            return .object(
                PyDate(
                    d.year, d.month, d.day, time: true, hour: t.hour, minute: t.minute, second: t.second, microsecond: t.microsecond,
                    tz: tz,
                    fold: t.fold))
        },
    ]

    static func timeReceiver(_ v: Value) throws -> PyTimeOfDay {
        guard let t = v.asNative as? PyTimeOfDay else { throw PyException.make(.typeError, "descriptor requires a 'datetime.time' object") }
        return t
    }

    static let timeMethods: [String: MethodFn] = [
        "isoformat": { _, r, a in
            let v = try bind(a, ["timespec"], required: 0, function: "isoformat()")
            return .str(try timeReceiver(r).isoformat(try v[0].map { try strArg($0, "isoformat()") } ?? "auto"))
        },
        "strftime": { _, r, a in
            try a.expect("strftime", min: 1, max: 1, keywords: ["format"])
            return .str(TimeFormat.format(try strArg(a.argument(0, "format"), "strftime()"), try timeReceiver(r).fields))
        },
        "replace": { _, r, a in
            let t = try timeReceiver(r)
            let v = try bind(a, ["hour", "minute", "second", "microsecond", "tzinfo", "fold"], required: 0, function: "replace()")
            let old = [t.hour, t.minute, t.second, t.microsecond]
            let f = try (0..<4).map { try v[$0].map(intArg) ?? old[$0] }
            let fold = try v[5].map(intArg) ?? t.fold
            try checkTime(f[0], f[1], f[2], f[3], fold)
            let tz = try v[4] == nil ? t.tz : tzArg(v[4])
            return .object(PyTimeOfDay(hour: f[0], minute: f[1], second: f[2], microsecond: f[3], tz: tz, fold: fold))
        },
        "utcoffset": { _, r, _ in (try timeReceiver(r)).tz.map { .object($0.offsetDelta) } ?? Value.none },
        "tzname": { _, r, _ in (try timeReceiver(r)).tz.map { .str($0.tzname) } ?? Value.none },
        "dst": { _, _, _ in .none },
    ]

    static let timedeltaMethods: [String: MethodFn] = [
        "total_seconds": { _, r, a in
            try a.expect("total_seconds", min: 0, max: 0)
            guard let td = r.asNative as? PyTimedelta else { return .none }
            return .float(Double(td.total) / 1e6)
        }
    ]

    static let timezoneMethods: [String: MethodFn] = [
        "utcoffset": { _, r, a in
            try a.expect("utcoffset", min: 1, max: 1)
            return .object((r.asNative as? PyTimezone)?.offsetDelta ?? PyTimedelta(days: 0, seconds: 0, microseconds: 0))
        },
        "tzname": { _, r, a in
            try a.expect("tzname", min: 1, max: 1)
            return .str((r.asNative as? PyTimezone)?.tzname ?? "UTC")
        },
        "dst": { _, _, a in
            try a.expect("dst", min: 1, max: 1)
            return .none
        },
        "fromutc": { _, r, a in
            try a.expect("fromutc", min: 1, max: 1)
            guard let tz = r.asNative as? PyTimezone, let d = a[0].asNative as? PyDate, d.hasTime else {
                throw PyException.make(.typeError, "fromutc() argument must be a datetime instance")
            }
            return .object(try PyDate.fromMicros(d.micros + tz.offset, time: true, tz: tz))
        },
    ]
}
