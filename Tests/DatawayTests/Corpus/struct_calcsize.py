import struct
for f in ["i", "<i", "@ci", "=ci", "<ci", "@cd", "@hq", "@qh", "3s", "10p", "@bhiq", "<bhiq", "xx", "2h3x", "@?d", "e", "@Pi", "!lL", "@lL", ""]:
    print(repr(f), struct.calcsize(f))
