# Iterating over strings: chars, enumerate, zip, reversed, sorted, set.
word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(word), "".join(sorted(word)), "".join(sorted(set(word))))
print(list(reversed("abc")), list(enumerate("ab")), list(zip("abc", "xy")))
print([c for c in "Hello World" if c.isupper()], sum(c.isdigit() for c in "a1b22c333"))
print(max(word, key=word.count), min(word))
vowels = "aeiou"
print("".join(c for c in "programming" if c not in vowels))
print(any(c.isspace() for c in "no_space"), all(c.isalpha() for c in "letters"))
print(list(map(ord, "AZ")), list(map(str.upper, "az")))
first_repeat = None
seen = ""
for ch in "abcdcba":
    if ch in seen:
        first_repeat = ch
        break
    seen += ch
print(first_repeat, seen)
