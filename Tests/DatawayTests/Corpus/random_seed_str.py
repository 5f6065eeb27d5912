import random
for seed in ["hello", "", "order-12345", b"bytes-seed", bytearray(b"ba"), "\u4e2d\u6587"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 1000))
