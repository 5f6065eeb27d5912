# Transforming dicts with comprehensions.
prices = {"apple": 1.2, "banana": 0.5, "cherry": 4.0, "date": 2.75}
print({k: round(v * 1.2, 2) for k, v in prices.items()})
print({k: v for k, v in prices.items() if v > 1})
print({k.upper(): v for k, v in prices.items()})
print({v: k for k, v in prices.items()})
print({k[0]: k for k in prices})
print(dict(sorted(prices.items(), key=lambda kv: kv[1], reverse=True)))
print({k: ("cheap" if v < 1 else "ok" if v < 3 else "pricey") for k, v in prices.items()})
inventory = {"apple": 10, "banana": 0, "date": 3}
print({k: prices[k] * inventory.get(k, 0) for k in prices})
print({k: prices[k] for k in prices.keys() & inventory.keys() if inventory[k]} == {"apple": 1.2, "date": 2.75})
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r <= c}
print(matrix)
print({k: v for k, v in zip(["a", "b", "c"], [1, 2])})
