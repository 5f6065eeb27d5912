# Deduplicating strings while preserving first-seen order.
tags = ["python", "swift", "Python", "go", "swift", "rust", "GO", "python"]
print(list(dict.fromkeys(tags)))
seen = []
for t in tags:
    if t.lower() not in seen:
        seen.append(t.lower())
print(seen)
first = {}
for t in tags:
    first.setdefault(t.casefold(), t)
print(list(first.values()))
print(sorted(set(t.lower() for t in tags)))
print(len(set(tags)), len(tags))
counts = {}
for t in tags:
    key = t.lower()
    counts[key] = counts.get(key, 0) + 1
print(counts)
dupes = [k for k, v in counts.items() if v > 1]
print(dupes)
