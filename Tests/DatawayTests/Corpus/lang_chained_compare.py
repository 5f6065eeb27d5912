# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
print(1 == 1.0 == True, 2 != 3 != 2)
print("a" < "b" < "c", [1] < [2] <= [2, 0])

def v(tag, val):
    print("eval", tag)
    return val

print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 5) < v("b", 2) < v("c", 3))

a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a == b is not a)
print(1 in [1, 2] in [[1, 2], 3])
print(3 > 2 == 2, (3 > 2) == 2)
print(None is None is None)
for n in [-1, 0, 50, 100, 101]:
    print(n, 0 <= n <= 100)
print(0 < 0.5 < 1 < 1.5)
print("ab" < "abc" < "b")
print((1, 2) < (1, 3) < (2,))
