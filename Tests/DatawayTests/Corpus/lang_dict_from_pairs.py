# dict() from a sequence of pairs: tuples, lists, strings of two characters, later pairs
# overriding earlier ones, and the errors for a wrong length or an unhashable key.
import re

print(dict([("a", 1), ["b", 2], "cd", ("a", 3)]))
print(dict(re.findall(r"(\w+)=(\S+)", " rt=0.5 user=ada trace=x1 rt=0.7")))
print(dict((k, len(k)) for k in ["x", "yy"]), dict([]), dict(()), dict([(1, 2), (1.0, 3), (True, 4)]))
print(dict(zip("abc", range(3))), dict([(("t", 1), "tuple key")]))
for bad in [[("a", 1), ("b", 2, 3)], [("a", 1), 5], [("a", 1), "abc"], [([1], 2)], [("a",)]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e) is TypeError, e)
