# json.loads of every scalar kind.
import json
for s in ["null", "true", "false", "0", "-0", "42", "-17", "1.5", "-0.0", "1e3", "1E-3", "2.5e+2",
          "12345678901234567890123", "1.0", "100", '"s"', '""', '"\\u00e9"', '"\\ud83d\\ude00"',
          '"a\\nb\\t\\"c\\"\\\\ \\/"', "  7  ", "\n[]\n", "NaN", "Infinity", "-Infinity",
          "1.7976931348623157e309", "0.1", "3.141592653589793238462643383279", "1e-400"]:
    v = json.loads(s)
    print(repr(s), "->", repr(v), type(v))
print(json.loads("1") == 1, json.loads("1.0") == 1, type(json.loads("1")) is int)
print(json.loads('"\\u00e9"') == "é", json.loads("-0") == 0, repr(json.loads("-0")))
print(json.loads(" true "), json.loads("\t\r\nnull\n"))
