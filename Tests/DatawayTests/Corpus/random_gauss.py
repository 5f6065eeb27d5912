import random
random.seed(3)
print([random.gauss(0, 1) for _ in range(4)])
print(random.gauss(100, 15))
print([random.triangular(0, 10, 2) for _ in range(3)])
print(random.triangular())
print([random.expovariate(1.5) for _ in range(3)])
