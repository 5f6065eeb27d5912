import random
random.seed(123)
print([random.uniform(0, 1) for _ in range(3)])
print([round(random.uniform(10, 20), 6) for _ in range(5)])
print(random.uniform(5, 1))
print(random.uniform(-1.5, 1.5))
