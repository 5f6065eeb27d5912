import re
s = "Café naïve 東京 123 ٤٥ _x ß"
print(re.findall(r"\w+", s))
print(re.findall(r"\w+", s, re.ASCII))
print(re.findall(r"\d+", s), re.findall(r"\d+", s, re.A))
print(re.findall(r"\s", "a\u00a0b\u2003c\td"))
print(re.findall(r"[^\x00-\x7f]+", s))
print(re.sub(r"[àáâäèéêëìíîïòóôöùúûü]", "_", "déjà vu über"))
print(re.findall(r"(?i)é", "É é e"))
print(len(re.findall(r".", "😀a😀")))
