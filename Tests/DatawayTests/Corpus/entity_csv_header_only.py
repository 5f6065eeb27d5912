# Edge cases of CSV bodies: header only, blank lines, trailing newline missing, BOM.
for body in ["a,b\r\n", "a,b", "\r\n\r\na,b\r\n\r\n1,2\r\n\r\n", "a,b\r\n1,2", "\ufeffa,b\r\n1,2\r\n", "a\r\n\r\n"]:
    print(repr(body), Entity.from_bytes(body, "text/csv")["^value"])
