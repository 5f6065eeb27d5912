// The runtime's two targets (issue 5), measured in one run:
// - loading each example package from the cache (read, check digest and signature, compile): under 10 ms;
// - an operation end to end against a local server, against a bare async-http-client call to the
//   same server: at most 15% overhead (ratio <= 1.15).
//   Benchmarks/runtime [--runs N] [--calls N]
// Diagnostics (Diagnostics.swift) run instead of the operation measurement:
//   --loop KIND N [--threads], --variants N [--spin µs], --on-loop N
import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import Foundation
import Hummingbird
import NIOCore

let args = CommandLine.arguments
func option(_ name: String, _ fallback: Int) -> Int {
    guard let i = args.firstIndex(of: name), i + 1 < args.count, let n = Int(args[i + 1]) else { return fallback }
    return n
}
let runs = option("--runs", 50)
let calls = option("--calls", 3000)

let router = Router()
router.get("/items/{id}") { _, context -> Response in
    let id = context.parameters.get("id") ?? "0"
    let body = #"{"data": {"id": \#(id), "name": "Item \#(id)", "tags": ["a", "b"], "price": 12.5}}"#
    return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
}
// The local API runs in its own process (as a SaaS API would), so its work does not share this
// process's threads with the client being measured.
if args.contains("--serve") {
    let app = Application(
        router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in
            FileHandle.standardOutput.write(Data("PORT \(channel.localAddress?.port ?? 0)\n".utf8))
        })
    try await app.run()
    exit(0)
}

if let i = args.firstIndex(of: "--parse"), i + 2 < args.count, let n = Int(args[i + 2]) {
    try parseMode(args[i + 1], n)
    exit(0)
}

// MARK: load from cache

let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("ConnectorSDK/Examples")
let root = NSTemporaryDirectory() + "junction-runtime-bench-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: root) }
let cache = try PackageCache(root: root)
let pins = try KeyPins(root: root)
let key = SigningKey()
try pins.trust(key.verifyingKey, vendor: "junction-examples")
let source = RegistrySource(baseURL: "http://127.0.0.1:9", client: HTTPClient.shared)

print("Load from cache (read, verify digest and signature, compile), median of \(runs) fresh loaders:")
print("  package                          size     load")
for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted() {
    let bytes = try PackageWriter.pack(folder: examples.appendingPathComponent(name))
    let digest = PackageArchive.digest(of: bytes)
    let signature = try PackageSignature.sign(digest: digest, with: key)
    let manifest = try require(ConnectorValidator.validate(PackageFiles(archive: try PackageArchive(bytes: bytes))).manifest)
    try cache.store(bytes, digest: digest, signature: signature)
    let resolution = Resolution(name: manifest.name, version: manifest.version, digest: digest, keyID: key.keyID, signature: signature)
    var times: [Double] = []
    for _ in 0..<runs {
        let loader = ConnectorLoader(source: source, cache: cache, pins: pins)
        let start = ContinuousClock.now
        _ = try await loader.load(resolution)
        times.append(ms(ContinuousClock.now - start))
    }
    print(
        "  \(manifest.name.padding(toLength: 32, withPad: " ", startingAt: 0)) \(String(format: "%5.1f KB", Double(bytes.count) / 1024))  \(String(format: "%6.2f ms", median(times)))"
    )
}

func require<T>(_ v: T?) throws -> T {
    guard let v else { throw CancellationError() }
    return v
}

// MARK: operation overhead

let child = Process()
child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
child.arguments = ["--serve"]
let childOut = Pipe()
child.standardOutput = childOut
child.standardError = FileHandle.nullDevice
try child.run()
var line = Data()
while true {
    let byte = childOut.fileHandleForReading.readData(ofLength: 1)
    if byte.isEmpty || byte == Data([10]) { break }
    line.append(byte)
}
let port = Int(String(decoding: line, as: UTF8.self).dropFirst(5)) ?? 0

let manifest = """
    junction: 1
    name: bench/items
    version: 1.0.0
    title: Items
    summary: A benchmark connector.
    runtime: ^1.0
    hosts: ["127.0.0.1"]
    connection:
      fields:
        token: { type: string, secret: true, required: true }
    auth: { type: bearer, field: token }
    base_url: http://127.0.0.1:\(port)
    operations:
      get_item:
        title: Get an item
        input: { type: object, required: [id], properties: { id: { type: integer } } }
        output: { type: object, required: [id, name], properties: { id: { type: integer }, name: { type: string } } }
        request: { path: "/items/${input.id}" }
        response: { select: data }
    """
let report = ConnectorValidator.validate(
    PackageFiles(files: ["connector.yaml": Array(manifest.utf8), "README.md": Array("# Items\n".utf8)]),
    options: ValidationOptions(allowHTTP: true))
guard let connector = report.connector else { fatalError("benchmark manifest: \(report.problems)") }
let api = Calls(port: port, connector: connector)
@Sendable func bare(_ i: Int) async throws { try await api.bare(i) }
@Sendable func viaRuntime(_ i: Int) async throws { try await api.runtime(i) }

// MARK: diagnostics (instead of the measurement)

func argument(after name: String) -> (String, Int)? {
    guard let i = args.firstIndex(of: name), i + 2 < args.count, let n = Int(args[i + 2]) else { return nil }
    return (args[i + 1], n)
}
if let (kind, n) = argument(after: "--loop") {
    try await loopMode(kind, n, api, server: child.processIdentifier, threads: args.contains("--threads"))
} else if args.contains("--variants") {
    try await variantsMode(option("--variants", 20), api, server: child.processIdentifier, spinMicroseconds: option("--spin", 8))
} else if args.contains("--on-loop") {
    try await onLoopMode(option("--on-loop", 20), api)
} else if args.contains("--paced") {
    try await pacedMode(option("--paced", 20), api, pauseMicroseconds: option("--pause", 300))
}
if args.contains("--loop") || args.contains("--variants") || args.contains("--on-loop") || args.contains("--paced") {
    kill(child.processIdentifier, SIGTERM)
    exit(0)
}

for i in 0..<300 {
    try await bare(i)
    try await viaRuntime(i)
}
// Interleaved blocks, so both see the same machine state, in ABBA order (which kind goes first
// alternates), so that neither always runs right after the other. The loop runs off the main
// actor, as the service's request handlers do: timed from top-level code, every call would also
// pay two executor hops (to the global executor and back) that neither path has in the service.
let block = 100
/// Total bare and runtime time, and each block's ratio.
func measureBlocks() async throws -> (Duration, Duration, [Double]) {
    var bareTotal = Duration.zero
    var runtimeTotal = Duration.zero
    var blockRatios: [Double] = []
    for b in 0..<(calls / block) {
        var bareTime = Duration.zero
        var runtimeTime = Duration.zero
        for kind in (b % 2 == 0 ? [0, 1] : [1, 0]) {
            let start = ContinuousClock.now
            if kind == 0 {
                for i in 0..<block { try await bare(b * block + i) }
                bareTime = ContinuousClock.now - start
            } else {
                for i in 0..<block { try await viaRuntime(b * block + i) }
                runtimeTime = ContinuousClock.now - start
            }
        }
        bareTotal += bareTime
        runtimeTotal += runtimeTime
        blockRatios.append(ms(runtimeTime) / ms(bareTime))
    }
    return (bareTotal, runtimeTotal, blockRatios)
}
let (bareTotal, runtimeTotal, blockRatios) = try await measureBlocks()
let n = Double((calls / block) * block)
let bareMean = ms(bareTotal) / n * 1000
let runtimeMean = ms(runtimeTotal) / n * 1000
print("")
print("Operation end to end against a local server, \(Int(n)) sequential calls each:")
print(String(format: "  bare async-http-client GET   %7.1f µs/call", bareMean))
print(String(format: "  runtime operation            %7.1f µs/call  (template, auth, select, output schema)", runtimeMean))
print(String(format: "  ratio runtime / bare         %7.3f  (target <= 1.15)", runtimeMean / bareMean))
print(String(format: "  median ratio of the %d blocks %6.3f", blockRatios.count, median(blockRatios)))

// The same under concurrency (16 callers at once): time per call from total throughput.
func concurrent(_ body: @escaping @Sendable (Int) async throws -> Void) async throws -> Double {
    let start = ContinuousClock.now
    try await withThrowingTaskGroup(of: Void.self) { group in
        for w in 0..<16 {
            group.addTask { for i in 0..<(calls / 16) { try await body(w * 10_000 + i) } }
        }
        try await group.waitForAll()
    }
    return ms(ContinuousClock.now - start) * 1000 / Double((calls / 16) * 16)
}
var bareConcurrent: [Double] = []
var runtimeConcurrent: [Double] = []
for _ in 0..<3 {
    bareConcurrent.append(try await concurrent { try await bare($0) })
    runtimeConcurrent.append(try await concurrent { try await viaRuntime($0) })
}
print(
    String(
        format: "  16 concurrent callers: bare %6.1f µs/call, runtime %6.1f µs/call, ratio %5.3f",
        median(bareConcurrent), median(runtimeConcurrent), median(runtimeConcurrent) / median(bareConcurrent)))

// The engine's own work per call (build, map, validate), with the recorded response, no network.
var engineTimes: [Double] = []
for _ in 0..<option("--engine-rounds", 20) {
    let start = ContinuousClock.now
    for _ in 0..<500 { try api.engineOnce() }
    engineTimes.append(ms(ContinuousClock.now - start) * 1000 / 500)
}
print(String(format: "  engine alone (no network)    %7.1f µs/call median", median(engineTimes)))
// The address check a production runtime adds before each request (an address literal; names are
// looked up once per 30 s and then cost the same).
/// The check's time per call, measured off the main actor (see the blocks above).
func measureChecks() async throws -> [Double] {
    var checks: [Double] = []
    let policy = AddressPolicy()
    for _ in 0..<2000 {
        let start = ContinuousClock.now
        try await policy.check(host: "93.184.216.34")
        checks.append(ms(ContinuousClock.now - start) * 1000)
    }
    return checks
}
let checks = try await measureChecks()
print(String(format: "  address check (per request, strict policy)  %5.1f µs/call median", median(checks)))
kill(child.processIdentifier, SIGTERM)
