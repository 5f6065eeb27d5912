# Integer loops: digit manipulation, base conversion, primality.
def digits(n, base=10):
    if n == 0:
        return [0]
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1]

def to_base(n, base):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    return sign + "".join(chars[d] for d in digits(abs(n), base))

for n, b in [(255, 2), (255, 16), (-255, 7), (2 ** 64, 36), (0, 3)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

print([p for p in range(100) if is_prime(p)][-5:], is_prime(2 ** 31 - 1))
print(int("".join(reversed(str(12345678987654321 * 3)))))
def collatz_len(n):
    c = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
print(max(range(1, 1000), key=collatz_len))
