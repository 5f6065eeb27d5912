import random
random.seed(5)
print(random.sample(range(100), 10))
print(random.sample("abcdefghijklmnop", 5))
print(random.sample(range(10**6), 6))
print(random.sample([1, 2, 3], 3))
print(random.sample(range(50), 25))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print(e)
