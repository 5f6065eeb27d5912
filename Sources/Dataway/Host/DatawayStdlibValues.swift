/// A `decimal.Decimal` crossing the boundary, kept exactly as its text.
///
/// Equality compares the text, so `1.10` and `1.1` differ here (as `str()` of them does in Python).
public struct DatawayDecimal: Sendable, Hashable, CustomStringConvertible {
    /// `str(d)`: `1.10`, `-0`, `1E+3`, `NaN`, `sNaN`, `Infinity`, `-Infinity`.
    public let text: String

    /// Parses decimal text as `Decimal(text)` does; nil when it is not a decimal number. The value
    /// keeps the canonical `str()` form (`Decimal("1e3")` is `1E+3`).
    public init?(_ text: String) {
        guard let n = DecimalNumber(parsing: text) else { return nil }
        self.init(n)
    }

    init(_ number: DecimalNumber) { text = number.toString() }

    /// False for NaN and the infinities.
    public var isFinite: Bool { text.last.map { $0.isNumber } ?? false }

    /// The nearest `Double` (lossy; NaN for a signalling NaN).
    public var doubleValue: Double { Double(text) ?? .nan }

    public var description: String { text }

    /// The JSON token: the exact digits as a JSON number when finite (every finite `str()` of a
    /// Decimal is valid JSON number syntax), else `NaN`, `Infinity` or `-Infinity` as `json.dumps`
    /// writes non-finite floats.
    public var jsonText: String {
        if isFinite { return text }
        return text.hasSuffix("NaN") ? "NaN" : text
    }
}

/// A fixed UTC offset with an optional name: `datetime.timezone`, or the `tzinfo` of an aware
/// `datetime`/`time`.
public struct DatawayTimeZone: Sendable, Hashable {
    /// The offset from UTC in microseconds; strictly within ±24 hours.
    public var utcOffsetMicroseconds: Int
    /// The name given to `timezone(offset, name)`, if any.
    public var name: String?

    public init(utcOffsetMicroseconds: Int, name: String? = nil) {
        self.utcOffsetMicroseconds = utcOffsetMicroseconds
        self.name = name
    }

    public init(utcOffsetSeconds: Int, name: String? = nil) {
        self.init(utcOffsetMicroseconds: utcOffsetSeconds * 1_000_000, name: name)
    }

    /// UTC (`datetime.timezone.utc`).
    public static let utc = DatawayTimeZone(utcOffsetMicroseconds: 0)
}

/// A value of the `datetime` module crossing the boundary. Field ranges are Python's (year
/// 1...9999, microsecond 0..<1_000_000, ...); a host value out of range is refused on the way in.
public enum DatawayDateTime: Sendable, Hashable {
    /// `datetime.date`.
    case date(year: Int, month: Int, day: Int)
    /// `datetime.time`, naive when `zone` is nil.
    case time(hour: Int, minute: Int, second: Int, microsecond: Int, zone: DatawayTimeZone?)
    /// `datetime.datetime`, naive when `zone` is nil.
    case dateTime(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microsecond: Int, zone: DatawayTimeZone?)
    /// `datetime.timedelta`, normalised as Python does: `seconds` in 0..<86400, `microseconds` in
    /// 0..<1_000_000, and the sign carried by `days`.
    case timedelta(days: Int, seconds: Int, microseconds: Int)
    /// `datetime.timezone`.
    case timezone(DatawayTimeZone)

    /// ISO 8601 text: `isoformat()` of a date, time or datetime (`2024-05-01T08:30:00+08:00`), a
    /// duration for a timedelta (`P1DT2H3M4.5S`, `-PT1S`, `PT0S`), the offset of a timezone
    /// (`+08:00`).
    public var isoString: String {
        switch self {
        case .date(let y, let m, let d):
            return PyDate(y, m, d).dateText
        case .time(let h, let mi, let s, let us, let zone):
            return (try? DateTimeModule.formatTime(h, mi, s, us, "auto")).map { $0 + DatawayDateTime.offset(zone) } ?? ""
        case .dateTime(let y, let m, let d, let h, let mi, let s, let us, let zone):
            guard let t = try? DateTimeModule.formatTime(h, mi, s, us, "auto") else { return "" }
            return PyDate(y, m, d).dateText + "T" + t + DatawayDateTime.offset(zone)
        case .timedelta(let days, let seconds, let micros):
            return DatawayDateTime.duration(Int128(days) * 86_400_000_000 + Int128(seconds) * 1_000_000 + Int128(micros))
        case .timezone(let zone):
            return TimeFormat.offsetText(zone.utcOffsetMicroseconds, sep: ":")
        }
    }

    private static func offset(_ zone: DatawayTimeZone?) -> String {
        zone.map { TimeFormat.offsetText($0.utcOffsetMicroseconds, sep: ":") } ?? ""
    }

    /// An ISO 8601 duration of `total` microseconds: days, hours, minutes and (fractional) seconds.
    private static func duration(_ total: Int128) -> String {
        if total == 0 { return "PT0S" }
        let magnitude = total.magnitude
        let micros = Int(magnitude % 1_000_000)
        let allSeconds = magnitude / 1_000_000
        let days = allSeconds / 86_400
        let h = Int(allSeconds % 86_400 / 3600)
        let m = Int(allSeconds % 3600 / 60)
        let s = Int(allSeconds % 60)
        var out = total < 0 ? "-P" : "P"
        if days != 0 { out += "\(days)D" }
        guard h != 0 || m != 0 || s != 0 || micros != 0 else { return out }
        out += "T"
        if h != 0 { out += "\(h)H" }
        if m != 0 { out += "\(m)M" }
        if s != 0 || micros != 0 {
            out += "\(s)"
            if micros != 0 {
                var f = String(micros)
                f = String(repeating: "0", count: 6 - f.count) + f
                while f.hasSuffix("0") { f.removeLast() }
                out += "." + f
            }
            out += "S"
        }
        return out
    }
}
