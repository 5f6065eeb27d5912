from datetime import date, timedelta
def month_end(d):
    nxt = d.replace(day=28) + timedelta(days=4)
    return nxt - timedelta(days=nxt.day)
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = month_end(date(y, m, 1)).day
    return date(y, m, min(d.day, last))
for d in [date(2024, 1, 31), date(2024, 2, 10), date(2023, 2, 1), date(2024, 12, 15)]:
    print(d, month_end(d), add_months(d, 1), add_months(d, -13))
