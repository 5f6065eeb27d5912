from datetime import date
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
today = date(2024, 3, 5)
for b in [date(1990, 3, 5), date(1990, 3, 6), date(2000, 2, 29), date(2023, 12, 31)]:
    print(b, age(b, today), (today - b).days)
print(date(2024, 2, 29).replace(year=2025) if False else "skip")
try:
    date(2024, 2, 29).replace(year=2023)
except ValueError as e:
    print("ValueError:", e)
