"""Sends GET requests at a fixed rate over keep-alive connections and reports latency percentiles.

wrk measures the most a server can take; this measures latency at a given load (e.g. 2,000 req/s),
the way the registry's target is stated. Usage: paced.py URL RATE SECONDS
"""
import http.client
import sys
import threading
import time
import urllib.parse

url, rate, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
u = urllib.parse.urlsplit(url)
path = u.path + ("?" + u.query if u.query else "")
workers = 16
per_worker = rate / workers
latencies = []
errors = [0]
lock = threading.Lock()


def worker(offset):
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=5)
    start = time.perf_counter() + offset / rate
    n = 0
    local = []
    while True:
        due = start + n / per_worker
        if due - start > seconds:
            break
        now = time.perf_counter()
        if due > now:
            time.sleep(due - now)
        t0 = time.perf_counter()
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            r.read()
            if r.status != 200:
                errors[0] += 1
        except Exception:
            errors[0] += 1
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=5)
        local.append((time.perf_counter() - t0) * 1000)
        n += 1
    with lock:
        latencies.extend(local)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
t = time.perf_counter()
for th in threads:
    th.start()
for th in threads:
    th.join()
elapsed = time.perf_counter() - t
latencies.sort()
if not latencies:
    print("paced resolve: no requests completed")
    sys.exit(0)
p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
print(
    f"paced resolve at {rate} req/s target: achieved {len(latencies) / elapsed:.0f} req/s, "
    f"p50 {p(0.50):.2f} ms, p99 {p(0.99):.2f} ms, errors {errors[0]} (target p99 < 5 ms)"
)
