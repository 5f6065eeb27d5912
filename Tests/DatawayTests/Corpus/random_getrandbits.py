import random
random.seed(8)
for k in [0, 1, 8, 31, 32, 33, 64, 100, 200]:
    print(k, random.getrandbits(k))
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
print(random.randbytes(10))
