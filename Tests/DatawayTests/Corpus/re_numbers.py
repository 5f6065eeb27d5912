import re
text = "Prices: $1,234.50, 99c, -12.5%, 3e8 m/s, .5 and 7."
print(re.findall(r"-?\d+(?:,\d{3})*(?:\.\d+)?", text))
print(re.findall(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", text))
print([float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*\.\d+", text)])
print(re.sub(r"(\d+)c\b", lambda m: "$0.%02d" % int(m.group(1)), text))
print(re.match(r"^0x[0-9a-f]+$", "0x1F", re.I) is not None, int(re.match(r"0x([0-9a-f]+)", "0x1f").group(1), 16))
