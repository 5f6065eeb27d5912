# Shortest round-trip repr for many generated floats (exercises the float printing algorithm).
state = 2024
def rnd():
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state
vals = []
for i in range(60):
    mant = rnd() / 2 ** 31
    exp = rnd() % 80 - 40
    sign = -1 if rnd() % 3 == 0 else 1
    vals.append(sign * mant * 10.0 ** exp)
for i in range(0, 60, 3):
    print(repr(vals[i]), repr(vals[i + 1]), repr(vals[i + 2]))
print(all(float(repr(v)) == v for v in vals))
print(repr(sum(vals)), repr(max(vals)), repr(min(vals)))
print([repr(i / 7) for i in range(1, 8)])
print([repr(10.0 ** k) for k in range(-6, 24, 3)])
print([repr(2.0 ** k) for k in (-30, -20, 52, 53, 60, 70)])
