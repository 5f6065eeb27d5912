# List operators: +, *, +=, *=, ==, <, in, and repetition aliasing.
a = [1, 2]
b = [3]
print(a + b, a * 3, 0 * a, b * -1, [None] * 4)
c = a
c += b
print(a, c, a is c)
c *= 2
print(a)
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] < [1, 2, 3], [2] > [1, 99], [] < [[]])
print([1, [2, [3]]] == [1, [2, [3]]], [1, 2] != [1, 2.0])
row = [[]] * 3
row[0].append("shared")
print(row)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2]
lst += (3, 4)
lst += "ab"
lst += range(2)
print(lst)
print(len([0] * 1000), sum([[1], [2], [3]], []))
