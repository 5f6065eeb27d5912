# Producing deterministic, sorted output from dicts in several ways.
scores = {"cy": 88, "ann": 95, "bob": 88, "di": 72, "ed": 95}
print(sorted(scores))
print(sorted(scores.items()))
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(scores, key=scores.get, reverse=True))
print(dict(sorted(scores.items())))
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
ranks = {}
for i, (name, s) in enumerate(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])), 1):
    ranks[name] = i
print(ranks)
by_score = {}
for name, s in scores.items():
    by_score.setdefault(s, []).append(name)
print({s: sorted(n) for s, n in sorted(by_score.items(), reverse=True)})
print(", ".join(f"{k}={v}" for k, v in sorted(scores.items())))
