import Dataway
import Testing

@Suite("Compile once, run concurrently")
struct ConcurrencyTests {
    @Test("1,000 concurrent runs of one compiled script return correct results")
    func thousandRuns() async throws {
        let script = try Script.compile(
            """
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)

            def dw_process(msg):
                n = msg.payload["n"]
                words = [str(i) for i in range(n)]
                return {"n": n, "fib": fib(n % 15), "joined": "-".join(words[-3:]), "total": sum(range(n))}
            """)
        let results = try await withThrowingTaskGroup(of: (Int, DatawayValue).self) { group in
            for n in 0..<1000 {
                group.addTask {
                    let value = try script.run(message: Message(payload: .dict([DatawayField("n", .int(n))]))).result.get()
                    return (n, value)
                }
            }
            var out: [Int: DatawayValue] = [:]
            for try await (n, v) in group { out[n] = v }
            return out
        }
        #expect(results.count == 1000)
        func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
        for n in 0..<1000 {
            let joined = (max(0, n - 3)..<n).map(String.init).joined(separator: "-")
            let expected = DatawayValue.dict([
                DatawayField("n", .int(n)), DatawayField("fib", .int(fib(n % 15))),
                DatawayField("joined", .string(joined)), DatawayField("total", .int(n * (n - 1) / 2)),
            ])
            #expect(results[n] == expected, "run \(n)")
        }
    }

    @Test("runs do not share state: globals and msg changes stay inside their run")
    func isolation() throws {
        let script = try Script.compile(
            """
            seen = []
            def dw_process(msg):
                seen.append(msg.payload)
                msg.payload = "changed"
                return len(seen)
            """)
        for i in 0..<5 {
            let m = Message(payload: .int(i))
            #expect(try script.run(message: m).result.get() == .int(1))
            #expect(m.payload == .int(i))
        }
    }
}
