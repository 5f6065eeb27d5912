# csv.Error and the other exceptions a reader raises, with CPython's messages.
import csv

cases = [
    (['"a"b,c'], {"strict": True}),
    (['a,"b'], {"strict": True}),
    (["a,b\rc,d"], {}),
    ([1, 2], {}),
    (["1,abc"], {"quoting": csv.QUOTE_NONNUMERIC}),
]
for lines, kw in cases:
    try:
        print(list(csv.reader(lines, **kw)))
    except csv.Error as e:
        print("csv.Error:", e)
    except ValueError as e:
        print("ValueError:", e)
for kw in [{"delimiter": "ab"}, {"delimiter": 1}, {"quoting": 9}, {"quotechar": None}]:
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    csv.reader([], dialect="nope")
except csv.Error as e:
    print("csv.Error:", e)
print(isinstance(csv.Error("x"), Exception))
