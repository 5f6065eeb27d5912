#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `time` module. The clock and the local offset come from the host (`ScriptEnvironment`).
enum TimeModule {
    static let structFields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"]

    // Process-wide immutable type object.
    nonisolated(unsafe) static let structTimeType: PyType = PyType(name: "time.struct_time", base: .tuple) { vm, a in
        try a.expect("struct_time", min: 1, max: 1)
        let items = try vm.iterateToArray(a[0])
        guard items.count == 9 else {
            throw PyException.make(.typeError, "time.struct_time() takes an at least 9-sequence (\(items.count)-sequence given)")
        }
        return .object(
            PyStructSequence(
                type: TimeModule.structTimeType, fields: structFields, values: items, extra: ["tm_zone": .none, "tm_gmtoff": .none]))
    }

    static func structTime(_ t: TimeFields, isdst: Int, zone: String?, gmtoff: Int?) -> PyStructSequence {
        let values: [Value] = [
            .int(t.year), .int(t.month), .int(t.day), .int(t.hour), .int(t.minute), .int(t.second), .int(t.weekday), .int(t.yearDay),
            .int(isdst),
        ]
        return PyStructSequence(
            type: structTimeType, fields: structFields, values: values,
            extra: ["tm_zone": zone.map { .str($0) } ?? Value.none, "tm_gmtoff": gmtoff.map { .int($0) } ?? Value.none])
    }

    /// Broken-down time of `secs` seconds since the epoch, shifted by `offset` seconds.
    static func fields(_ secs: Int, offset: Int) -> TimeFields {
        let c = CivilCalendar.civil(fromEpochSeconds: secs + offset)
        var t = TimeFields()
        (t.year, t.month, t.day, t.hour, t.minute, t.second) = (c.year, c.month, c.day, c.hour, c.minute, c.second)
        t.weekday = CivilCalendar.weekday(c.year, c.month, c.day)
        t.yearDay = CivilCalendar.yearDay(c.year, c.month, c.day)
        t.offsetText = TimeFormat.offsetText(offset * 1_000_000)
        t.zoneName = zoneName(offset)
        t.epoch = secs
        return t
    }

    static func zoneName(_ offset: Int) -> String {
        offset == 0 ? "UTC" : "UTC" + TimeFormat.offsetText(offset * 1_000_000, sep: ":")
    }

    /// Seconds for `gmtime(secs)` / `localtime(secs)`: now when absent or None.
    static func secondsArg(_ vm: VM, _ v: Value?) throws -> Int {
        guard let v, !v.isNone else { return Int(DateTimeModule.now(vm).rounded(.down)) }
        switch v {
        case .int, .bool: return try DateTimeModule.intArg(v)
        case .float(let d):
            if d.isNaN { throw PyException.make(.valueError, "Invalid value NaN (not a number)") }
            guard abs(d) < 1e15 else { throw PyException.make(.overflowError, "timestamp out of range for platform time_t") }
            return Int(d.rounded(.down))
        default: throw PyException.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// The fields of a `struct_time` or 9-tuple argument.
    static func tupleArg(_ vm: VM, _ v: Value, _ fn: String) throws -> TimeFields {
        let items: [Value]
        if let s = v.asNative as? PyStructSequence {
            items = s.values
        } else if let t = v.asTuple {
            items = t.items
        } else {
            throw PyException.make(.typeError, "Tuple or struct_time argument required")
        }
        guard items.count == 9 else { throw PyException.make(.typeError, "\(fn)(): illegal time tuple argument") }
        let n = try items.map { try DateTimeModule.intArg($0) }
        var t = TimeFields()
        (t.year, t.month, t.day, t.hour, t.minute, t.second) = (n[0], n[1], n[2], n[3], n[4], n[5])
        t.weekday = ((n[6] % 7) + 7) % 7
        t.yearDay = n[7]
        return t
    }

    static func fn(_ name: String, _ body: @escaping BuiltinFn) -> (String, Value) { (name, .object(PyBuiltinFunction(name, body))) }

    nonisolated(unsafe) static let module: Value = {
        var attrs: [String: Value] = [
            "struct_time": .object(structTimeType), "daylight": .int(0), "timezone": .int(0), "altzone": .int(0),
            "tzname": .tuple([.str("UTC"), .str("UTC")]),
        ]
        let entries: [(String, Value)] = [
            fn("time") { vm, a in
                try a.expect("time", min: 0, max: 0)
                return .float(DateTimeModule.now(vm))
            },
            fn("time_ns") { vm, a in
                try a.expect("time_ns", min: 0, max: 0)
                let t = DateTimeModule.now(vm)
                let whole = t.rounded(.down)
                return .int(Int(whole) * 1_000_000_000 + Int(((t - whole) * 1e9).rounded()))
            },
            fn("monotonic") { _, _ in .float(Double(monotonicNanos()) / 1e9) },
            fn("monotonic_ns") { _, _ in .int(Int(monotonicNanos())) },
            fn("perf_counter") { _, _ in .float(Double(monotonicNanos()) / 1e9) },
            fn("perf_counter_ns") { _, _ in .int(Int(monotonicNanos())) },
            fn("process_time") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) },
            fn("sleep") { vm, a in
                try a.expect("sleep", min: 1, max: 1)
                let secs: Double
                switch a[0] {
                case .int(let i): secs = Double(i)
                case .float(let d): secs = d
                case .bool(let b): secs = b ? 1 : 0
                default: throw PyException.make(.typeError, "'\(typeName(a[0]))' object cannot be interpreted as an integer")
                }
                if secs < 0 || secs.isNaN { throw PyException.make(.valueError, "sleep length must be non-negative") }
                try vm.sleep(secs)
                return .none
            },
            fn("gmtime") { vm, a in
                try a.expect("gmtime", min: 0, max: 1)
                return .object(structTime(fields(try secondsArg(vm, a.at(0)), offset: 0), isdst: 0, zone: "GMT", gmtoff: 0))
            },
            fn("localtime") { vm, a in
                try a.expect("localtime", min: 0, max: 1)
                let off = vm.environment.utcOffset
                return .object(structTime(fields(try secondsArg(vm, a.at(0)), offset: off), isdst: 0, zone: zoneName(off), gmtoff: off))
            },
            fn("mktime") { vm, a in
                try a.expect("mktime", min: 1, max: 1)
                let t = try tupleArg(vm, a[0], "mktime")
                let s = CivilCalendar.epochSeconds(t.year, t.month, t.day, t.hour, t.minute, t.second) - vm.environment.utcOffset
                return .float(Double(s))
            },
            fn("strftime") { vm, a in
                try a.expect("strftime", min: 1, max: 2)
                guard let f = a[0].asStr else {
                    throw PyException.make(.typeError, "strftime() argument 1 must be str, not \(typeName(a[0]))")
                }
                let off = vm.environment.utcOffset
                var t: TimeFields
                if let tv = a.at(1) {
                    t = try tupleArg(vm, tv, "strftime")
                    if t.month < 1 || t.month > 12 { throw PyException.make(.valueError, "month out of range") }
                    if t.day < 1 || t.day > 31 { throw PyException.make(.valueError, "day of month out of range") }
                    if t.hour < 0 || t.hour > 23 { throw PyException.make(.valueError, "hour out of range") }
                    if t.minute < 0 || t.minute > 59 { throw PyException.make(.valueError, "minute out of range") }
                    if t.second < 0 || t.second > 61 { throw PyException.make(.valueError, "seconds out of range") }
                    if t.yearDay < 1 { t.yearDay = 1 }
                    if let s = tv.asNative as? PyStructSequence, case .int(let g)? = s.extra["tm_gmtoff"] {
                        t.offsetText = TimeFormat.offsetText(g * 1_000_000)
                        t.zoneName = s.extra["tm_zone"]?.asStr?.value ?? zoneName(g)
                    } else {
                        t.offsetText = TimeFormat.offsetText(off * 1_000_000)
                        t.zoneName = zoneName(off)
                    }
                    t.epoch = CivilCalendar.epochSeconds(t.year, t.month, t.day, t.hour, t.minute, t.second) - off
                } else {
                    t = fields(Int(DateTimeModule.now(vm).rounded(.down)), offset: off)
                }
                return .str(TimeFormat.format(f.value, t))
            },
            fn("strptime") { vm, a in
                try a.expect("strptime", min: 1, max: 2)
                guard let s = a[0].asStr else {
                    throw PyException.make(.typeError, "strptime() argument 0 must be str, not \(typeName(a[0]))")
                }
                let format = try a.at(1).map { try DateTimeModule.strArg($0, "strptime()") } ?? "%a %b %d %H:%M:%S %Y"
                let p = try TimeParse.parse(vm, s.value, format)
                var t = TimeFields()
                (t.year, t.month, t.day, t.hour, t.minute, t.second) = (p.year, p.month, p.day, p.hour, p.minute, p.second)
                t.weekday = p.weekday
                t.yearDay = p.julian
                return .object(structTime(t, isdst: p.tz, zone: p.zoneName, gmtoff: p.gmtoff))
            },
            fn("asctime") { vm, a in
                try a.expect("asctime", min: 0, max: 1)
                let t =
                    try a.at(0).map { try tupleArg(vm, $0, "asctime") }
                    ?? fields(Int(DateTimeModule.now(vm)), offset: vm.environment.utcOffset)
                return .str(TimeFormat.format("%a %b %e %H:%M:%S %Y", t))
            },
            fn("ctime") { vm, a in
                try a.expect("ctime", min: 0, max: 1)
                let t = fields(try secondsArg(vm, a.at(0)), offset: vm.environment.utcOffset)
                return .str(TimeFormat.format("%a %b %e %H:%M:%S %Y", t))
            },
        ]
        for (n, v) in entries { attrs[n] = v }
        return .object(PyModule(name: "time", attributes: attrs))
    }()
}

extension VM {
    /// `time.sleep`: waits, but never past the run's time limit (reaching it stops the run).
    func sleep(_ seconds: Double) throws {
        let now = monotonicNanos()
        let wanted = seconds >= 1e9 ? UInt64.max / 2 : UInt64(seconds * 1e9)
        let until = now &+ wanted
        let stop = min(until, deadline)
        if stop > now {
            let ns = stop - now
            var ts = timespec(tv_sec: Int(ns / 1_000_000_000), tv_nsec: Int(ns % 1_000_000_000))
            _ = nanosleep(&ts, nil)
        }
        if until > deadline { throw LimitError.time(limits.time) }
    }
}
