# bool is an int subtype in arithmetic, but prints as True/False.
print(True + 1, True - True, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, +True)
print(False + 0.5, sum([True] * 5), max(True, 0), min(False, -1), abs(True), divmod(True, 2))
print(True << 3, True >> 1, True & 3, True | 2, True ^ 1, ~True, True == 1.0)
print(int(True), float(True), str(True), repr(False), f"{True:d}", f"{True}", "%d" % True, "%s" % False)
print(type(True + True), type(True & True), type(True | False), type(not 1))
print([1, 2, 3][True], "ab"[False], {1: "one"}[True], {True: "t"}.get(1))
print(True is (1 == 1), isinstance(False, int), bool(True + True), (True + True) == 2)
print(sorted([True, 0, False, 1, -1]), hex(True), bin(False), round(True), pow(True, -1))
counts = [x > 2 for x in range(6)]
print(counts, sum(counts), counts.count(True), counts.index(True))
