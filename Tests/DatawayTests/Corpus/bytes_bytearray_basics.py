# bytearray construction, repr and mutation.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[1:3], type(ba[1:3]))
ba[0] = ord("J")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
ba.extend([63, 63])
print(ba)
ba[1:5] = b"ELLO"
print(ba)
ba[0:1] = b""
print(ba)
ba[:0] = b">>"
print(ba)
del ba[-2:]
print(ba)
ba.insert(0, 60)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("w"))
print(ba)
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray())
print(bytes(ba) == ba, ba == bytearray(bytes(ba)), bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
for bad in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.append(-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(repr(e))
