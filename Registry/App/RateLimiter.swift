import Foundation

/// Per-client token buckets: each client (a token, or an address without one) gets `perMinute`
/// requests a minute, refilled continuously. Over the limit, the caller answers 429 with `Retry-After`.
actor RateLimiter {
    private var buckets: [String: (tokens: Double, at: Double)] = [:]
    let perMinute: Int
    private var lastSweep: Double = 0

    init(perMinute: Int) { self.perMinute = perMinute }

    /// nil when the request may go ahead, else the seconds to wait.
    func take(_ client: String, now: Double = Date().timeIntervalSinceReferenceDate) -> Int? {
        guard perMinute > 0 else { return nil }
        let rate = Double(perMinute) / 60
        let capacity = Double(perMinute)
        var b = buckets[client] ?? (capacity, now)
        b.tokens = min(capacity, b.tokens + (now - b.at) * rate)
        b.at = now
        defer {
            buckets[client] = b
            sweep(now)
        }
        if b.tokens >= 1 {
            b.tokens -= 1
            return nil
        }
        return max(1, Int(((1 - b.tokens) / rate).rounded(.up)))
    }

    /// Forgets full buckets now and then so idle clients cost no memory.
    private func sweep(_ now: Double) {
        guard now - lastSweep > 60 else { return }
        lastSweep = now
        let capacity = Double(perMinute)
        let rate = capacity / 60
        buckets = buckets.filter { min(capacity, $0.value.tokens + (now - $0.value.at) * rate) < capacity }
    }
}
