# dict_build_lookup: build dicts of 200k str keys and 100k int keys, then do
# 300k lookups (hits and misses), updates and deletes.
# Payload: {"n": 200000, "lookups": 300000, "seed": 12345}


def dw_process(msg):
    n = msg.payload["n"]
    lookups = msg.payload["lookups"]
    x = msg.payload["seed"]

    index = {}
    for i in range(n):
        index["key-" + str(i)] = i * 7 % 1009
    squares = {i: i * i for i in range(0, n, 2)}

    span = n + n // 8
    total = 0
    hits = 0
    misses = 0
    for _ in range(lookups):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x % span
        key = "key-" + str(k)
        if key in index:
            total += index[key]
            hits += 1
            index[key] = index[key] + 1
        else:
            misses += 1
        total += squares.get(k, -1) % 1000

    removed = 0
    for i in range(0, n, 3):
        key = "key-%d" % i
        if key in index:
            del index[key]
            removed += 1
    checksum = 0
    for key, value in index.items():
        checksum = (checksum * 31 + value + len(key)) % 1000000007
    return {
        "size": len(index),
        "squares": len(squares),
        "hits": hits,
        "misses": misses,
        "removed": removed,
        "total": total,
        "checksum": checksum,
    }
