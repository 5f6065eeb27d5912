# Unary minus/plus/invert and abs on ints of any size.
for n in [0, 7, -7, 2 ** 63, -(2 ** 63), 10 ** 30]:
    print(n, -n, +n, ~n, abs(n), abs(-n))
print(-(-5), --5, ---5, +-+-5, ~~5, -~5, ~-5)
print(abs(True), -True, ~True, +False)
print(abs(-0), -0 == 0, abs(-2.5), abs(-0.0))
x = 5
x = -x
print(x, -x, abs(x) == -x)
big = -(10 ** 25)
print(abs(big), -big, ~big, abs(big) == -big)
print([abs(v) for v in range(-3, 4)])
print(max([-5, 3, -9], key=abs), min([-5, 3, -9], key=abs))
print(sum(abs(v) for v in [-1, -2, 3]))
