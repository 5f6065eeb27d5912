import Dataway
import Testing

/// The `time` / `datetime` clock comes from the host, and `re` cannot hang the host.
@Suite("Stdlib modules: host clock and regex limits")
struct StdlibClockTests {
    /// 2024-03-05 12:00:01.250 UTC.
    static let fixed = 1_709_640_001.25

    func run(_ source: String, clock: Double = fixed, utcOffset: Int = 0, limits: Limits = .default) throws -> RunOutcome {
        let env = ScriptEnvironment(clock: { clock }, utcOffset: utcOffset)
        return try Script.compile(source).run(limits: limits, environment: env)
    }

    @Test("a fixed clock gives exact time.time() and time_ns()")
    func timeModule() throws {
        let out = try run("import time\nprint(time.time())\nprint(time.time_ns())\nprint(time.gmtime()[:6])\n")
        #expect(out.log == "1709640001.25\n1709640001250000000\n(2024, 3, 5, 12, 0, 1)\n")
    }

    @Test("datetime.now(), utcnow() and today() read the host clock")
    func datetimeNow() throws {
        let source = """
            from datetime import datetime, date, timezone
            print(repr(datetime.now()))
            print(repr(datetime.utcnow()))
            print(datetime.now(timezone.utc).isoformat())
            print(date.today(), datetime.now().timestamp())
            """
        let out = try run(source)
        #expect(
            out.log == """
                datetime.datetime(2024, 3, 5, 12, 0, 1, 250000)
                datetime.datetime(2024, 3, 5, 12, 0, 1, 250000)
                2024-03-05T12:00:01.250000+00:00
                2024-03-05 1709640001.25

                """)
    }

    @Test("the host's UTC offset makes local time")
    func localOffset() throws {
        let source = """
            import time
            from datetime import datetime, timezone
            print(repr(datetime.now()))
            print(time.localtime()[:6], time.localtime().tm_gmtoff)
            print(time.strftime('%Y-%m-%d %H:%M:%S %z'))
            print(datetime.now().timestamp(), datetime.fromtimestamp(0))
            print(datetime.now(timezone.utc).astimezone())
            print(time.mktime(time.localtime()))
            """
        let out = try run(source, utcOffset: 8 * 3600)
        #expect(
            out.log == """
                datetime.datetime(2024, 3, 5, 20, 0, 1, 250000)
                (2024, 3, 5, 20, 0, 1) 28800
                2024-03-05 20:00:01 +0800
                1709640001.25 1970-01-01 08:00:00
                2024-03-05 20:00:01.250000+08:00
                1709640001.0

                """)
    }

    @Test("a catastrophic pattern is stopped by the run's limit and the host carries on")
    func catastrophicRegex() throws {
        var limits = Limits.default
        limits.time = 0.5
        let out = try run("import re\nprint(re.match(r'(a+)+$', 'a' * 64 + 'b'))\n", limits: limits)
        guard case .failure(.limit(let e)) = out.result else {
            Issue.record("expected a limit error, got \(out.result)")
            return
        }
        #expect(e.kind == .time || e.kind == .steps)
        // The same script object and host keep working afterwards.
        let again = try run("import re\nprint(re.match(r'(a+)+$', 'aaaa').span())\n")
        #expect(again.log == "(0, 4)\n")
    }

    @Test("the step limit also stops a runaway regex")
    func regexSteps() throws {
        var limits = Limits.default
        limits.steps = 100_000
        limits.time = 60
        let out = try run("import re\nre.search(r'(x+x+)+y', 'x' * 40)\n", limits: limits)
        guard case .failure(.limit(let e)) = out.result else {
            Issue.record("expected a limit error")
            return
        }
        #expect(e.kind == .steps)
    }

    @Test("time.sleep never outlasts the time limit")
    func sleepLimit() throws {
        var limits = Limits.default
        limits.time = 0.3
        let started = ContinuousClock.now
        let out = try run("import time\ntime.sleep(30)\n", limits: limits)
        guard case .failure(.limit(let e)) = out.result else {
            Issue.record("expected a limit error")
            return
        }
        #expect(e.kind == .time)
        // Not a speed threshold: the script asked for 30 s, and the run must end long before that.
        #expect(ContinuousClock.now - started < .seconds(20))
    }
}
