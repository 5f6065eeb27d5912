# json.JSONDecodeError is a ValueError with a positioned message.
import json
bad_inputs = ['{"a":}', "[1,2", "", "nul", '{"a" 1}', "[1,]", '{"a":1,}', "tru", '"unterminated',
              "{'single': 1}", "[1] x", "01", "1.", "-", "NaNx", '{"a":1}{', "\n\n  [1,\n 2,,3]",
              '"bad \\x escape"', '"tab\there"', "[" * 3, "{1: 2}"]
for s in bad_inputs:
    try:
        print(repr(s), "->", json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), "->", str(e))
try:
    json.loads("[1, 2, }")
except ValueError as e:
    print("as ValueError:", isinstance(e, json.JSONDecodeError), e)
