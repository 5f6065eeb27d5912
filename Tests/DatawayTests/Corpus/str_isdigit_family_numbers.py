# Distinguish isdecimal / isdigit / isnumeric, and what int()/float() accept.
for s in ["123", "０１２", "٠١٢", "²³", "⑦", "½", "Ⅳ", "一二三", "1.5", "-1", "１２.５"]:
    row = [s.isdecimal(), s.isdigit(), s.isnumeric()]
    try:
        as_int = int(s)
    except ValueError:
        as_int = "ValueError"
    try:
        as_float = float(s)
    except ValueError:
        as_float = "ValueError"
    print(repr(s), row, as_int, as_float)
print(sum(int(c) for c in "٣٤٥"), int("０10"))
