# JSONDecodeError carries msg, pos, lineno and colno.
import json
from json import JSONDecodeError
cases = ['{"a":}', "[1,2", "", '{\n  "a": 1,\n  "b": ,\n}', "[1, 2]\n]", '{"a"\n:\n}', "\n\n\n@"]
for s in cases:
    try:
        json.loads(s)
    except JSONDecodeError as e:
        print(repr(s))
        print("  str:", str(e))
        print("  fields:", e.msg, e.pos, e.lineno, e.colno)
        print("  args:", e.args)
print(isinstance(JSONDecodeError("m", "doc", 0), ValueError), str(JSONDecodeError("m", "ab\ncd", 4)))
