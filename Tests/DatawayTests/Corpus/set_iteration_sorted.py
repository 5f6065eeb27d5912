# Deterministic use of sets: sorted iteration, min/max/sum/len/any/all.
primes = {2, 3, 5, 7, 11, 13}
print(sum(primes), min(primes), max(primes), len(primes), any(p > 12 for p in primes))
for p in sorted(primes, reverse=True):
    print(p, end=" ")
print()
squares = {x * x for x in range(-4, 5)}
print(sorted(squares), sum(squares))
print(sorted(primes & squares), sorted(primes | {1}))
print(sorted(str(x) for x in primes), ",".join(sorted(map(str, primes))))
print(all(isinstance(x, int) for x in primes), 4 in primes)
print(list(sorted({"b", "a", "c"})), sorted({"b": 1, "a": 2}.keys() | {"c"}))
print(sorted(set(enumerate("ab"))))
print(len({1, 2} | {2, 3}), len(set(range(100)) & set(range(50, 150))))
