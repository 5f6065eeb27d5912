# Padding and alignment methods.
for w in [0, 3, 7, 8, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)))
print(repr("ab".center(5, "*")), repr("ab".center(6, "*")), repr("abc".center(6, "-")), repr("abc".center(4, "-")))
print(repr("x".center(4, "é")), repr("日本".ljust(5, "・")), repr("é".rjust(3, "0")))
print(repr("".center(3, ".")), repr("long text".center(3)))
print(repr("42".rjust(6, "0")), repr("-42".rjust(6, "0")), repr("-42".zfill(6)))
rows = [("Item", "Qty"), ("apple", "3"), ("watermelon", "12")]
for name, qty in rows:
    print(name.ljust(12, ".") + qty.rjust(4))
print("|" + "title".center(20, "=") + "|")
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".ljust("5")
except TypeError as e:
    print("TypeError:", e)
