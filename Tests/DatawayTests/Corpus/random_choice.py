import random
random.seed(99)
colors = ["red", "green", "blue", "yellow"]
print([random.choice(colors) for _ in range(12)])
print(random.choice("abcdefghij"), random.choice((1, 2, 3)), random.choice(range(1000)))
try:
    random.choice([])
except IndexError as e:
    print(e)
