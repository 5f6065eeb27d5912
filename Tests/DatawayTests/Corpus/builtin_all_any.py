# all() and any() short-circuit and accept any iterable.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all("abc"), any(""), all([[]]), any([[]]), all([[0]]), any({0: "a"}), any({1: ""}))
print(all(x > 0 for x in [1, 2, -1, 4]), any(x > 3 for x in [1, 2, 4]))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), calls)
calls.clear()
print(all(check(x) for x in [3, 4, 1, 9]), calls)
print(all(range(1, 5)), any(range(1)), all(map(str.isdigit, ["1", "2"])), any(set()))
print(all([None]), any([None, "", 0.0, ()]), all((1, "x", [2], {"k": 1})))
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
