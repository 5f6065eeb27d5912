# float methods: is_integer, as_integer_ratio, hex/fromhex, real/imag, conjugate.
for v in [1.0, 1.5, -2.0, 0.1, 1e20, -0.0]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).hex(), (255.0).hex(), (0.1).hex(), float.fromhex("0x1p10"), float.fromhex("-0x1.8p1"))
print((3.5).real, (3.5).imag, (3.5).conjugate())
print(float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("0x0.0000000000001p-1022"))
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(float("inf").is_integer(), float("nan").is_integer())
n, d = (2.675).as_integer_ratio()
print(n, d, n / d == 2.675)
