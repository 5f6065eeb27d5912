# Indexing bytes gives ints; slicing gives bytes.
b = b"Hello\xff"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], type(b[0]), type(b[0:1]))
print(list(b), [hex(x) for x in b], tuple(b"ab"))
print(b[0] == 72, b[0:1] == b"H", b[0] == b"H", b"H"[0])
for i, byte in enumerate(b"ab\x00"):
    print(i, byte, chr(byte), bytes([byte]))
print(72 in b, b"ell" in b, 255 in b, b"" in b)
try:
    print(b[10])
except IndexError as e:
    print("IndexError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" in b)
except TypeError as e:
    print("TypeError:", e)
try:
    print(300 in b)
except ValueError as e:
    print("ValueError:", e)
print(sum(b"abc"), max(b"abc"), min(b"abc"), sorted(b"cab"), bytes(sorted(b"cab")))
