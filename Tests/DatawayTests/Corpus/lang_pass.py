# pass in every kind of block.
def nothing():
    pass

print(nothing())

for i in range(3):
    pass
print("for done", i)

while False:
    pass

if True:
    pass
else:
    pass

try:
    pass
except Exception:
    pass
else:
    print("try with pass: else ran")
finally:
    print("finally ran")

def stub(a, b=1, *c, **d):
    """Only a docstring."""

print(stub(1))

def only_pass_in_branch(x):
    if x:
        pass
    else:
        return "falsy"
    return "truthy"

print(only_pass_in_branch(1), only_pass_in_branch(0))
lam = lambda: None
print(lam())
