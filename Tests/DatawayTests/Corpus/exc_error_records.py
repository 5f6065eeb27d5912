# Collecting structured error records instead of failing (typical integration pattern).
rows = [{"id": "1", "amount": "10.50", "email": "a@x.io"}, {"id": "two", "amount": "5", "email": "b@x.io"},
        {"id": "3", "amount": "abc", "email": "c@x.io"}, {"id": "4", "amount": "7.25"},
        {"id": "5", "amount": "-1", "email": "bad"}]
good, bad = [], []
for n, row in enumerate(rows, 1):
    try:
        rid = int(row["id"])
        amount = float(row["amount"])
        email = row["email"]
        if amount < 0:
            raise ValueError(f"negative amount {amount}")
        if "@" not in email:
            raise ValueError(f"bad email {email!r}")
        good.append({"id": rid, "amount": round(amount, 2), "email": email})
    except KeyError as e:
        bad.append({"row": n, "error": "missing field " + str(e)})
    except ValueError as e:
        bad.append({"row": n, "error": str(e)})
for g in good:
    print("ok ", g)
for b in bad:
    print("err", b)
print(f"{len(good)} ok, {len(bad)} failed, total {sum(g['amount'] for g in good):.2f}")
