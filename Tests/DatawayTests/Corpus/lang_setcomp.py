# Set comprehensions (only printed via sorted/len/membership: set order is not defined).
s = {x % 5 for x in range(100)}
print(sorted(s), len(s))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
initials = {w[0] for w in words}
print(sorted(initials))
print("a" in initials, "z" in initials)
lengths = {len(w) for w in words if w[0] != "c"}
print(sorted(lengths))
pairs = {(a, b) for a in range(3) for b in range(3) if a <= b}
print(sorted(pairs))
print({x for x in []}, {x for x in [7, 7, 7]})
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:3])
chars = {c.lower() for c in "Hello World" if c.isalpha()}
print("".join(sorted(chars)))
print(type({x for x in "ab"}), type({x: x for x in "ab"}))
print(len({frozenset({i, i + 1}) for i in range(5)}))
