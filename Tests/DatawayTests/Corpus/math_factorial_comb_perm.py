# factorial, comb and perm with exact big results.
import math
print([math.factorial(n) for n in range(11)])
print(math.factorial(30), len(str(math.factorial(200))), math.factorial(20) == 2432902008176640000)
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
print([math.comb(6, k) for k in range(7)])
for args in [(-1,), (2.5,)]:
    try:
        math.factorial(*args)
    except (ValueError, TypeError) as e:
        print(repr(e))
for args in [(5, -1), (-5, 2)]:
    try:
        math.comb(*args)
    except ValueError as e:
        print(repr(e))
print(math.factorial(True), math.comb(True, False))
