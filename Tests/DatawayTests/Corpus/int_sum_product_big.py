# Accumulating large sums and products.
print(sum(range(1, 1001)), sum(i * i for i in range(1, 1001)))
print(sum(2 ** i for i in range(100)))
print(sum([10 ** 18] * 100))
p = 1
for i in range(1, 51):
    p *= i
print(p)
print(p // (2 ** 40), p % (10 ** 9 + 7))
tri = [1]
for _ in range(60):
    tri = [1] + [tri[i] + tri[i + 1] for i in range(len(tri) - 1)] + [1]
print(max(tri), sum(tri) == 2 ** 60)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[100])
print(sum([-(10 ** 20), 10 ** 20, 1]))
digits = sum(int(d) for d in str(2 ** 1000))
print("digit sum of 2**1000:", digits)
