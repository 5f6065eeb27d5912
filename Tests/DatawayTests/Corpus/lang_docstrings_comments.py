"""Module docstring: evaluated and discarded in script mode."""
# A comment line.
x = 1  # trailing comment
# x = 2  (commented out)


def documented(a, b):
    """Add two numbers.

    The docstring is the first statement; it does not affect the result.
    """
    # comment inside a function
    return a + b  # done


def only_docstring():
    'single-quoted docstring'


print(documented(2, 3), x)
print(only_docstring())
"""A bare string statement in the middle of code is also fine."""
values = [
    1,  # first
    # a comment between elements
    2,
]
print(values)
s = "# not a comment"
print(s)
print("""triple "quoted" string
with # hash and 'quotes'""")
total = (1 +  # comment after operator
         2)
print(total)
if x:
    # comment-only line in a block
    print("block")
