import random
random.seed(11)
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("ab", 4, counts=[3, 3]))
