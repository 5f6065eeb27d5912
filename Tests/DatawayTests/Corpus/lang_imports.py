# The permitted imports: json and math, plain and from-imports.
import json
import math
from math import sqrt, pi
from json import dumps, loads
from math import floor

print(sqrt(16), round(pi, 5), floor(2.7))
print(dumps({"a": [1, 2]}), loads("[true, null]"))
print(math.gcd(12, 18), json.dumps("x"))

def uses_import_inside():
    import math
    return math.ceil(1.2)

def from_import_inside():
    from math import factorial
    return factorial(5)

print(uses_import_inside(), from_import_inside())
print(math.sqrt is sqrt, json.loads is loads)
m = math
print(m.floor(-0.5))
