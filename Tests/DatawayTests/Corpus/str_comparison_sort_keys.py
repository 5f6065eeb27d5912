# Sorting strings: default code point order versus key functions.
names = ["bob", "Alice", "alice", "Émile", "zoë", "Zed", "10-item", "9-item", "_x", " sp"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=str.casefold, reverse=True))
print(sorted(names, key=len))
print(sorted(names, key=lambda s: (len(s), s)))
def natural_key(s):
    head = ""
    for ch in s:
        if ch.isdigit():
            head += ch
        else:
            break
    return (int(head) if head else float("inf"), s)
print(sorted(["10-item", "9-item", "100-x", "abc", "2-b"], key=natural_key))
print(min(names), max(names), min(names, key=str.lower))
print("a" < "B", "a".lower() < "B".lower(), "ä" > "z")
