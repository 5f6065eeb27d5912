# str.count with substrings, empty needle, and start/end.
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("z"), s.count(""))
print(s.count("a", 5), s.count("a", 2, 8), s.count("a", -4), s.count("a", -4, -1))
print("aaaa".count("aa"), "aaaaa".count("aa"), "".count(""), "".count("a"), "abc".count("", 1))
print("héllo héllo".count("é"), "😀x😀".count("😀"), "ABC".count("a"))
print(s.count("an", 100), s.count("", 3, 5), s.count("", 10, 2))
text = "the cat and the hat and the bat"
print({w: text.count(w) for w in ["the", "and", "at", "cat", "dog"]})
print(text.split().count("the"), text.count(" "))
