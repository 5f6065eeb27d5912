import random
random.seed(2023)
orders = []
for i in range(8):
    orders.append({"id": "ORD%04d" % random.randrange(10000), "qty": random.randint(1, 5), "price": round(random.uniform(1, 100), 2), "tag": random.choice(["new", "vip", "std"])})
for o in orders:
    print(o)
print(random.sample([o["id"] for o in orders], 3))
