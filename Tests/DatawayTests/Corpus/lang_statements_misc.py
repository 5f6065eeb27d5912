# Semicolons, line continuations, one-line compound statements, empty collections.
a = 1; b = 2; c = a + b
print(a, b, c)
if c == 3: print("one-line if")
for i in range(2): print("one-line for", i)
while a < 3: a += 1
print(a)
total = 1 + \
    2 + \
    3
print(total)
values = (1,
          2,
          3)
print(values)
call = max(
    4,
    7,
)
print(call)
print([], (), {}, set(), "", b"", list(), tuple(), dict(), str(), bytes())
print(len([]), len(()), len({}), len(set()), len(""), len(b""))
empty_dict = {}
empty_dict.setdefault("x", []).append(1)
print(empty_dict)
def f(): return "inline def"
print(f())
x = [
    "trailing",
    "comma",
]
print(x)
