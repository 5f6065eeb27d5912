import ConnectorSDK
import Dataway
import Testing

/// Plain `${a.b}` templates skip the interpreter; they must answer exactly as the interpreter does.
@Suite("Template fast paths")
struct TemplatePathTests {
    let scope: [String: DatawayValue] = [
        "input": .dict([
            DatawayField("owner", .string("octo")), DatawayField("n", .int(7)), DatawayField("f", .float(1.5)),
            DatawayField("ok", .bool(true)), DatawayField("none", .null), DatawayField("items", .string("shadowed")),
            DatawayField("nested", .dict([DatawayField("id", .int(42))])),
        ])
    ]

    @Test(
        "text and single paths give what the interpreter gives",
        arguments: [
            "/repos/${input.owner}/${input.n}", "${input.owner}", "${input.n}", "${input.nested.id}", "x-${input.nested.id}-y",
            "${input.f}", "a${input.f}", "${input.ok}", "a${input.ok}", "${input.none}", "a${input.none}b", "${input.items}",
            "${input.get('owner')}", "${input.missing}", "a ${input.missing}",
        ])
    func sameAsInterpreter(_ source: String) throws {
        let fast = try Template(source, names: ["input"])
        // The same template with a no-op change that defeats the fast path: `+ ''` / `* 1` keep the value.
        let slowSource = source.replacingOccurrences(of: "}", with: " if True else None}")
        let slow = try Template(slowSource, names: ["input"])
        let a = Result { () throws(TemplateError) in try fast.evaluate(scope) }
        let b = Result { () throws(TemplateError) in try slow.evaluate(scope) }
        switch (a, b) {
        case (.success(let x), .success(let y)): #expect(x == y, "\(source)")
        case (.failure, .failure): break
        default: Issue.record("\(source): fast \(a), interpreter \(b)")
        }
    }
}
