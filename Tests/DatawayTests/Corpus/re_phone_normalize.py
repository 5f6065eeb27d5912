import re
nums = ["(555) 123-4567", "555.123.4567", "+1 555 123 4567", "5551234567", "123-45"]
for n in nums:
    digits = re.sub(r"\D", "", n)
    m = re.fullmatch(r"1?(\d{3})(\d{3})(\d{4})", digits)
    print(n, "->", "%s-%s-%s" % m.groups() if m else None)
print(re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", "call 5551234567 or 5559876543"))
