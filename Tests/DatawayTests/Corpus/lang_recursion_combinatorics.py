# Recursive generation of permutations, subsets and partitions (lists, no generators).
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + r for r in rest]

def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        return [[]]
    out = []
    for k in range(min(n, max_part), 0, -1):
        for p in partitions(n - k, k):
            out.append([k] + p)
    return out

print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print(partitions(5), len(partitions(12)))
print(["".join(p) for p in permutations(list("abc"))])
