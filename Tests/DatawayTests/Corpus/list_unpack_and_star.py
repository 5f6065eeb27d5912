# Star-unpacking lists into calls and displays.
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*args[:2], 9), f(*(1, 2, 3)))
print([*args, *args], [*"hi", *range(2)], (*args,), {*args} == set(args))
print(*args)
print(*args, sep="-")
print(*[], "empty star prints nothing else")
head, *body, tail = args + [4, 5]
print(head, body, tail)
merged = [*[1], *[], *(2, 3)]
print(merged)
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(max(*args), min(*args, 0))
try:
    f(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
