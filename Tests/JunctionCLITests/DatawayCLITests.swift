import Foundation
import Testing

@Suite("junction dataway CLI")
struct CLITests {
    @Test("run: dw_process result as JSON on stdout, exit 0")
    func runProcess() throws {
        let script = try CLI.file(
            "t.py", "def dw_process(msg):\n    print('to the log')\n    return {'sum': sum(msg.payload), 'v': msg.vars['k']}\n")
        let payload = try CLI.file("p.json", "[1, 2, 3]")
        let vars = try CLI.file("v.json", "{\"k\": \"é\"}")
        let r = try CLI.run(["dataway", "run", script, "--payload", payload, "--vars", vars])
        #expect(r.status == 0)
        #expect(r.stdout == "{\"sum\": 6, \"v\": \"é\"}\n")
        #expect(r.stderr == "to the log\n")
    }

    @Test("run: a plain script prints to stdout")
    func plainScript() throws {
        let script = try CLI.file("plain.py", "for i in range(3):\n    print(i, end=' ')\nprint()\n")
        let r = try CLI.run(["dataway", "run", script])
        #expect(r.status == 0)
        #expect(r.stdout == "0 1 2 \n")
    }

    @Test("run --expr and --text with --msg")
    func otherModes() throws {
        let msg = try CLI.file("m.json", "{\"payload\": {\"total\": 10, \"id\": 7}, \"vars\": {}, \"attrs\": {\"status\": 201}}")
        let e = try CLI.run(["dataway", "run", "--expr", "msg.payload.total * 1.5 + msg.attrs.status", "--msg", msg])
        #expect(e.status == 0)
        #expect(e.stdout == "216.0\n")
        let t = try CLI.run(["dataway", "run", "--text", "/orders/${payload.id}", "--msg", msg])
        #expect(t.status == 0)
        #expect(t.stdout == "/orders/7\n")
    }

    @Test("script errors exit 1 with the error on stderr")
    func scriptErrors() throws {
        let bad = try CLI.file("bad.py", "def dw_process(msg):\n    return 1 / 0\n")
        let r = try CLI.run(["dataway", "run", bad])
        #expect(r.status == 1)
        #expect(r.stderr.contains("ZeroDivisionError: division by zero"))
        #expect(r.stderr.contains("line 2, in dw_process"))
        #expect(r.stdout.isEmpty)
        let syntax = try CLI.file("syntax.py", "def f(:\n    pass\n")
        let c = try CLI.run(["dataway", "check", syntax])
        #expect(c.status == 1)
        #expect(c.stderr.contains("SyntaxError: invalid syntax"))
        let loop = try CLI.file("loop.py", "while True:\n    pass\n")
        let l = try CLI.run(["dataway", "run", loop, "--max-steps", "1000"])
        #expect(l.status == 1)
        #expect(l.stderr.contains("step limit"))
    }

    @Test("the memory limit counts live values, not garbage freed along the way")
    func memoryLimit() throws {
        let hog = try CLI.file("hog.py", "x = [str(i) * 20 for i in range(3000000)]\nprint(len(x))\n")
        let r = try CLI.run(["dataway", "run", hog, "--max-memory", "32", "--max-steps", "100000000", "--timeout", "60"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("memory limit"))
        let churn = try CLI.file("churn.py", "for i in range(200000):\n    s = 'x' * 1000\nprint('done')\n")
        let c = try CLI.run(["dataway", "run", churn, "--max-memory", "32", "--max-steps", "100000000", "--timeout", "60"])
        #expect(c.status == 0)
        #expect(c.stdout == "done\n")
    }

    @Test("usage errors exit 2")
    func usageErrors() throws {
        #expect(try CLI.run(["dataway", "run"]).status == 2)
        #expect(try CLI.run(["dataway", "run", "/nonexistent/file.py"]).status == 2)
        #expect(try CLI.run(["dataway", "run", "--bogus"]).status == 2)
        let script = try CLI.file("ok.py", "def dw_process(msg):\n    return 1\n")
        let notJSON = try CLI.file("nj.json", "{nope")
        let r = try CLI.run(["dataway", "run", script, "--payload", notJSON])
        #expect(r.status == 2)
        #expect(r.stderr.contains("not valid JSON"))
    }

    @Test("check accepts a valid script")
    func checkOK() throws {
        let ok = try CLI.file("good.py", "import json\nfrom math import sqrt\ndef dw_process(msg):\n    return sqrt(4)\n")
        let r = try CLI.run(["dataway", "check", ok])
        #expect(r.status == 0)
    }

    @Test("check --disassemble lists each function's bytecode with names and constants")
    func disassemble() throws {
        let source =
            "def dw_process(msg):\n    total = 0\n    for x in msg.payload:\n        total += x\n    return helper(total)\n\n"
            + "def helper(n):\n    return str(n).upper()\n"
        let file = try CLI.file("dis.py", source)
        let r = try CLI.run(["dataway", "check", "--disassemble", file])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("code dw_process") && $0.contains("[\"msg\"]") })
        #expect(lines.contains { $0.hasPrefix("code helper") })
        #expect(lines.contains { $0.contains("storeGlobal") && $0.contains("; helper") })
        #expect(lines.contains { $0.contains("getAttr") && $0.contains("'payload'") })
        #expect(lines.contains { $0.contains("forIter") })
        #expect(lines.contains { $0.contains("callMethod") })
        // The plain message when not asked for bytecode.
        #expect(try CLI.run(["dataway", "check", file]).stdout.contains("ok"))
        let broken = try CLI.file("broken.py", "def f(:\n")
        #expect(try CLI.run(["dataway", "check", "--disassemble", broken]).status == 1)
    }
}
