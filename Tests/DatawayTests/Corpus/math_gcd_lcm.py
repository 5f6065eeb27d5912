# gcd and lcm with multiple, negative, zero and big arguments.
import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(7), math.gcd())
print(math.gcd(12, 18, 30), math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 20 + 1, 10 ** 10 + 1))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(3), math.lcm(), math.lcm(2, 3, 4, 5))
print(math.lcm(*range(1, 21)), math.lcm(2 ** 64, 3 ** 40))
print(math.gcd(True, 4), math.lcm(True, 4))
def reduce_fraction(n, d):
    g = math.gcd(n, d)
    return n // g, d // g
print(reduce_fraction(84, 126), reduce_fraction(-10, 4), reduce_fraction(0, 7))
try:
    math.gcd(1.0, 2)
except TypeError as e:
    print("TypeError:", e)
