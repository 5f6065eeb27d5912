# global statement: read and rebind module-level names from inside functions.
counter = 0
names = []

def bump():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 100

bump()
bump()
print(counter, read_only())

def add_name(n):
    names.append(n)  # mutation needs no global statement

add_name("x")
add_name("y")
print(names)

def reset():
    global counter, names
    counter = 0
    names = []

reset()
print(counter, names)

def create_new():
    global created
    created = "I exist now"

create_new()
print(created)

def shadow():
    counter = 999
    return counter

print(shadow(), counter)

def nested_global():
    def inner():
        global counter
        counter = 42
    inner()
nested_global()
print(counter)
