# Slicing with positive/negative indices and steps on lists, strings, tuples.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[100:], s[-100:3], s[3:100], repr(s[5:2]))
l = list(range(10))
print(l[::3], l[-1::-3], l[5:-1], l[-2:], l[:-7:-1])
t = tuple(range(6))
print(t[1:4], t[::-1], t[10:], t[-1:], type(t[1:2]))
print(l[slice(2, 6)], l[slice(None, None, -4)], s[slice(3)])
copy = l[:]
print(copy == l, copy is l)
print("héllo wörld"[1:8], "héllo"[::-1])
print(b"bytes!"[1:3], b"bytes!"[::-1], bytearray(b"xyz")[1:])
print(range(20)[5:15:3])
print(l[2:8][1:3], s[1:-1][::-1])
print(l[-1], s[-1], l[len(l) - 1])
print(s[3:3], l[0:0], s[-1:-1])
print(l[1:9:0] if False else "step 0 not evaluated")
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)
