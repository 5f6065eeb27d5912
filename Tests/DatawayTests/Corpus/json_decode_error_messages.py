# str(JSONDecodeError) for a catalogue of malformed documents.
import json
docs = ['{"a":}', "[1,2", "", "nul", '{"a" 1}', "[", "]", "{", "}", '{"a":1', '{"a":1 "b":2}',
        '["a" "b"]', "[1 2]", '{"a":[1,2}', "tRue", "Null", "+1", ".5", "1e", "1.5.5", "0x10", '"\\u12"',
        '"\\q"', "'x'", "[1,,2]", '{,"a":1}', '{"a":1,,"b":2}', "[1]]", "{} {}", "  ", "\t\n"]
for d in docs:
    try:
        json.loads(d)
        print(repr(d), "parsed?!")
    except json.JSONDecodeError as e:
        print(f"{d!r:20} {e}")
