# partition and rpartition always return 3-tuples.
s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("#"), s.rpartition("#"))
print("".partition("x"), "".rpartition("x"))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("=start".partition("="), "end=".rpartition("="))
print("héllo wörld".partition(" "), "日本語".rpartition("本"))
header = "Content-Type: application/json; charset=utf-8"
name, _, value = header.partition(": ")
mime, _, params = value.partition(";")
print(name, "|", mime, "|", params.strip())
path = "/a/b/c.tar.gz"
head, sep, tail = path.rpartition("/")
base, dot, ext = tail.rpartition(".")
print(head, tail, base, ext, sep, dot)
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rpartition(None)
except TypeError as e:
    print("TypeError:", e)
