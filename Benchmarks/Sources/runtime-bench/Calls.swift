import AsyncHTTPClient
import ConnectorRuntime
import ConnectorSDK
import NIOCore
import NIOPosix

/// The calls the benchmark compares, against the local API on `port`.
struct Calls: Sendable {
    let port: Int
    let connector: CompiledConnector
    let executor: OperationExecutor
    /// A client on a one-thread event loop group, for measuring callers that already run on its loop.
    let loopClient: HTTPClient
    let loopExecutor: OperationExecutor
    /// Runs jobs on `loopClient`'s only event loop.
    let loop: LoopExecutor

    init(port: Int, connector: CompiledConnector) {
        self.port = port
        self.connector = connector
        executor = OperationExecutor(
            transport: HTTPTransport(client: HTTPClient.shared), addresses: AddressPolicy(allowPrivate: true), allowHTTP: true)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        loop = LoopExecutor(group.next())
        loopClient = HTTPClient(eventLoopGroupProvider: .shared(group))
        loopExecutor = OperationExecutor(
            transport: HTTPTransport(client: loopClient), addresses: AddressPolicy(allowPrivate: true), allowHTTP: true)
    }

    /// The peer: one GET with async-http-client, body collected.
    func bare(_ i: Int, client: HTTPClient = .shared) async throws {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/items/\(i)")
        request.headers.add(name: "Authorization", value: "Bearer t")
        let response = try await client.execute(request, timeout: .seconds(10))
        _ = try await response.body.collect(upTo: 1 << 20)
    }

    /// The same item through the runtime: template, auth, request, select, output schema.
    func runtime(_ i: Int) async throws {
        _ = try await executor.run(connector, operation: "get_item", input: ["id": .integer(i)], connection: ["token": "t"])
    }

    func runtimeOnLoopClient(_ i: Int) async throws {
        _ = try await loopExecutor.run(connector, operation: "get_item", input: ["id": .integer(i)], connection: ["token": "t"])
    }

    static let recorded = IncomingResponse(
        status: 200, headers: [HTTPHeader("Content-Type", "application/json")],
        body: Array(#"{"data": {"id": 7, "name": "Item 7", "tags": ["a", "b"], "price": 12.5}}"#.utf8))

    /// One operation's engine work on a recorded response: build the request, map the response.
    func engineOnce() throws {
        var run = try OperationRun(
            connector: connector, operation: "get_item", input: ["id": 7],
            context: OperationContext(connection: ["token": "t"], allowHTTP: true))
        _ = try run.start()
        _ = try run.receive(Self.recorded)
    }
}

/// Runs jobs on a NIO event loop: under this task executor preference a task stays on that loop's
/// thread between awaits.
final class LoopExecutor: TaskExecutor {
    let loop: any EventLoop
    init(_ loop: any EventLoop) { self.loop = loop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }
func micros(_ d: Duration, per n: Int) -> Double { ms(d) * 1000 / Double(n) }
