# Negative zero: repr, equality, arithmetic and formatting.
nz = -0.0
print(nz, repr(nz), str(nz), nz == 0.0, nz < 0.0, nz is nz)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, 0.0 / -5)
print(-0.0 + 0, 0 * -1.0, -(0.0), abs(-0.0), -0.0 ** 2)
print(round(-0.4), round(-0.4, 1), round(-0.0), int(-0.0), float("-0"), float("-0.0"))
print(f"{-0.0}", f"{-0.0:.2f}", f"{-0.0:+}", "%.1f" % -0.0, format(-0.0, "g"))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(sorted([0.0, -0.0, 0.0]), [-0.0] == [0.0])
print(-1e-320 * 1e-10, 1e-320 * -1e-10)
print(-0.0 // 1, -1 % 1.0, divmod(-0.0, 1))
print(str(-0.0) == "-0.0", hash(-0.0) == hash(0.0))
print(-0.0 // 1.0, 0.0 // -1.0, -1e-30 // 1.0)
