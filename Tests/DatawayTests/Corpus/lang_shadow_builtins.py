# Local names may shadow builtins; the builtin returns after del.
def f():
    sum = 0
    for i in range(4):
        sum += i
    max = "shadowed"
    return sum, max

print(f())
print(sum([1, 2]), max(1, 2))
list = [1, 2, 3]
print(list)
del list
print(list("ab"))
len = lambda x: "fake len"
print(len([1]))
del len
print(len([1]))
def g(str):
    return str * 2
print(g(4), str(4))
type = "a string"
print(type)
del type
print(type(3))
id = 7
print(id + 1)
del id
print(id(1) == id(1))
