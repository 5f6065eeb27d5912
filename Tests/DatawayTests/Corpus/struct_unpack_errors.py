import struct
try:
    struct.unpack("<i", b"abc")
except struct.error as e:
    print(e)
try:
    struct.unpack("<i", b"abcde")
except struct.error as e:
    print(e)
try:
    struct.calcsize(5)
except TypeError as e:
    print(e)
try:
    struct.unpack_from("<i", b"abcdefghij", 8)
except struct.error as e:
    print(e)
try:
    struct.unpack_from("<i", b"abcdefghij", -20)
except struct.error as e:
    print(e)
print(isinstance(struct.error("x"), Exception))
