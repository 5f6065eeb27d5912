// Diagnostic modes: where the runtime's extra time per call goes. None of them is part of the
// targets; `main.swift` runs them instead of the measurement when asked.
import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import Foundation
import Synchronization

/// `--loop KIND N`: only N sequential calls of one kind (for perf and strace), off the main actor.
/// KIND is `bare`, `runtime`, `engine`, `engine+bare`, `phases+bare` or `engine-cold`;
/// `--threads` adds each thread's CPU per call, of this process and of the server.
func loopMode(_ kind: String, _ n: Int, _ calls: Calls, server: Int32, threads: Bool) async throws {
    let before = threadCPU(getpid()).merging(threadCPU(server)) { a, _ in a }
    let start = ContinuousClock.now
    var engineWall = Duration.zero
    var phases = [0.0, 0.0, 0.0, 0.0]
    for k in 0..<n {
        switch kind {
        case "engine": try calls.engineOnce()
        case "runtime": try await calls.runtime(k)
        case "engine+bare":
            let e0 = ContinuousClock.now
            let c0 = threadCPUNow()
            try calls.engineOnce()
            phases[0] += threadCPUNow() - c0
            engineWall += ContinuousClock.now - e0
            try await calls.bare(k)
        case "engine-cold":
            // The engine after the thread slept, without network calls around it.
            usleep(150)
            let e0 = ContinuousClock.now
            try calls.engineOnce()
            engineWall += ContinuousClock.now - e0
        case "phases+bare":
            // Thread CPU of each engine step between network calls, and of reading the clock itself.
            let tn = threadCPUNow()
            let t0 = threadCPUNow()
            var run = try OperationRun(
                connector: calls.connector, operation: "get_item", input: ["id": 7],
                context: OperationContext(connection: ["token": "t"], allowHTTP: true))
            let t1 = threadCPUNow()
            _ = try run.start()
            let t2 = threadCPUNow()
            _ = try run.receive(Calls.recorded)
            let t3 = threadCPUNow()
            phases[0] += t1 - t0
            phases[1] += t2 - t1
            phases[2] += t3 - t2
            phases[3] += t0 - tn
            try await calls.bare(k)
        default: try await calls.bare(k)
        }
    }
    print(String(format: "%@ %7.1f µs/call", kind, micros(ContinuousClock.now - start, per: n)))
    let per = { (x: Double) in x / Double(n) }
    if kind == "engine+bare" || kind == "engine-cold" {
        print(String(format: "  engine between calls %5.1f µs/call (thread CPU %5.1f)", micros(engineWall, per: n), per(phases[0])))
    }
    if kind == "phases+bare" {
        print(
            String(
                format: "  thread CPU between calls: init %4.1f, start %4.1f, receive %4.1f µs/call (reading the clock %4.1f)",
                per(phases[0]), per(phases[1]), per(phases[2]), per(phases[3])))
    }
    guard threads else { return }
    let after = threadCPU(getpid()).merging(threadCPU(server)) { a, _ in a }
    for (name, (u, s)) in after.sorted(by: { $0.key < $1.key }) {
        let (u0, s0) = before[name] ?? (0, 0)
        guard u - u0 + s - s0 > 0 else { continue }
        print(
            "  " + name.padding(toLength: 36, withPad: " ", startingAt: 0)
                + String(format: " user %6.1f  sys %6.1f µs/call", per(u - u0), per(s - s0)))
    }
}

/// `--variants N [--spin µs]`: N rounds of 100-call blocks of each variant, rotating which goes first;
/// wall time, ratio to bare, and CPU per call of this process and of the server.
func variantsMode(_ rounds: Int, _ calls: Calls, server: Int32, spinMicroseconds: Int) async throws {
    let transport = HTTPTransport(client: HTTPClient.shared)
    var prepared = try OperationRun(
        connector: calls.connector, operation: "get_item", input: ["id": 7],
        context: OperationContext(connection: ["token": "t"], allowHTTP: true))
    let preparedRequest = try prepared.start()
    let spin = Duration.microseconds(Int64(spinMicroseconds))
    let engineParts = Mutex<(before: Duration, after: Duration, count: Int)>((.zero, .zero, 0))
    let variants: [(String, @Sendable (Int) async throws -> Void)] = [
        ("bare", { try await calls.bare($0) }),
        (
            "spin \(spinMicroseconds) µs + bare",
            { i in
                let until = ContinuousClock.now + spin
                while ContinuousClock.now < until {}
                try await calls.bare(i)
            }
        ),
        (
            "engine + bare",
            { i in
                try calls.engineOnce()
                try await calls.bare(i)
            }
        ),
        ("transport, prepared request", { _ in _ = try await transport.send(preparedRequest) }),
        ("runtime", { try await calls.runtime($0) }),
        (
            "engine around transport",
            { i in
                let t0 = ContinuousClock.now
                var run = try OperationRun(
                    connector: calls.connector, operation: "get_item", input: ["id": .integer(i)],
                    context: OperationContext(connection: ["token": "t"], allowHTTP: true))
                let request = try run.start()
                let t1 = ContinuousClock.now
                let response = try await transport.send(request)
                let t2 = ContinuousClock.now
                _ = try run.receive(response)
                let t3 = ContinuousClock.now
                engineParts.withLock { $0 = ($0.before + (t1 - t0), $0.after + (t3 - t2), $0.count + 1) }
            }
        ),
    ]
    /// Wall time, client CPU and server CPU (seconds) of each variant.
    @Sendable func measure() async throws -> [(Duration, Double, Double)] {
        var totals = [(Duration, Double, Double)](repeating: (.zero, 0, 0), count: variants.count)
        for r in 0..<rounds {
            for k in 0..<variants.count {
                let v = (k + r) % variants.count
                let (c0, s0) = (processCPU(), processCPU(server))
                let start = ContinuousClock.now
                for c in 0..<100 { try await variants[v].1(r * 100 + c) }
                totals[v].0 += ContinuousClock.now - start
                totals[v].1 += processCPU() - c0
                totals[v].2 += processCPU(server) - s0
            }
        }
        return totals
    }
    _ = try await measure()
    engineParts.withLock { $0 = (.zero, .zero, 0) }
    let totals = try await measure()
    let n = rounds * 100
    print("  variant                          wall µs  ratio   client CPU µs  server CPU µs")
    for (k, v) in variants.enumerated() {
        print(
            "  " + v.0.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(
                    format: " %7.1f  %5.3f   %7.1f        %7.1f", micros(totals[k].0, per: n), ms(totals[k].0) / ms(totals[0].0),
                    totals[k].1 * 1e6 / Double(n), totals[k].2 * 1e6 / Double(n)))
    }
    engineParts.withLock {
        print(
            String(
                format: "  engine around transport, wall in place: before the request %.1f µs, after the response %.1f µs",
                micros($0.before, per: max($0.count, 1)), micros($0.after, per: max($0.count, 1))))
    }
}

/// `--on-loop N`: N blocks of 100 calls each, bare and runtime alternating, with the whole loop on
/// the client's event loop: callers that are already there, so no thread hand-offs in the client.
func onLoopMode(_ rounds: Int, _ calls: Calls) async throws {
    @Sendable func blocks() async throws -> (Duration, Duration) {
        var (bare, runtime) = (Duration.zero, Duration.zero)
        for k in 0..<(rounds + 5) {
            for kind in (k % 2 == 0 ? [0, 1] : [1, 0]) {
                let start = ContinuousClock.now
                for c in 0..<100 {
                    if kind == 0 {
                        try await calls.bare(k * 100 + c, client: calls.loopClient)
                    } else {
                        try await calls.runtimeOnLoopClient(k * 100 + c)
                    }
                }
                // The first five rounds warm up.
                guard k >= 5 else { continue }
                if kind == 0 { bare += ContinuousClock.now - start } else { runtime += ContinuousClock.now - start }
            }
        }
        return (bare, runtime)
    }
    let (bare, runtime) = try await withTaskExecutorPreference(calls.loop) { try await blocks() }
    let n = rounds * 100
    print(
        String(
            format: "  on the event loop: bare %.1f µs/call, runtime %.1f µs/call, ratio %.3f", micros(bare, per: n),
            micros(runtime, per: n), ms(runtime) / ms(bare)))
}

/// `--paced N [--pause µs]`: N rounds of 100 calls of each kind, alternating, each call timed on its
/// own after the caller paused (the machine idle in between, as when operations arrive one by one
/// rather than back to back).
func pacedMode(_ rounds: Int, _ calls: Calls, pauseMicroseconds: Int) async throws {
    @Sendable func blocks() async throws -> (Duration, Duration) {
        var (bare, runtime) = (Duration.zero, Duration.zero)
        for k in 0..<(rounds + 2) {
            for kind in (k % 2 == 0 ? [0, 1] : [1, 0]) {
                for c in 0..<100 {
                    usleep(useconds_t(pauseMicroseconds))
                    let start = ContinuousClock.now
                    if kind == 0 { try await calls.bare(k * 100 + c) } else { try await calls.runtime(k * 100 + c) }
                    // The first two rounds warm up.
                    guard k >= 2 else { continue }
                    if kind == 0 { bare += ContinuousClock.now - start } else { runtime += ContinuousClock.now - start }
                }
            }
        }
        return (bare, runtime)
    }
    let (bare, runtime) = try await blocks()
    let n = rounds * 100
    print(
        String(
            format: "  paced (%d µs pause before each call): bare %.1f µs/call, runtime %.1f µs/call, ratio %.3f",
            pauseMicroseconds, micros(bare, per: n), micros(runtime, per: n), ms(runtime) / ms(bare)))
}

/// `--parse FILE N`: the median time of reading FILE as a JSON response body, N times.
func parseMode(_ path: String, _ n: Int) throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    var times: [Double] = []
    for _ in 0..<n {
        let start = ContinuousClock.now
        _ = try JSONValue.parse(bytes)
        times.append(ms(ContinuousClock.now - start))
    }
    print(
        String(
            format: "  parse %@ (%.1f MB): median %.1f ms", (path as NSString).lastPathComponent, Double(bytes.count) / 1e6, median(times)))
}

/// CPU seconds used so far by process `pid` (this one by default).
func processCPU(_ pid: Int32 = getpid()) -> Double {
    if pid == getpid() {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else {
        return 0
    }
    let f = stat[stat.index(after: close)...].split(separator: " ")
    guard f.count > 13 else { return 0 }
    return ((Double(f[11]) ?? 0) + (Double(f[12]) ?? 0)) / Double(sysconf(Int32(_SC_CLK_TCK)))
}

/// This thread's CPU time in µs.
func threadCPUNow() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1e6 + Double(t.tv_nsec) / 1e3
}

/// CPU µs (user, system) of each thread of process `pid`, by name.
func threadCPU(_ pid: Int32) -> [String: (Double, Double)] {
    var out: [String: (Double, Double)] = [:]
    let tick = 1e6 / Double(sysconf(Int32(_SC_CLK_TCK)))
    for tid in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? [] {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/task/\(tid)/stat", encoding: .utf8),
            let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
        else { continue }
        let name = "\(pid == getpid() ? "client" : "server") " + stat[stat.index(after: open)..<close] + " \(tid)"
        let f = stat[stat.index(after: close)...].split(separator: " ")
        guard f.count > 13 else { continue }
        out[name] = ((Double(f[11]) ?? 0) * tick, (Double(f[12]) ?? 0) * tick)
    }
    return out
}
