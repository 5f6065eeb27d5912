import random
random.seed(7)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
for args in [(0,), (5, 5), (1, 10, 0), (10, 1)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(args, e)
