# str.join on every iterable and its type errors.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), " ".join("abc"))
print("-".join([]), "-".join(["solo"]), "\n".join(["line1", "line2"]))
print(", ".join(str(n) for n in range(5)), "+".join(map(str, [1.5, 2])))
print("/".join({"k1": 1, "k2": 2}), "|".join(sorted({"b", "a"})))
print("é".join(["日", "本"]), "😀".join("ab"), "".join(reversed("abc")))
print("::".join(["", "", ""]), repr(" ".join(["", "x", ""])))
for bad in [[1, 2], ["a", None], ["a", b"b"]]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
path = ["usr", "local", "bin"]
print("/" + "/".join(path), "\\".join(path))
print(", ".join(f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()))
