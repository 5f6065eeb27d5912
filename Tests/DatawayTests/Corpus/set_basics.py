# Creating sets; printing only via sorted(), len() or membership (set order is unspecified).
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 not in s)
print(set(), repr(set()), {42}, set("a"), frozenset(), frozenset([7]))
e = set("mississippi")
print(sorted(e), len(e))
print(sorted(set([1, 1.0, True, 2])), len({0, 0.0, False, -0.0}))
print(type({1}), type(frozenset()), type({}))
print(sorted(set(range(10)) - {0}), sorted(set({"a": 1, "b": 2})))
print(bool(set()), bool({0}), len(set("")))
words = ["apple", "pie", "apple", "tart", "pie"]
unique = set(words)
print(len(unique), sorted(unique), "tart" in unique)
for bad in [[[1]], [{}], [set()]]:
    try:
        set(bad)
    except TypeError as e:
        print("TypeError:", e)
print(sorted({(1, 2), (1, 2), (2, 1)}), {frozenset({1, 2})} == {frozenset({2, 1})})
