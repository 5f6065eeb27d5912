import Hummingbird
import Prometheus

/// The registry's Prometheus metrics: requests by route and status, latencies, publishes, downloads.
struct RegistryMetrics: Sendable {
    let registry: PrometheusCollectorRegistry

    init() { registry = PrometheusCollectorRegistry() }

    static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "junction", subsystem: "http", metricName: "requests", unitName: "total",
            helpText: "HTTP requests by method, route and status")
    }
    static var latency: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "junction", subsystem: "http", metricName: "request_duration", unitName: "seconds", helpText: "HTTP request latency")
    }
    static var publishes: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "junction", metricName: "publishes", unitName: "total", helpText: "Publish attempts by outcome")
    }
    static var downloads: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "junction", metricName: "downloads", unitName: "total", helpText: "Package downloads")
    }

    static let buckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
    ]

    func request(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))])
            .increment()
        registry.makeDurationHistogram(descriptor: Self.latency, labels: [("method", method), ("route", route)], buckets: Self.buckets)
            .record(duration)
    }

    func published(outcome: String) {
        registry.makeCounter(descriptor: Self.publishes, labels: [("outcome", outcome)]).increment()
    }

    func downloaded() {
        registry.makeCounter(descriptor: Self.downloads).increment()
    }

    var text: String { registry.emitToString() }
}

/// Records every request's route, status and latency, and applies the rate limit.
struct MetricsAndLimitsMiddleware: RouterMiddleware {
    typealias Context = RegistryRequestContext
    let metrics: RegistryMetrics
    let limiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        func record(_ status: Int) {
            let route = context.endpointPath ?? "unmatched"
            metrics.request(method: request.method.rawValue, route: route, status: status, duration: ContinuousClock.now - start)
        }
        let client = request.headers[.authorization].map { "t:" + $0 } ?? ("a:" + (context.remoteAddress?.ipAddress ?? "?"))
        let path = request.uri.path
        if path != "/healthz" && path != "/readyz" && path != "/metrics", let wait = await limiter.take(client) {
            record(429)
            var p = APIProblem("rate_limited", .tooManyRequests, title: "Too many requests", detail: "slow down: retry in \(wait) s")
            p.headers[.retryAfter] = String(wait)
            throw p
        }
        do {
            let response = try await next(request, context)
            record(response.status.code)
            return response
        } catch let error as HTTPResponseError {
            record(error.status.code)
            throw error
        } catch {
            record(500)
            throw error
        }
    }
}
