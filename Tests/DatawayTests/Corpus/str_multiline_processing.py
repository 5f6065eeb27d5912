# Indentation, wrapping and joining lines by hand.
text = "The quick brown fox jumps over the lazy dog and keeps running far away"
width = 20
lines, cur = [], ""
for word in text.split():
    if cur and len(cur) + 1 + len(word) > width:
        lines.append(cur)
        cur = word
    else:
        cur = word if not cur else cur + " " + word
if cur:
    lines.append(cur)
for l in lines:
    print("|" + l.ljust(width) + "|")
indented = "\n".join("    " + l for l in lines)
print(indented)
code = """
    def f():
        return 1
"""
stripped = [l for l in code.splitlines() if l.strip()]
margin = min(len(l) - len(l.lstrip()) for l in stripped)
print("\n".join(l[margin:] for l in stripped))
print(repr("\n".join(["a", "b"]) + "\n"))
