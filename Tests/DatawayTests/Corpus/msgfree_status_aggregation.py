# Aggregate job statuses into counts, percentages and a health verdict.
jobs = [
    {"id": i, "status": s, "ms": ms}
    for i, (s, ms) in enumerate([("ok", 120), ("ok", 95), ("failed", 3000), ("ok", 143), ("retry", 800),
                                 ("ok", 101), ("failed", 2500), ("ok", 99), ("skipped", 0), ("ok", 180)])
]
counts = {}
for j in jobs:
    counts[j["status"]] = counts.get(j["status"], 0) + 1
total = len(jobs)
print(counts)
for status, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{status:<8}{n:>3} {n / total:>7.1%} {'#' * n}")
ok_times = sorted(j["ms"] for j in jobs if j["status"] == "ok")
p50 = ok_times[len(ok_times) // 2]
avg = round(sum(ok_times) / len(ok_times), 1)
print("ok p50:", p50, "avg:", avg, "max:", max(ok_times))
failure_rate = counts.get("failed", 0) / total
verdict = "healthy" if failure_rate < 0.1 else "degraded" if failure_rate < 0.3 else "down"
print(f"failure rate {failure_rate:.0%} -> {verdict}")
print([j["id"] for j in jobs if j["status"] in ("failed", "retry")])
