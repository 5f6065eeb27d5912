# String literal forms: escapes, raw, triple-quoted, implicit concatenation.
print("tab:\t|newline escaped: \\n|quote: \"|apostrophe: \'")
print('single "double" inside', "double 'single' inside")
print(r"raw \n \t \\ stays", R"RAW \d+")
print("unicode: \u00e9 \u4e2d \U0001F600")
print("hex: \x41\x42 octal: \101\102 nul-len:", len("\0"))
print("implicit " "concat" 'enation')
print(len("""a
b"""), repr("""a
b"""))
print(repr('\r\n\t\x00\x7f'), repr("é\u200b"), repr("\\"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print("line1\
 continued")
print(len(r"\n"), len("\n"), r"\\"[0])
b = b"bytes \x00\xff " rb"raw\n"
print(b, len(b))
print(ascii("naïve ☃"), repr("naïve ☃"))
print(repr("\U0001F600"), len("\U0001F600"))
print("\a\b\f\v" == "\x07\x08\x0c\x0b")
print(repr("\x1b[0m"), repr("\u2028"), repr("\xa0"), repr("\xad"))
