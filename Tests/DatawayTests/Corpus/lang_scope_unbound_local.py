# Assignment anywhere in a function makes the name local for the whole body.
x = "global x"

def reads_global():
    return x

def assigns_after_read():
    try:
        print(x)
    except NameError as e:
        print("NameError:", e)
        print(isinstance(e, NameError))
    x = "local x"
    return x

print(reads_global())
print(assigns_after_read())
print(x)

def counter_bug():
    total = 0
    def inc():
        try:
            total += 1
        except NameError as e:
            return "inner error: " + str(e)
        return total
    return inc()

print(counter_bug())

def loop_scope():
    for i in range(3):
        last = i
    return i, last

print(loop_scope())

def conditional_def(flag):
    if flag:
        y = 1
    try:
        return y
    except NameError as e:
        return str(e)

print(conditional_def(True), conditional_def(False))
