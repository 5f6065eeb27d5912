# Reconcile two inventory snapshots and report differences.
before = {"A-1": 10, "B-2": 0, "C-3": 5, "D-4": 7}
after = {"A-1": 8, "C-3": 5, "D-4": 12, "E-5": 3}
added = sorted(after.keys() - before.keys())
removed = sorted(before.keys() - after.keys())
changed = {k: (before[k], after[k]) for k in sorted(before.keys() & after.keys()) if before[k] != after[k]}
print("added:", added)
print("removed:", removed)
print("changed:", changed)
deltas = {k: after.get(k, 0) - before.get(k, 0) for k in sorted(before.keys() | after.keys())}
print(deltas)
print("net change:", sum(deltas.values()))
report = []
for sku, d in deltas.items():
    if d == 0:
        continue
    sign = "+" if d > 0 else "-"
    report.append(f"{sku}: {sign}{abs(d)} ({before.get(sku, 0)} -> {after.get(sku, 0)})")
print("\n".join(report))
low = [k for k, v in after.items() if v < 5]
print("low stock:", low)
