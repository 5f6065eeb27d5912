# hex() and fromhex(), with separators.
b = b"\x00\x0f\xf0\xffAB"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), bytearray(b).hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad be ef"), bytes.fromhex(" 41 42\n43 "))
print(bytes.fromhex(""), bytearray.fromhex("ff00"), bytes.fromhex("DEADbeef"))
print(bytes.fromhex(b.hex()) == b, b"hello".hex(), len(b"hello".hex()))
for bad in ["abc", "zz", "0x10", "a b"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print("ValueError:", e)
print([f"{x:02x}" for x in b"\x01\xab"], "".join(f"{x:02X}" for x in b"\x01\xab"))
print(b"\xca\xfe".hex().upper(), int(b"\xca\xfe".hex(), 16), int.from_bytes(b"\xca\xfe", "big"))
