import random
random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-100, 100) for _ in range(10)])
print([random.randint(0, 10**20) for _ in range(3)])
print(random.randint(5, 5))
