# range with one, two and three arguments; repr and list conversion.
print(range(5), range(2, 5), range(0, 10, 3), range(5, 0, -1), range(0))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 2)), list(range(-3)), list(range(-5, -1)), list(range(10, 0, -3)))
print(len(range(10)), len(range(1, 10, 2)), len(range(10, 1)), len(range(0, -10, -4)))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 7, 2) == range(1, 6, 2))
print(str(range(1, 2)), repr(range(0, 5, 1)), range(-2, 2, 1))
print(type(range(1)), bool(range(0)), bool(range(1)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range("3")
except TypeError as e:
    print("TypeError:", e)
