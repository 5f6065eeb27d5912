# Realistic chains of string methods for cleaning input.
raw_names = ["  ALICE smith ", "bob  JONES", "  ", "Carol-Ann o'brien", "dave"]
clean = []
for n in raw_names:
    n = " ".join(n.split())
    if not n:
        continue
    clean.append(n.title())
print(clean)
slugs = [n.lower().replace(" ", "-").replace("'", "") for n in clean]
print(slugs)
email = "  John.Doe+tag@Example.COM "
local, _, domain = email.strip().lower().partition("@")
print(local.split("+")[0].replace(".", ""), domain)
phone = "(555) 123-4567"
digits = "".join(c for c in phone if c.isdigit())
print(digits, f"+1-{digits[:3]}-{digits[3:6]}-{digits[6:]}")
title = "the lord of the rings"
small = {"of", "the", "a", "an"}
words = title.split()
print(" ".join(w if (w in small and i) else w.capitalize() for i, w in enumerate(words)))
snake = "parseHTTPResponseCode"
out = ""
for i, c in enumerate(snake):
    if c.isupper() and i and (snake[i - 1].islower() or (i + 1 < len(snake) and snake[i + 1].islower())):
        out += "_"
    out += c.lower()
print(out)
print("-".join("2024/01/05".split("/")[::-1]))
