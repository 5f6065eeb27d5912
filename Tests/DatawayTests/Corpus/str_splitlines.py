# splitlines recognises many line boundaries; keepends keeps them.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(len(s.splitlines()), len(s.split("\n")))
print("a\nb\n".splitlines(), "a\nb\n".split("\n"), "".splitlines(), "\n".splitlines())
print("a\n\nb".splitlines(), "a\r\n\r\nb".splitlines(True))
print("x\ny\r\nz\r".splitlines(keepends=True))
print("no newline".splitlines(), "trailing\n\n".splitlines())
text = """first line
  second line

fourth line"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
print([l for l in "a\r\nb\n\rc".splitlines()])
