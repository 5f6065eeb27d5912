# *args collects extra positional arguments into a tuple.
def total(*nums):
    print("got", nums, type(nums))
    return sum(nums)

print(total())
print(total(1))
print(total(1, 2, 3))

def head_and_rest(first, *rest):
    return first, rest

print(head_and_rest(1))
print(head_and_rest(1, 2, 3))

values = [4, 5, 6]
print(total(*values))
print(total(*values, 7, *(8, 9)))
print(head_and_rest(*"abc"))

def joiner(sep, *parts):
    return sep.join(str(p) for p in parts)

print(joiner("-", 1, 2, 3))
print(joiner(", "))
print(joiner("/", *range(5)))

def count_args(*a):
    return len(a)
print(count_args(*[], *()))
print(count_args(*range(10)))
