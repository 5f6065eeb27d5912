# list(), tuple(), set(), frozenset() constructors on all iterables.
src = ["range", range(3), "string", "héy", "tuple", (1, 2), "dict", {"a": 1, "b": 2},
       "bytes", b"AB", "genexp", (x * x for x in range(3)), "map", map(abs, [-1])]
for i in range(0, len(src), 2):
    label, value = src[i], src[i + 1]
    print(label, list(value))
print(tuple("ab"), tuple([1]), tuple(range(2)), tuple({"k": 0}.items()))
print(sorted(set("hello")), sorted(frozenset([3, 1, 3])), set(), frozenset())
print(list(), tuple(), list(list("ab")), tuple(tuple("ab")))
for ctor in [list, tuple, set, frozenset]:
    try:
        ctor(5)
    except TypeError as e:
        print("TypeError:", e)
a = [1, 2]
print(list(a) is a, tuple(a) == (1, 2))
