# Chunking, sliding windows and flattening.
data = list(range(1, 11))
print([data[i:i + 3] for i in range(0, len(data), 3)])
print([data[i:i + 3] for i in range(len(data) - 2)][:4])
print(list(zip(data, data[1:], data[2:]))[:3])
nested = [[1, 2], [3], [], [4, [5, 6]]]
flat = []
for item in nested:
    flat.extend(item)
print(flat)
print([x for sub in nested for x in sub])
print(sum(nested, []))
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten(nested))
pairs = [(data[i], data[i + 1]) for i in range(0, len(data) - 1, 2)]
print(pairs)
moving_avg = [sum(data[i:i + 4]) / 4 for i in range(len(data) - 3)]
print(moving_avg)
