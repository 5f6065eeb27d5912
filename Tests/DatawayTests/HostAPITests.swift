import Dataway
import Testing

@Suite("Host API: modes, msg, Entity and values in and out")
struct HostAPITests {
    let input = DatawayValue.dict([
        DatawayField("id", .int(42)), DatawayField("name", .string("Zoë")),
        DatawayField("items", .list([.dict([DatawayField("price", .float(2.5))])])),
    ])

    @Test("expression mode reads dict keys as attributes")
    func expressionMode() throws {
        let s = try Script.compile("input.items[0].price * 2 + input['id']", mode: .expression, names: ["input"])
        #expect(try s.evaluate(names: ["input": input]).result.get() == .float(47))
        let missing = try Script.compile("input.nope", mode: .expression, names: ["input"])
        guard case .failure(.runtime(let e)) = missing.evaluate(names: ["input": input]).result else {
            Issue.record("expected a KeyError")
            return
        }
        #expect(e.type == "KeyError")
    }

    @Test("text mode splices str() of each placeholder and keeps $${ literal")
    func textMode() throws {
        let s = try Script.compile("/users/${input.id}/orders?n=${len(input.items)}&x=$${literal}", mode: .text, names: ["input"])
        #expect(try s.evaluate(names: ["input": input]).result.get() == .string("/users/42/orders?n=1&x=${literal}"))
        #expect(throws: CompileError.self) { try Script.compile("/users/${input.id", mode: .text, names: ["input"]) }
        #expect(throws: CompileError.self) { try Script.compile("/users/${input.}", mode: .text, names: ["input"]) }
    }

    @Test("msg carries payload, vars, attrs, id, seq_id and error; changes stay inside")
    func message() throws {
        let s = try Script.compile(
            """
            def dw_process(msg):
                msg.vars["k"] = 1
                return [msg.payload["name"], msg.vars, msg.attrs["status"], msg.id, msg.seq_id, msg.error]
            """)
        let m = Message(
            payload: input, vars: [DatawayField("a", .string("b"))], attrs: [DatawayField("status", .int(200))], id: "m1", seqId: "s1")
        let r = try s.run(message: m).result.get()
        #expect(
            r
                == .list([
                    .string("Zoë"), .dict([DatawayField("a", .string("b")), DatawayField("k", .int(1))]), .int(200), .string("m1"),
                    .string("s1"), .null,
                ]))
        #expect(m.vars == [DatawayField("a", .string("b"))])
    }

    @Test("Entity serialises and parses JSON, text and urlencoded bodies")
    func entity() throws {
        let log = output(
            of: """
                e = Entity.from_value({"a": [1, 2], "b": "ü"}, mime_type="application/json")
                print(e["^mime_type"], e["^encoding"], e["^blob"], e["a"][1], e.get("zz", "dflt"))
                print(e["^value"] == {"a": [1, 2], "b": "ü"})
                f = Entity.from_value({"q": "a b&c", "tags": ["x", "y"]}, mime_type="application/x-www-form-urlencoded")
                print(f["^blob"])
                m = Entity.from_bytes(f["^blob"], "application/x-www-form-urlencoded")["^value"]
                print(m["q"], m["*tags"], m["tags"], len(m))
                t = Entity.from_bytes("héllo", "text/plain; charset=utf-8")
                print(t["^value"], len(t["^blob"]))
                bad = Entity.from_bytes(b'{"a":', "application/json")
                try:
                    bad["^value"]
                except ValueError as err:
                    print("ValueError", err)
                """)
        #expect(
            log == """
                application/json utf-8 b'{"a": [1, 2], "b": "\\xc3\\xbc"}' 2 dflt
                True
                b'q=a+b%26c&tags=x&tags=y'
                a b&c ['x', 'y'] x 2
                héllo 6
                ValueError Entity body is not valid application/json: Expecting value: line 1 column 6 (char 5)

                """)
    }

    @Test("values that cannot leave a script are refused with the type named")
    func valuesOut() throws {
        for (expr, type) in [("{1, 2}", "set"), ("len", "builtin_function_or_method"), ("ValueError('x')", "ValueError")] {
            let s = try Script.compile("def dw_process(msg):\n    return \(expr)\n")
            guard case .failure(.runtime(let e)) = s.run().result else {
                Issue.record("\(expr) left the script")
                continue
            }
            #expect(e.message.contains("'\(type)' cannot leave a script"))
        }
        let ok = try process("def dw_process(msg):\n    return (1, b'x', 2**70, None)\n", payload: .null)
        #expect(ok == .list([.int(1), .bytes([120]), .bigInt(BigIntLiteral.pow2(70)), .null]))
    }

    @Test("JSON in and out of the host keeps order, big ints and unicode")
    func jsonBoundary() throws {
        let v = try DatawayValue.parseJSON(#"{"z": 1, "a": [1.5, 123456789012345678901234567890, "\u00e9"], "n": null}"#)
        #expect(v.jsonString() == #"{"z": 1, "a": [1.5, 123456789012345678901234567890, "é"], "n": null}"#)
        #expect(throws: DatawayError.self) { try DatawayValue.parseJSON("{\"a\": }") }
    }
}
