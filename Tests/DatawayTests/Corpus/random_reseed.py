import random
random.seed(1000)
first = [random.random() for _ in range(5)]
random.seed(1000)
second = [random.random() for _ in range(5)]
print(first == second)
print(first)
state_a = [random.randint(0, 9) for _ in range(10)]
random.seed(1000)
random.random()
print(state_a, random.random())
