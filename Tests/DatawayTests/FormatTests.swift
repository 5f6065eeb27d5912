import Dataway
import Foundation
import Testing

/// XML, CSV and multipart `Entity` bodies: round trips on realistic documents and hostile input.
@Suite("Entity formats: XML, CSV, multipart")
struct FormatTests {
    /// An ERP sales order with attributes, repeated lines, nesting, markup characters and unicode.
    static let order = """
        order = {"order": {
            "@id": "SO-2024-0042", "@xmlns:erp": "urn:erp", "@currency": "CNY",
            "erp:customer": {"@code": "C-889", "name": "上海某某贸易有限公司", "contact": "张三 <zhang@example.cn>",
                             "address": {"street": "南京东路 1 号", "city": "上海", "zip": "200001"}},
            "dates": {"ordered": "2024-03-01T09:30:00+08:00", "due": "2024-03-08"},
            "lines": {"line": [
                {"@no": "1", "sku": "W-100", "desc": "Widget, blue & large", "qty": "4", "price": "19.90"},
                {"@no": "2", "sku": "G-7", "desc": 'Gadget "Pro"', "qty": "1", "price": "1299.00", "serials": {"serial": ["S1", "S2"]}},
                {"@no": "3", "sku": "S-0", "desc": "运费", "qty": "1", "price": "0.00"},
            ]},
            "remarks": None,
            "total": {"@tax": "13%", "#text": "1378.60"},
        }}
        """

    @Test("JSON -> XML -> JSON round-trips an order without losing data")
    func orderRoundTrip() {
        let log = output(
            of: FormatTests.order + "\n" + """
                j = Entity.from_value(order, mime_type="application/json")
                x = Entity.from_value(j["^value"], mime_type="application/xml")
                back = Entity.from_value(x["^value"], mime_type="application/json")["^value"]
                print(back == order)
                print(x["order"]["lines"]["*line"][1]["serials"]["*serial"])
                g = Entity.from_value(order, mime_type="text/xml", encoding="gb18030")
                print(Entity.from_bytes(g["^blob"], "text/xml")["^value"] == order)
                """)
        #expect(log == "True\n['S1', 'S2']\nTrue\n")
    }

    @Test("JSON -> CSV -> JSON round-trips invoice lines")
    func invoiceRoundTrip() {
        let log = output(
            of: """
                lines = []
                for i in range(200):
                    lines.append({"invoice": "INV-%04d" % (i // 10), "line": str(i % 10 + 1), "sku": "SKU-" + str(i * 7),
                                  "description": ["Widget, blue", 'Gadget "Pro"', "多行\\n说明", " padded ", ""][i % 5],
                                  "qty": str(i % 3 + 1), "amount": "%.2f" % (i * 1.25)})
                j = Entity.from_value(lines, mime_type="application/json")
                c = Entity.from_value(j["^value"], mime_type="text/csv")
                print(c["^blob"].count(b"\\r\\n") >= 201)
                back = Entity.from_value(c["^value"], mime_type="application/json")["^value"]
                print(back == lines, len(back))
                x = Entity.from_value({"invoice": {"line": back}}, mime_type="application/xml")
                # XML strips surrounding whitespace and writes "" as an empty element (None).
                print([r["sku"] for r in x["invoice"]["line"]] == [r["sku"] for r in lines])
                """)
        #expect(log == "True\nTrue 200\nTrue\n")
    }

    /// Runs `body` as the XML body of an entity and returns the error message it raises, and the
    /// time it took.
    func xmlError(_ body: String, mime: String = "application/xml") -> (String?, Double) {
        let source = """
            try:
                Entity.from_bytes(BODY, "\(mime)")["^value"]
                print("parsed")
            except ValueError as e:
                print(e)
            """
        let start = Date()
        // The body goes in as a bytes literal of escapes (no quoting problems).
        let withBody = "BODY = " + pythonBytes(body) + "\n" + source
        let log = output(of: withBody)
        return (log.isEmpty ? nil : log.trimmingCharacters(in: .newlines), Date().timeIntervalSince(start))
    }

    func pythonBytes(_ s: String) -> String {
        "b'" + s.utf8.map { String(format: "\\x%02x", $0) }.joined() + "'"
    }

    @Test("billion laughs and external entities are refused fast")
    func entityAttacks() {
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for k in 1...9 { laughs += " <!ENTITY lol\(k) \"" + String(repeating: "&lol\(k == 1 ? "" : String(k - 1));", count: 10) + "\">\n" }
        laughs += "]>\n<lolz>&lol9;</lolz>"
        let (m1, _) = xmlError(laughs)
        #expect(m1 == "Entity body is not valid application/xml: entities are disabled: line 3, column 14")
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY s SYSTEM \"file:///etc/passwd\">]><d>&s;</d>"
        let (m2, _) = xmlError(xxe)
        #expect(m2?.hasPrefix("Entity body is not valid application/xml: entities are disabled") == true)
    }

    @Test("100k-deep nesting and truncated documents raise errors, not crashes")
    func deepAndTruncated() {
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        let (m1, _) = xmlError(deep)
        #expect(m1 == "Entity body is not valid application/xml: elements nested deeper than 1000 levels: line 1, column 3000")
        let doc = "<order id=\"1\"><line sku=\"A\">2</line><line sku=\"B\"><![CDATA[x]]></line><note>&amp;</note></order>"
        let bytes = Array(doc.utf8)
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            let (m, _) = xmlError(String(decoding: bytes[0..<cut], as: UTF8.self))
            #expect(m?.hasPrefix("Entity body is not valid application/xml: ") == true, "cut at \(cut): \(m ?? "nil")")
        }
    }

    @Test("bad multipart boundaries and ragged CSV name the format and position")
    func multipartAndCSVErrors() {
        let log = output(
            of: """
                for body, mime in [(b"--x\\r\\n\\r\\nv\\r\\n--x--\\r\\n", "multipart/form-data"),
                                   (b"--x\\r\\nContent-Disposition: form-data; name=a\\r\\n\\r\\nv\\r\\n", "multipart/form-data; boundary=x"),
                                   (b"garbage", "multipart/form-data; boundary=x"),
                                   (b"a,b\\r\\n1,2\\r\\n3\\r\\n", "text/csv"),
                                   (b"a,b\\r\\n1,\\"2\\r\\n", "text/csv")]:
                    try:
                        print(Entity.from_bytes(body, mime)["^value"])
                    except ValueError as e:
                        print(e)
                """)
        #expect(
            log == """
                Entity body is not valid multipart/form-data: no boundary parameter in the MIME type
                Entity body is not valid multipart/form-data: close boundary '--x--' not found (at byte 50)
                Entity body is not valid multipart/form-data: start boundary '--x' not found (at byte 0)
                Entity body is not valid application/csv: line 3: expected 2 fields, got 1
                [{'a': '1', 'b': '2\\r\\n'}]

                """)
    }

    @Test("a huge body hits the size limit instead of exhausting memory")
    func sizeLimit() {
        var limits = Limits.default
        limits.maxSize = 1 << 20
        let err = failure(
            of: """
                rows = [{"a": "x" * 100, "b": i} for i in range(20000)]
                Entity.from_value(rows, mime_type="text/csv")
                """, limits: limits)
        #expect(err != nil)
    }

    @Test("csv and io are importable and pre-loaded")
    func modules() {
        let log = output(
            of: """
                import csv
                from io import StringIO
                s = StringIO()
                csv.writer(s).writerow(["a", "b,c"])
                print(repr(s.getvalue()), list(csv.reader(['x,"y"'])))
                """)
        #expect(log == "'a,\"b,c\"\\r\\n' [['x', 'y']]\n")
    }

    @Test("the worked example in docs/dataway-formats.md gives the output it shows")
    func docsExample() throws {
        let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/dataway-formats.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let example = text.components(separatedBy: "## Worked example").last else {
            Issue.record("no worked example")
            return
        }
        func block(_ lang: String) -> String {
            let parts = example.components(separatedBy: "```" + lang + "\n")
            guard parts.count > 1 else { return "" }
            return parts[1].components(separatedBy: "```")[0]
        }
        let message = Message(payload: .entity(DatawayEntity(blob: Array(block("xml").utf8), mimeType: "application/xml")))
        let result = try Script.compile(block("python")).run(message: message).result.get()
        guard case .entity(let e) = result else {
            Issue.record("expected an Entity, got \(result)")
            return
        }
        #expect(e.mimeType == "application/json")
        let got = try DatawayValue.parseJSON(String(decoding: e.blob, as: UTF8.self))
        #expect(got == (try DatawayValue.parseJSON(block("json"))))
    }
}
