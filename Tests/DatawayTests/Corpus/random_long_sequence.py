import random
random.seed(55)
vals = [random.random() for _ in range(700)]
print(vals[0], vals[623], vals[624], vals[699])
print(sum(random.getrandbits(32) for _ in range(1000)))
