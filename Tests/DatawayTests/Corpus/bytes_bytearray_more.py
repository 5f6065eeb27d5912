# More bytearray operations: slices with steps, *=, +=, clear, copy, count.
ba = bytearray(range(10))
ba[::2] = bytes(5)
print(ba)
ba[1::2] = b"\xff" * 5
print(ba)
del ba[::3]
print(ba)
c = ba.copy()
c[0] = 1
print(ba[0], c[0], c is ba)
x = bytearray(b"ab")
y = x
x += b"cd"
print(x, y, x is y)
x *= 2
print(x, y)
print(x.count(b"ab"), x.find(b"cd"), x.index(99), x.replace(b"a", b"A"), x.upper())
x.clear()
print(x, len(x), bool(x))
z = bytearray(b"  strip me  ")
print(z.strip(), z.split(), bytearray(b"k=v").partition(b"="))
print(bytearray(b"abc").decode(), bytearray(b"abc").hex(), bytearray.fromhex("61 62"))
try:
    ba[0:2] = [1, 999]
except ValueError as e:
    print("ValueError:", e)
