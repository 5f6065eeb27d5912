import random
for seed in [1.5, 0.1, -2.25, 3.0, True]:
    random.seed(seed)
    print(seed, random.random())
