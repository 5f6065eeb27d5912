import random
random.seed(314)
deck = list(range(1, 21))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
words = ["alpha", "beta", "gamma", "delta"]
random.shuffle(words)
print(words)
empty = []
random.shuffle(empty)
print(empty)
