# Big ints, bools and None through json.
import json
data = {"big": 2 ** 100, "neg": -(10 ** 30), "t": True, "f": False, "n": None, "bools": [True, 1, False, 0]}
s = json.dumps(data)
print(s)
back = json.loads(s)
print(back, back["big"] == 2 ** 100, back["t"] is True, back["n"] is None)
print(json.dumps(True), json.dumps([False]), json.dumps({"k": None}))
print(json.dumps({True: 1, False: 0, None: "n"}))
print(json.loads("[true, false, null]"), json.loads("123456789012345678901234567890") + 1)
print(json.dumps(int("9" * 50)))
