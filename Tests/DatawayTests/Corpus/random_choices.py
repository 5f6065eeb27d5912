import random
random.seed(77)
print(random.choices(["a", "b", "c"], k=10))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=8))
print(random.choices([1, 2, 3]))
print(random.choices("xy", weights=[0.25, 0.75], k=6))
try:
    random.choices([1, 2], weights=[1], k=2)
except ValueError as e:
    print(e)
