for s in ["a b  c", "  é ü\tx\n", "", "   ", "one", "a\nb\r\nc\u2028d", "x y z"]:
    print(s.split(), [len(p) for p in s.split()], [p.isascii() for p in s.split()], s.split(None, 1), s.rsplit(None, 1), s.splitlines(), s.splitlines(True), s.rsplit(" ", 1), s.split(" ", 1))
    print(s.split(" "), s.split("  "), [len(p) for p in s.split(" ")])
