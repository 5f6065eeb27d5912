from datetime import date, timedelta
def add_business_days(d, n):
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d
start = date(2024, 3, 1)
for n in [1, 5, 10, 22]:
    print(n, add_business_days(start, n))
def business_days_between(a, b):
    return sum(1 for i in range((b - a).days) if (a + timedelta(days=i)).weekday() < 5)
print(business_days_between(date(2024, 1, 1), date(2024, 2, 1)))
