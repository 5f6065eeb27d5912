# Default parameter values, including the shared-mutable-default behaviour.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))
print(greet("Di", punct="."))

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1))
print(safe_append(2))

N = 10
def uses_n(x=N):
    return x
N = 20
print(uses_n())
print(uses_n(5))

def many(a, b=2, c=3, d=4):
    return (a, b, c, d)
print(many(1))
print(many(1, 5))
print(many(1, d=9))
print(many(1, 2, d=0, c=7))
