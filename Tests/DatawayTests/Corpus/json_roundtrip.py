# Values survive dumps -> loads (tuples become lists, int keys become strings).
import json
values = [None, True, 0, -1, 2 ** 64, 0.1, 1e100, "é😀", [1, [2]], {"a": {"b": [None]}},
          (1, 2), {1: "one"}, {"x": (1, 2)}, [], {}, "", -0.0, 1e-10]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(repr(v), "->", s, "->", repr(back), back == v)
s = json.dumps({"k": "v"}, indent=3, sort_keys=True, ensure_ascii=False)
print(json.loads(s) == {"k": "v"})
