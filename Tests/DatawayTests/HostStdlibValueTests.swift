import Dataway
import Testing

@Suite("Host API: Decimal and datetime values in and out")
struct HostStdlibValueTests {
    let cst = DatawayTimeZone(utcOffsetSeconds: 8 * 3600)

    @Test("dw_process returns Decimal and datetime values")
    func valuesOut() throws {
        let r = try process(
            """
            from decimal import Decimal
            from datetime import date, time, datetime, timedelta, timezone
            def dw_process(msg):
                tz = timezone(timedelta(hours=8))
                return {
                    "price": Decimal("19.90"), "big": Decimal("1e3"), "nan": Decimal("NaN"),
                    "day": date(2024, 2, 29), "at": time(8, 30, 0, 500, tzinfo=tz),
                    "when": datetime(2024, 5, 1, 8, 30, tzinfo=tz), "naive": datetime(2024, 5, 1, 23, 59, 59, 123456),
                    "span": timedelta(days=-1, seconds=1), "tz": timezone(timedelta(hours=-5), "EST"),
                    "items": (Decimal("-0.00"),),
                }
            """, payload: .null)
        #expect(r["price"] == .decimal(DatawayDecimal("19.90")!))
        #expect(r["big"] == .decimal(DatawayDecimal("1E+3")!))
        #expect(r["nan"] == .decimal(DatawayDecimal("NaN")!))
        #expect(r["day"] == .dateTime(.date(year: 2024, month: 2, day: 29)))
        #expect(r["at"] == .dateTime(.time(hour: 8, minute: 30, second: 0, microsecond: 500, zone: cst)))
        #expect(
            r["when"]
                == .dateTime(.dateTime(year: 2024, month: 5, day: 1, hour: 8, minute: 30, second: 0, microsecond: 0, zone: cst)))
        #expect(
            r["naive"]
                == .dateTime(.dateTime(year: 2024, month: 5, day: 1, hour: 23, minute: 59, second: 59, microsecond: 123_456, zone: nil)))
        #expect(r["span"] == .dateTime(.timedelta(days: -1, seconds: 1, microseconds: 0)))
        #expect(r["tz"] == .dateTime(.timezone(DatawayTimeZone(utcOffsetSeconds: -5 * 3600, name: "EST"))))
        #expect(r["items"] == .list([.decimal(DatawayDecimal("-0.00")!)]))
    }

    @Test("host JSON: Decimal as an exact number, datetime values as ISO 8601 text")
    func json() throws {
        let r = try process(
            """
            from decimal import Decimal
            from datetime import date, time, datetime, timedelta, timezone
            def dw_process(msg):
                tz = timezone(timedelta(hours=5, minutes=30))
                return [Decimal("12345678901234567890.123456789"), Decimal("1E+3"), Decimal("-Infinity"),
                        date(2024, 1, 2), time(23, 5, tzinfo=timezone.utc), datetime(2024, 1, 2, 3, 4, 5, 600000, tzinfo=tz),
                        timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=500), timedelta(seconds=-1),
                        timedelta(0), tz]
            """, payload: .null)
        #expect(
            r.jsonString()
                == #"[12345678901234567890.123456789, 1E+3, -Infinity, "2024-01-02", "23:05:00+00:00", "2024-01-02T03:04:05.600000+05:30", "P1DT2H3M4.5S", "-PT1S", "PT0S", "+05:30"]"#
        )
    }

    @Test("Decimal and datetime values go into a script and come back unchanged")
    func valuesIn() throws {
        let values: [DatawayValue] = [
            .decimal(DatawayDecimal("0.1")!), .decimal(DatawayDecimal("-12.500")!),
            .dateTime(.date(year: 1, month: 1, day: 1)),
            .dateTime(.dateTime(year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59, microsecond: 999_999, zone: cst)),
            .dateTime(.time(hour: 0, minute: 0, second: 0, microsecond: 0, zone: nil)),
            .dateTime(.timedelta(days: -3, seconds: 86_399, microseconds: 1)), .dateTime(.timezone(.utc)),
        ]
        let s = try Script.compile(
            """
            def dw_process(msg):
                p = msg.payload
                print(p[0] + p[0] + p[0], repr(p[1]), p[2].isoformat(), p[3].utcoffset(), p[4], p[5], repr(p[6]))
                return p
            """)
        let out = s.run(message: Message(payload: .list(values)))
        #expect(try out.result.get() == .list(values))
        #expect(
            out.log
                == "0.3 Decimal('-12.500') 0001-01-01 8:00:00 00:00:00 -3 days, 23:59:59.000001 datetime.timezone.utc\n")
    }

    @Test("out-of-range host values are refused, as are other library objects leaving a script")
    func refused() throws {
        #expect(DatawayDecimal("12abc") == nil)
        let s = try Script.compile("def dw_process(msg):\n    return msg.payload")
        for bad: DatawayDateTime in [
            .date(year: 2023, month: 2, day: 29), .time(hour: 24, minute: 0, second: 0, microsecond: 0, zone: nil),
            .timezone(DatawayTimeZone(utcOffsetSeconds: 86_400)), .timedelta(days: 1_000_000_000, seconds: 0, microseconds: 0),
        ] {
            guard case .failure(.invalidInput) = s.run(message: Message(payload: .dateTime(bad))).result else {
                Issue.record("expected invalidInput for \(bad)")
                continue
            }
        }
        let pattern = try Script.compile("import re\ndef dw_process(msg):\n    return re.compile('a')")
        guard case .failure(.runtime(let e)) = pattern.run(message: Message(payload: .null)).result else {
            Issue.record("expected a TypeError")
            return
        }
        #expect(e.type == "TypeError")
        #expect(e.message.contains("'re.Pattern' cannot leave a script"))
    }
}
