# Deterministic pseudo-random big-int arithmetic (a linear congruential generator) as a stress test.
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
    return state
acc = 0
for i in range(40):
    a = rnd() * rnd() - rnd()
    b = (rnd() >> 7) + 1
    q, r = divmod(a, b)
    assert q * b + r == a and 0 <= r < b
    acc ^= q & 0xFFFFFFFFFFFF
    if i % 8 == 0:
        print(i, a, b, q, r)
print("acc", acc)
x = 1
for i in range(25):
    x = x * rnd() + i
print(x)
print(x % 1000000007, x // (10 ** 100), len(str(x)), x.bit_length())
print(-x // 12345678901, -x % 12345678901, (-x) >> 300, x & ((1 << 70) - 1))
print(pow(x, 65537, 2 ** 127 - 1), pow(rnd(), rnd(), rnd() | 1))
