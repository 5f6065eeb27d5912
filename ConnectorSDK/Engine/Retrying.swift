import Foundation

extension OperationRun {
    static let longestRetryAfterSeconds = 300

    /// Milliseconds to wait before retrying, or nil when the response is final.
    func retryDelay(for response: IncomingResponse) throws(OperationError) -> Int? {
        guard response.status == 429 || op.retryStatuses.contains(response.status) else { return nil }
        let policy = op.spec.retry
        let maxAttempts = policy?.maxAttempts ?? 3
        guard attempt < maxAttempts else {
            if response.status == 429 {
                throw OperationError(
                    code: "rate_limited", step: "response", message: "still rate limited after \(attempt) attempts", status: 429)
            }
            return nil
        }
        if let header = response.headers[name: "Retry-After"], let seconds = Self.retryAfterSeconds(header) {
            if seconds > Self.longestRetryAfterSeconds {
                throw OperationError(
                    code: "rate_limited", step: "response",
                    message: "the API asks to wait \(seconds) s before retrying, longer than \(Self.longestRetryAfterSeconds) s",
                    status: response.status)
            }
            return seconds * 1000
        }
        let first = policy?.backoffMs ?? 500
        let cap = policy?.maxBackoffMs ?? 30_000
        let shift = min(attempt - 1, 20)
        return min(cap, first << shift)
    }

    /// `Retry-After` as seconds: a number of seconds, or an HTTP date.
    static func retryAfterSeconds(_ value: String, now: Date = Date()) -> Int? {
        let v = value.trimmingCharacters(in: .whitespaces)
        if let n = Int(v) { return max(0, n) }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = f.date(from: v) else { return nil }
        return max(0, Int(date.timeIntervalSince(now).rounded(.up)))
    }
}
