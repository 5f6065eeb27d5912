# split, join, replace, strip on bytes.
data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n"
lines = data.split(b"\r\n")
print(lines)
method, path, version = lines[0].split(b" ")
print(method, path, version)
headers = {}
for line in lines[1:]:
    if line:
        k, _, v = line.partition(b": ")
        headers[k.decode()] = v.decode()
print(headers)
print(b" a  b ".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a b c".rsplit(None, 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]), b", ".join([]))
print(b"hello world".replace(b"o", b"0"), b"aaa".replace(b"a", b"b", 2))
print(b"  \t pad \n".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
print(b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
try:
    b",".join(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".split("b")
except TypeError as e:
    print("TypeError:", e)
