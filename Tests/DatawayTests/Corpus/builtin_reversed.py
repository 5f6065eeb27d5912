# reversed() over sequences, ranges and dicts.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())), list(reversed(b"ab")))
print("".join(reversed("stressed")), list(reversed([])), tuple(reversed(range(1, 10, 4))))
r = reversed([10, 20])
print(next(r), next(r), next(r, "done"))
for bad in [{1, 2}, 5, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
lst = [1, 2, 3]
rev = list(reversed(lst))
rev.append(0)
print(lst, rev)
print([x * 2 for x in reversed(range(3))], sorted(reversed([3, 1, 2])))
