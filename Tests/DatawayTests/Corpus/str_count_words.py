# Word frequency with split, lower, strip punctuation and sorting.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""
words = [w.strip(".,;!?").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:<8}{c:>3} {'#' * c}")
print(len(words), len(freq))
longest = max(words, key=len)
print(longest, len(longest))
print(sorted(freq, key=len)[-3:])
