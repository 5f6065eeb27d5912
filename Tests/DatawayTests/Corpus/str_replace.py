# replace with counts, empty patterns and overlapping text.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"), "|", s.replace("fish", "cat", 1), "|", s.replace("fish", "cat", 0))
print(s.replace("fish", "cat", -1), "|", s.replace("x", "y"), "|", s.replace(" ", ""))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "abab".replace("ab", "ba"))
print(repr("abc".replace("", "-")), repr("abc".replace("", "-", 2)), repr("".replace("", "x")))
print("héllo".replace("é", "e"), "日本語".replace("本", "ほん"), "😀😀".replace("😀", ":)"))
print("a.b.c".replace(".", "", 1), "tab\there".replace("\t", "    "))
print("AbcABC".replace("A", "a"), "line1\r\nline2".replace("\r\n", "\n").split("\n"))
csv = "1;2;3"
print(csv.replace(";", ","), csv.replace(";", ", ").replace("1", "one"))
text = "The the THE"
print(text.replace("the", "a"), text.lower().replace("the", "a"))
print(repr("x".replace("x", "")), "banana".replace("a", "o", 2))
try:
    "abc".replace("a")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".replace(1, "x")
except TypeError as e:
    print("TypeError:", e)
