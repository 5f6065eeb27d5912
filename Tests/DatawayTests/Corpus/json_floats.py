# Float formatting in json.dumps uses repr(); loads parses exactly.
import json
for f in [0.1, 0.5, 1.0, 100.0, 1e15, 1e16, 1e22, 1.5e-5, 1e-4, 123456.789, 2.675, -1.25e-300, 5e-324,
          1.7976931348623157e308, 0.30000000000000004, 3.14159265358979]:
    print(f, json.dumps(f), json.loads(json.dumps(f)) == f)
print(json.dumps({"price": 19.99, "qty": 3, "total": 19.99 * 3}))
print(json.dumps([round(19.99 * 3, 2), int(19.99 * 3)]))
print(json.loads("1.0"), json.loads("1e2"), json.loads("-1.5E-2"), json.loads("0.0000001"))
print(json.loads("10000000000000000000000"), json.loads("1.2345678901234567890"))
print(json.dumps(-0.0), json.dumps(0.0), json.dumps([1e300 * 1e10]), json.dumps(2 ** 53 + 1.0))
print(json.loads("1E400"), json.loads("-1e400"), json.loads("4.9e-324"), json.loads("2e-324"))
