import random
for seed in [0, 1, 42, 12345, 2**32, 2**64 + 5, -7]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])
