import re
def to_f(m):
    c = float(m.group(1))
    return "%.1fF" % (c * 9 / 5 + 32)
print(re.sub(r"(-?\d+(?:\.\d+)?)C\b", to_f, "Temps: 20C, -5.5C, 100C and 7CC"))
print(re.sub(r"\w+", lambda m: m.group()[::-1], "abc def"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) + 1), "a9 b99 c"))
print(re.sub(r"x", lambda m: None, "axbxc"))
try:
    re.sub(r"x", lambda m: 5, "axb")
except TypeError as e:
    print("TypeError:", e)
counter = [0]
def numbered(m):
    counter[0] += 1
    return "%d:%s" % (counter[0], m.group())
print(re.sub(r"[aeiou]", numbered, "education", count=3))
