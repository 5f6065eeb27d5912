# Build and parse query strings by hand, with percent-encoding of reserved characters.
def encode(s):
    safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~"
    return "".join(c if c in safe else "".join(f"%{b:02X}" for b in c.encode()) for c in str(s))

def decode(s):
    out = bytearray()
    i = 0
    while i < len(s):
        if s[i] == "%":
            out.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            out.extend(("" + (" " if s[i] == "+" else s[i])).encode())
            i += 1
    return out.decode()

params = {"q": "blue shoes & socks", "page": 2, "lang": "fr-CA", "name": "Zoë", "empty": ""}
qs = "&".join(f"{encode(k)}={encode(v)}" for k, v in params.items())
print(qs)
parsed = {}
for pair in qs.split("&"):
    k, _, v = pair.partition("=")
    parsed[decode(k)] = decode(v)
print(parsed)
print(parsed == {k: str(v) for k, v in params.items()})
print(decode("a+b%20c%2Bd"), encode("100% /path?x=1"))
