# startswith/endswith with tuples and start/end arguments.
url = "https://example.com/api/v1/users.json"
print(url.startswith("https://"), url.startswith("http://"), url.endswith(".json"), url.endswith(".xml"))
print(url.startswith(("http://", "https://")), url.endswith((".xml", ".csv")), url.endswith(()))
print(url.startswith("example", 8), url.startswith("example", 8, 10), url.endswith("api", 0, 23))
print(url.startswith(""), "".startswith(""), "".endswith("a"), "abc".endswith("", 5))
print("abc".startswith("abc", 0, 2), "abc".startswith("a", -3), "abc".endswith("c", -1))
print("héllo".startswith("hé"), "日本語".endswith("語"), "😀smile".startswith("😀"))
files = ["a.csv", "b.json", "c.CSV", "d.txt", "e.json.bak"]
print([f for f in files if f.lower().endswith((".csv", ".json"))])
try:
    url.startswith(["http"])
except TypeError as e:
    print("TypeError:", e)
print("abc".startswith("b", 1), "abc".startswith("b", 1, 1), "abc".endswith("b", 0, -1))
print("abc".startswith("abcd"), "abc".endswith("xabc"), "abc".startswith("a", 10))
