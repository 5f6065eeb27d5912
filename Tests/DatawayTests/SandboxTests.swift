import Dataway
import Testing

@Suite("Sandbox limits and hostile scripts")
struct SandboxTests {
    func limitKind(_ source: String, limits: Limits = .default) -> LimitError.Kind? {
        if case .limit(let l)? = failure(of: source, limits: limits) { return l.kind }
        return nil
    }

    @Test("an endless loop is stopped by the step limit")
    func endlessLoop() {
        // A generous wall-time limit, so a slow (debug, loaded) machine still meets the step limit first.
        var limits = Limits.default
        limits.time = 120
        #expect(limitKind("while True:\n    pass\n", limits: limits) == .steps)
    }

    @Test("the time limit stops a script even with unlimited steps")
    func wallTime() {
        var limits = Limits.default
        limits.steps = .max
        limits.time = 0.2
        #expect(limitKind("while True:\n    pass\n", limits: limits) == .time)
    }

    @Test("unbounded recursion is stopped by the call depth limit")
    func recursion() {
        #expect(limitKind("def f(n):\n    return f(n + 1)\nf(0)\n") == .callDepth)
        var limits = Limits.default
        limits.callDepth = 50
        #expect(limitKind("def f(n):\n    return 0 if n == 0 else f(n - 1)\nf(60)\n", limits: limits) == .callDepth)
        #expect(failure(of: "def f(n):\n    return 0 if n == 0 else f(n - 1)\nf(40)\n", limits: limits) == nil)
    }

    @Test(
        "huge values are refused by the size limit",
        arguments: [
            "x = 'a' * 2**40",
            "x = list(range(2**62))",
            "x = 10**10**10",
            "x = [0] * (2**40)",
            "x = b'ab' * (2**40)",
            "x = 1 << (2**40)",
            "x = 'ab' * (2**23 + 1)",
        ])
    func hugeValues(_ line: String) {
        #expect(limitKind(line + "\n") == .size)
    }

    @Test("a limit error escapes try/except and bare except")
    func uncatchable() {
        let src = """
            try:
                while True:
                    pass
            except Exception:
                print("caught by except Exception")
            except:
                print("caught by bare except")
            """
        var limits = Limits.default
        limits.time = 120  // the step limit must come first even on a slow, loaded machine
        let outcome = try? Script.compile(src).run(limits: limits)
        guard case .failure(.limit(let l))? = outcome?.result else {
            Issue.record("expected a limit error")
            return
        }
        #expect(l.kind == .steps)
        #expect(outcome?.log == "")
        #expect(limitKind("def f():\n    try:\n        return f()\n    except:\n        return 0\nf()\n") == .callDepth)
    }

    @Test("a 100,000-deep nested expression is a compile error, not a crash")
    func deepNesting() {
        let depth = 100_000
        let parens = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(throws: CompileError.self) { try Script.compile("x = " + parens) }
        let unary = String(repeating: "-", count: depth) + "1"
        #expect(throws: CompileError.self) { try Script.compile("x = " + unary) }
        let sum = Array(repeating: "1", count: depth).joined(separator: " + ")
        #expect(throws: CompileError.self) { try Script.compile("x = " + sum) }
        let lists = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: CompileError.self) { try Script.compile(lists) }
    }

    @Test(
        "dunder escapes are refused",
        arguments: [
            "x = ().__class__.__bases__",
            "x = getattr(1, '__globals__')",
            "x = getattr(len, '__self__', None)",
            "x = '{0.__class__}'.format(1)",
            "x = '{0.__class__.__bases__}'.format(1)",
        ])
    func dunders(_ line: String) {
        let e = failure(of: line + "\nprint(x)\n")
        switch e {
        case .compile(let c)?: #expect(c.message.contains("__"))
        case .runtime(let r)?: #expect(r.type == "AttributeError" || r.type == "ValueError" || r.type == "KeyError")
        default: Issue.record("\(line) was not refused: \(String(describing: e))")
        }
    }

    @Test("a hash-flood of colliding keys still builds in linear time")
    func hashFlood() throws {
        // These ints all collide under CPython's hash (multiples of 2**61 - 1); Dataway's table hashes
        // with a per-process seed, so they spread out and the run stays well inside the step limit.
        let log = output(
            of: """
                m = 2**61 - 1
                d = {}
                for i in range(20000):
                    d[i * m] = i
                print(len(d), d[19999 * m])
                s = {str(i) * 3 for i in range(20000)}
                print(len(s))
                """)
        #expect(log == "20000 19999\n20000\n")
    }

    @Test("scripts cannot reach files, processes or the environment")
    func noOutsideAccess() {
        for name in ["open", "eval", "exec", "compile", "__import__", "globals", "locals", "vars", "input", "breakpoint"] {
            #expect(throws: CompileError.self) { try Script.compile("x = \(name)\n") }
        }
        for module in ["os", "sys", "subprocess", "socket.socket", "builtins", "importlib"] {
            #expect(throws: CompileError.self) { try Script.compile("import \(module)\n") }
        }
    }

    @Test("the print log is bounded by the output limit")
    func outputLimit() {
        var limits = Limits.default
        limits.output = 1000
        #expect(limitKind("for i in range(10000):\n    print('line', i)\n", limits: limits) == .output)
    }
}

@Suite("Memory limit")
struct MemoryLimitTests {
    @Test("a script holding more live values than the memory limit is stopped")
    func memory() {
        var limits = Limits.default
        limits.steps = .max
        limits.time = 60
        limits.memory = 32 << 20
        let e = failure(of: "x = [str(i) * 20 for i in range(3000000)]\n", limits: limits)
        guard case .limit(let l)? = e else {
            Issue.record("expected a memory limit error, got \(String(describing: e))")
            return
        }
        #expect(l.kind == .memory)
    }
}

@Suite("Deeply nested values")
struct NestingTests {
    @Test(
        "repr, ==, <, hash, json.dumps and returning deeply nested values raise instead of crashing; freeing them does not overflow the stack"
    )
    func deepValues() throws {
        let log = output(
            of: """
                x = []
                for i in range(50000):
                    x = [x]
                y = []
                for i in range(50000):
                    y = [y]
                t = ()
                for i in range(50000):
                    t = (t,)
                for label, f in [("repr", lambda: repr(x)), ("lt", lambda: x < y), ("hash", lambda: hash(t)),
                                 ("json", lambda: json.dumps(x))]:
                    try:
                        f()
                        print(label, "no error")
                    except RecursionError:
                        print(label, "RecursionError")
                print(x == y)
                d = {}
                for i in range(30000):
                    d = {"k": d, "n": i}
                m = []
                for i in range(30000):
                    m = {"l": [(m,)]} if i % 2 else [m, {"i": i}]
                d = m = x = y = t = None
                print("freed")
                """, limits: Limits(steps: 10_000_000, time: 30))
        #expect(log == "repr RecursionError\nlt RecursionError\nhash RecursionError\njson RecursionError\nFalse\nfreed\n")
        let s = try Script.compile("def dw_process(msg):\n    x = []\n    for i in range(50000):\n        x = [x]\n    return x\n")
        guard case .failure(.runtime(let e)) = s.run().result else {
            Issue.record("a 50,000-deep result left the script")
            return
        }
        #expect(e.type == "RecursionError")
    }
}

@Suite("Substring search")
struct SubstringSearchTests {
    @Test("`in` stays linear on inputs that make a naive search quadratic")
    func adversarialContains() {
        // A naive scan costs needle × haystack = 4e11 byte comparisons here; the script's step
        // limit cannot interrupt one `in`, so only a linear-time search finishes.
        let log = output(
            of: """
                n = "a" * 100000 + "b"
                h = "a" * 4000000
                print(n in h, (n[:-1] + "a") in h, n in (h + "b"))
                bn = b"a" * 100000 + b"b"
                bh = b"a" * 4000000
                print(bn in bh, bn in bh + b"b")
                print("é" in "café", "e\\u0301" in "café", "" in "")
                """, limits: Limits(time: 30))
        #expect(log == "False True True\nFalse True\nTrue False True\n")
    }
}
