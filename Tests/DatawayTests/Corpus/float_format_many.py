# Fixed, exponent and general formatting of many generated floats.
state = 77
def rnd():
    global state
    state = (state * 69069 + 1) % (2 ** 32)
    return state
for i in range(20):
    v = (rnd() / 2 ** 32 - 0.5) * 10.0 ** (rnd() % 16 - 6)
    print(f"{v!r:>24} | {v:.2f} | {v:.4e} | {v:g} | {v:.10g} | {round(v, 3)!r}")
for v in [0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1e-9, 123456789.5]:
    print(v, f"{v:.0f} {v:.1f} {v:.2f} {v:.3g} {v:e} {v:%}")
