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
}
