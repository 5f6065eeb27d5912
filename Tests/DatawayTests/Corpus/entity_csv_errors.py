# Ragged rows and bad text name the format and the line.
cases = [
    "a,b,c\n1,2,3\n4,5\n",
    "a,b\n1,2\n3,4,5\n",
    'a,b\n1,"2\n3,4\n',
    "a,b\r\n1,2\r\n\r\n3\r\n",
]
for body in cases:
    try:
        print(Entity.from_bytes(body, "application/csv")["^value"])
    except ValueError as e:
        print(e)
try:
    Entity.from_bytes(b"a,b\n\xff,1\n", "application/csv")["^value"]
except ValueError as e:
    print(e)
try:
    Entity.from_bytes('a,b\n"x"y\rz,1\n', "application/csv")["^value"]
except ValueError as e:
    print(e)
