# isalnum isalpha isascii isdecimal isdigit isnumeric isspace isprintable on many strings.
samples = ["abc", "ABC123", "abc 123", "", "123", "12.5", "-1", " ", "\t\n", "é", "日本",
           "²", "½", "٣", "Ⅻ", "①", "\x00", "\x7f", "a\nb", "ﾃ", "\u00a0", "\u2028", "😀", "_"]
print("str         alnum alpha ascii decim digit numer space print")
for s in samples:
    flags = [s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(),
             s.isnumeric(), s.isspace(), s.isprintable()]
    print(f"{s!r:12}", " ".join(("  T  " if f else "  .  ") for f in flags))
codes = ["A-100", "200", "３００", "4O0"]
print([c for c in codes if c.isdigit()], [c for c in codes if c.isascii()])
print("".isascii(), "".isspace(), "".isprintable(), "".isalnum())
print("abc".isalpha(), "ab c".isalpha(), "ǅ".isalpha(), "\u0301".isalpha())
print(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0".isspace(), "\u200b".isspace())
