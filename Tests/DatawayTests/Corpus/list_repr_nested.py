# repr/str of lists with nested and special values.
print([1, "two", 3.0, None, True, [4, [5]], (6,), {"k": "v"}, b"b", -0.0])
print(str([1, 2]), repr(["a'b", 'c"d', "e\nf"]), [float("inf"), float("nan")])
print([[]], [[], []], [()], [{}], [set()], [frozenset()], [range(3)], [slice(1, 2)])
print(["é", "日本", "😀", "\x00", "\u200b"])
print([1e16, 1e-5, 0.1 + 0.2, 10 ** 20, -5])
print(len(str([1, 2, 3])), str([]) == "[]")
a = [1]
a.append(a)
print(a, str(a))
d = {"self": None}
d["self"] = [d]
print(d)
print([len(x) for x in (["a"], "bc")], [str(x) for x in [1, "a", None]])
