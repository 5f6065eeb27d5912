# Counting with dicts: get, setdefault, comprehension and most-common ordering.
text = "the rain in spain stays mainly in the plain"
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(letters)
most = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(most)
words = text.split()
wc = {w: words.count(w) for w in words}
print(wc)
lengths = {}
for w in words:
    lengths.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(bigrams)
print(sum(letters.values()), len(letters), max(letters.values()))
