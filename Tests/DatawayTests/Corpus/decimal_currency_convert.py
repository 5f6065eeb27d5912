from decimal import Decimal, ROUND_HALF_EVEN, getcontext
rates = {"USD": Decimal("1"), "EUR": Decimal("0.9215"), "CNY": Decimal("7.2381"), "JPY": Decimal("151.37")}
amount = Decimal("1234.56")
for cur, r in rates.items():
    places = Decimal("1") if cur == "JPY" else Decimal("0.01")
    print(cur, (amount * r).quantize(places, rounding=ROUND_HALF_EVEN))
print(amount / rates["CNY"])
getcontext().prec = 10
print(amount / rates["CNY"], amount * rates["JPY"])
