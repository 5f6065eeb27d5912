# f-strings: expressions, !r, !s, !a, nested quotes, escapes.
name = "Ada"
age = 36
items = ["x", "y"]
d = {"key": "value"}
print(f"{name} is {age}")
print(f"{name!r} {name!s} {'é'!a} {name!a}")
print(f"{age + 1} {age * 2} {age > 30}")
print(f"{items} {items[0]} {len(items)}")
print(f"{d['key']} {d}")
print(f"{{literal braces}} {{{age}}}")
print(f"{'quoted'} {'x' if age else 'y'}")
print(f"{name.upper()} {name.lower()[::-1]}")
print(f"{None} {True} {3.0} {1e20} {[1, 'a']!r} {(1,)}")
print(f"tab\tnewline-escaped\\n")
print(f"age={age!r}")
width = 6
print(f"[{name:>{width}}] [{name:<{width}}] [{name:^{width}}]")
print(f"{'multi'}" f"{'part'}" "plain")
print(F"upper F prefix {1 + 1}")
x = 3.14159
print(rf"raw \n {x:.2f}")
print(f"{'nested ' + f'{age}'}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{-age} {+age} {~age} {not age}")
