import ConnectorSDK
import Dataway
import Testing

/// The SDK's JSON reader takes a fast path for plain JSON; it must agree with Dataway's parser
/// (CPython's `json.loads`) on every document, and leave errors to it.
@Suite("JSON parsing")
struct JSONParseTests {
    @Test(
        "the fast path agrees with Dataway's parser",
        arguments: [
            #"{"a": 1, "b": [true, false, null], "c": {"d": "e"}}"#, #"[]"#, #"{}"#, #"  [ 1 , 2 ]  "#, #""plain""#,
            #""esc \" \\ \/ \b \f \n \r \t""#, #""\u00e9\u4e2d""#, #""\ud83d\ude00""#, #""é中😀""#, #"-0"#, #"0"#, #"1.0"#, #"1e5"#,
            #"-1.5E-3"#,
            #"12345678901234567890123"#, #"9223372036854775807"#, #"-9223372036854775808"#, #"0.1"#, #"{"a": 1, "a": 2, "b": 3}"#,
            #"[1.7976931348623157e308]"#, #"NaN"#, #"[Infinity, -Infinity]"#, #""\ud800""#, "\"tab\there\"", #"01"#, #"[1,]"#,
            #"{"a" 1}"#, #"[1 2]"#, #"tru"#, #""unterminated"#, #""#, #"  "#, #"{"a": [1, {"b": [2, [3, [4]]]}]}"#,
            // Objects inside arrays and arrays inside objects, at several depths (members and elements
            // are collected on shared stacks), with repeated keys inside them.
            #"[{"a": 1}, {"b": 2, "c": [3, {"d": 4}]}, [], {}]"#, #"{"x": [{"a": 1, "a": 2}, [{"b": [{}]}]], "y": {"z": [1]}}"#,
            #"[[{"a": [1, {"b": {"c": [{"d": null}]}}]}], {"e": [{"f": 1, "g": 2}]}]"#,
            // Numbers on both sides of the exact fast path (at most 15 digits, powers of ten up to 22).
            #"123456789012345"#, #"1234567890123456"#, #"-999999999999999"#, #"3.141592653589793"#, #"3.1415926535897932"#,
            #"0.000000000000000000001"#, #"1.5e22"#, #"1.5e23"#, #"1e-22"#, #"1e-23"#, #"123456789012345e-22"#, #"4.35"#, #"0.3"#,
            #"1E+2"#, #"-0.0"#, #"2.2250738585072014e-308"#, #"5e-324"#, #"1e400"#, #"1e99999999999999999999"#, #"[0.1, 0.2, 0.7]"#,
            // Escapes where plain runs start and end (the escaped-string reader copies runs at once).
            #""\"leading""#, #""trailing\"""#, #""a\\\\\nb""#, #""é\nü 中""#, #""\u00e9 plain \t tail""#, #""x\"#,
            "\"a\\nb\nc\"", #"{"k\"ey": ["v\\al", "\u0041\u00e9"]}"#,
        ])
    func agrees(_ text: String) throws {
        let ours = Result { () throws(JSONTextError) in try JSONValue.parse(text) }
        let bytes = Result { () throws(JSONTextError) in try JSONValue.parse(Array(text.utf8)) }
        let theirs = Result { try JSONValue(dataway: DatawayValue.parseJSON(text)) }
        switch (ours, theirs) {
        case (.success(let a), .success(let b)):
            #expect(a.jsonText() == b.jsonText(), "\(text)")  // text, so NaN compares equal to NaN
            #expect(try bytes.get().jsonText() == b.jsonText(), "\(text)")
        case (.failure(let a), .failure(let b)):
            #expect(a.message == "\(b)", "\(text)")
        default:
            Issue.record("\(text): ours \(ours), Dataway \(theirs)")
        }
    }

    /// 17 members, one repeated: past the pairwise check, the dictionary keeps the first place and the
    /// last value, as Dataway does.
    @Test func largeObjectsWithRepeatedKeys() throws {
        let members = (0..<16).map { #""k\#($0)": \#($0)"# } + [#""k3": "again""#]
        let text = "[{" + members.joined(separator: ", ") + "}]"
        let theirs = try JSONValue(dataway: DatawayValue.parseJSON(text))
        #expect(try JSONValue.parse(Array(text.utf8)).jsonText() == theirs.jsonText())
        guard case .array(let items) = try JSONValue.parse(text), case .object(let o) = items.first else {
            Issue.record("not an array of one object")
            return
        }
        #expect(o.count == 16)
        #expect(o.keys.firstIndex(of: "k3") == 3)
        #expect(o["k3"] == "again")
    }

    /// Bytes that are not UTF-8 are refused even when the rest is plain JSON the fast path reads.
    @Test(arguments: [[0x22, 0xFF, 0x22], [0x5B, 0x22, 0xC3, 0x22, 0x5D], [0x7B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x3A, 0x31, 0x7D]])
    func invalidUTF8IsRefused(_ bytes: [UInt8]) {
        #expect(throws: JSONTextError.self) { try JSONValue.parse(bytes) }
    }

    @Test func validNonASCIITextReadsAsWritten() throws {
        #expect(try JSONValue.parse(Array(#"{"名前": "é😀"}"#.utf8)) == ["名前": "é😀"])
    }
}
