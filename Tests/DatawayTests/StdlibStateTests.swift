import Dataway
import Testing

/// Host-fixed randomness and per-run module state (the `random` generator, the `decimal` context).
@Suite("Standard library: host seed and per-run state")
struct StdlibStateTests {
    /// Values from CPython 3.11: `random.seed(42); random.random(), random.randint(1, 100), ...`.
    @Test("ScriptEnvironment.randomSeed gives CPython's sequence for that seed")
    func hostSeed() throws {
        let script = try Script.compile(
            """
            import random
            print(repr(random.random()), random.randint(1, 100), random.choice("abcdef"))
            l = list(range(10))
            random.shuffle(l)
            print(l)
            """)
        for _ in 0..<2 {
            let out = script.run(environment: ScriptEnvironment(randomSeed: 42))
            #expect(out.log == "0.6394267984578837 4 f\n[7, 6, 2, 9, 0, 5, 1, 8, 3, 4]\n")
        }
    }

    @Test("without a seed, runs are seeded from system entropy")
    func entropySeed() throws {
        let script = try Script.compile("import random\nprint(random.getrandbits(64))")
        let logs = Set((0..<4).map { _ in script.run().log })
        #expect(logs.count > 1)
    }

    @Test("concurrent runs keep their own random generator and decimal context")
    func concurrentState() async throws {
        let script = try Script.compile(
            """
            import random
            from decimal import Decimal, getcontext
            def dw_process(msg):
                getcontext().prec = msg.payload["prec"]
                out = []
                for i in range(50):
                    out.append(str(Decimal(1) / 7))
                    out.append(str(random.randint(0, 10**6)))
                return [out[0], out[1], len(set(out[0::2]))]
            """)
        // CPython: seed(s); randint(0, 10**6) for s = 1, 2, 3, and Decimal(1)/7 at prec 3, 5, 8.
        let expected: [Int: (String, String)] = [1: ("0.143", "140891"), 2: ("0.14286", "905035"), 3: ("0.14285714", "249523")]
        let results = try await withThrowingTaskGroup(of: (Int, DatawayValue).self) { group in
            for n in 0..<300 {
                let seed = n % 3 + 1
                let prec = [3, 5, 8][seed - 1]
                group.addTask {
                    let out = script.run(
                        message: Message(payload: .dict([DatawayField("prec", .int(prec))])),
                        environment: ScriptEnvironment(randomSeed: UInt64(seed)))
                    return (seed, try out.result.get())
                }
            }
            var all: [(Int, DatawayValue)] = []
            for try await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 300)
        for (seed, value) in results {
            let (dec, rnd) = expected[seed] ?? ("", "")
            #expect(value == .list([.string(dec), .string(rnd), .int(1)]), "seed \(seed)")
        }
    }
}
