# Calling with keyword arguments in any order, mixing positional and keyword.
def describe(name, age, city="Nowhere"):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30))
print(describe(age=41, name="Bob"))
print(describe("Cy", city="Oslo", age=22))
print(describe("Di", 50, "Rome"))

def box(width, height, depth=1, unit="cm"):
    return f"{width}x{height}x{depth} {unit}"

print(box(1, 2))
print(box(height=3, width=4))
print(box(1, 2, unit="mm"))
print(box(1, 2, 3, "in"))

args = {"width": 7, "height": 8}
print(box(**args))
print(box(**args, unit="m"))
print(box(*[9, 10], **{"depth": 11}))

def kw_only_order(a, b):
    return a - b
print(kw_only_order(b=1, a=10))
print(kw_only_order(10, b=1))
