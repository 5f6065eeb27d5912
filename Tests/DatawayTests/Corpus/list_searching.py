# Finding items in lists: in, index, next with default, comprehension filters.
users = [{"id": 3, "name": "cy"}, {"id": 1, "name": "ann"}, {"id": 2, "name": "bob"}]
ids = [u["id"] for u in users]
print(2 in ids, 5 in ids, ids.index(2))
by_id = next((u for u in users if u["id"] == 1), None)
missing = next((u for u in users if u["id"] == 9), None)
print(by_id, missing)
print(next((i for i, u in enumerate(users) if u["name"].startswith("b")), -1))
print([u["name"] for u in users if u["id"] > 1])
print(max(users, key=lambda u: u["id"])["name"], min(users, key=lambda u: u["name"])["id"])
print(sorted(users, key=lambda u: u["id"])[0])
lookup = {u["id"]: u for u in users}
print(lookup[2]["name"], lookup.get(7, {}).get("name", "?"))
nums = [4, 8, 15, 16, 23, 42]
print([n for n in nums if n % 2], next(n for n in nums if n > 10), nums[-1] if nums else None)
print(any(n > 40 for n in nums), [i for i, n in enumerate(nums) if n in (15, 42)])
