from decimal import Decimal
print(hash(Decimal(5)) == hash(5), hash(Decimal("5.000")) == hash(5), hash(Decimal("0.5")) == hash(0.5), hash(Decimal("-1")) == hash(-1))
print(hash(Decimal("1.1")), hash(Decimal("-123.456")), hash(Decimal("1E+30")), hash(Decimal("Infinity")), hash(Decimal("0.001")))
d = {Decimal("1.0"): "one", Decimal("2.50"): "two and half"}
print(d[1], d[Decimal("2.5")], d.get(2.5), Decimal(3) in {3, 4})
print(len({Decimal("1"), Decimal("1.0"), 1, 1.0}))
