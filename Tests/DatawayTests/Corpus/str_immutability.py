# Strings are immutable: item assignment fails; methods return new strings.
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
t = s
s = "H" + s[1:]
print(s, t, s is t)
u = t.upper()
print(t, u)
chars = list(t)
chars[0] = "J"
print("".join(chars), t)
original = "abc"
copy = original.replace("x", "y")
print(copy == original)
parts = original.split(",")
print(parts, parts[0] == original)
r = t
r += " world"
print(t, "|", r)
try:
    t.append("!")
except AttributeError as e:
    print("AttributeError:", e)
