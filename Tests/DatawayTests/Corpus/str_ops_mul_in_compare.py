# Concatenation, repetition, membership and comparison of strings.
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, repr("ab" * -2), "" * 100)
print("a" in "abc", "abc" in "abc", "" in "", "ac" in "abc", "B" in "abc", "é" in "café")
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "Z" < "a", "a" < "á")
print("10" < "9", "apple" > "Apple", "a" * 3 == "aaa", "" < " ")
print(sorted(["banana", "Apple", "cherry", "apple", "éclair", "Zebra", "10", "9"]))
print(max("hello"), min("hello"), max(["b", "ab"]), min("Hello World"))
v = "abc"
print(v is not None, "x" + str(1) + str(2.5) + str(None))
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
s = "ab"
s *= 2
s += "!"
print(s)
