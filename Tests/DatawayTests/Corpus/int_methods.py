# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate.
for n in [0, 1, 5, 255, 256, -1, -256, 2 ** 100]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((1024).to_bytes(4, byteorder="big"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes(range(1, 17)), "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2], "big"))
print((7).as_integer_ratio(), (-7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 64).to_bytes(9, "big").hex())
