# zfill pads with zeros after any sign.
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-3.14", "12345", "١٢"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(0)), repr(s.zfill(2)))
print("7".zfill(3), str(-7).zfill(4), "--5".zfill(5), "+-5".zfill(5))
print([str(i).zfill(3) for i in [1, 22, 333, 4444]])
print("0x1f".zfill(8), "é".zfill(3))
invoice_numbers = [7, 42, 1234, 99999]
for n in invoice_numbers:
    print("INV-" + str(n).zfill(5), f"INV-{n:05d}", "INV-%05d" % n)
print("-0".zfill(3), "+".zfill(3), " 1".zfill(4))
try:
    "1".zfill("3")
except TypeError as e:
    print("TypeError:", e)
