# str.maketrans in its three forms, and translate.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc abc!".translate(t1))
t2 = str.maketrans("ae", "AE", "lo")
print("hello apple".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "three", "é": "e"})
print(sorted(t3.items()))
print("abcabc café".translate(t3))
print("hello".translate({104: "J", 111: "0"}), "hello".translate({104: 74}))
print("hello".translate({ord("l"): None}), "hello".translate({}))
strip_punct = str.maketrans("", "", ",.!?;:")
print("Hello, world! How are you?".translate(strip_punct))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)
print("日本".translate(str.maketrans("日", "月")))
