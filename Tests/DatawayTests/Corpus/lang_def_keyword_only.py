# Keyword-only parameters after * or *args.
def connect(host, *, port=80, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port}"

print(connect("a.com"))
print(connect("a.com", port=8080))
print(connect("a.com", secure=True, port=443))

def required_kw(*, key):
    return key * 2

print(required_kw(key=21))
print(required_kw(key="ab"))

def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3))
print(mixed(1, c=3, d=0, e=9))
print(mixed(a=1, c=2))

try:
    connect("a.com", 8080)
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw(1)
except TypeError as e:
    print("TypeError:", e)
