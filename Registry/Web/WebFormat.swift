import Foundation

/// How the marketplace pages show numbers, sizes, dates, digests and auth types. Locale-independent,
/// so pages (and tests) are the same everywhere.
enum WebFormat {
    /// `12345` → `12,345`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// `1 connector`, `2,048 connectors`.
    static func counted(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        count(value) + " " + (value == 1 ? singular : plural ?? singular + "s")
    }

    /// `512 B`, `12.3 KiB`, `4.0 MiB`.
    static func bytes(_ value: Int) -> String {
        guard value >= 1024 else { return "\(max(0, value)) B" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var amount = Double(value) / 1024
        var unit = 0
        while amount >= 1024 && unit < units.count - 1 {
            amount /= 1024
            unit += 1
        }
        let tenths = Int((amount * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }

    /// `2025-03-14` (UTC).
    static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash))
    }

    /// `2025-03-14T09:30:00Z`, for `<time datetime>`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// `sha256:0123456789ab` — the algorithm and the first 12 hex digits.
    static func shortDigest(_ digest: String) -> String {
        guard let colon = digest.firstIndex(of: ":") else { return String(digest.prefix(12)) }
        return String(digest[...colon]) + String(digest[digest.index(after: colon)...].prefix(12))
    }

    /// `junction install vendor/name@^1.4` for a latest version `1.4.2`; a pre-release or a version
    /// that is not `X.Y…` is pinned exactly; no version gives a bare `junction install vendor/name`.
    static func installCommand(name: String, latestVersion: String?) -> String {
        guard let version = latestVersion?.trimmingASCIIWhitespace(), !version.isEmpty else {
            return "junction install \(name)"
        }
        let core = version.split(separator: "+", maxSplits: 1).first.map(String.init) ?? version
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
        if !core.contains("-"), numbers.count >= 2, numbers.prefix(2).allSatisfy(isNumber) {
            return "junction install \(name)@^\(numbers[0]).\(numbers[1])"
        }
        return "junction install \(name)@\(version)"
    }

    /// One or more ASCII digits.
    private static func isNumber(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 >= "0" && $0 <= "9" }
    }

    /// Display names for the manifest's `auth.type` values; unknown types show as they are.
    static func authLabel(_ type: String) -> String {
        switch type.lowercased() {
        case "oauth2": "OAuth 2.0"
        case "api_key": "API key"
        case "basic": "Basic auth"
        case "bearer": "Bearer token"
        case "none": "No auth"
        default: type
        }
    }

    /// `type` reduced to `[a-z0-9_-]`, for a CSS class name.
    static func cssToken(_ type: String) -> String {
        String(
            type.lowercased().unicodeScalars.filter { scalar in
                (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "_" || scalar == "-"
            }.map(Character.init))
    }
}
