import socket
for f in [socket.htonl, socket.ntohl]:
    for v in [-1, 2**32, 2**64]:
        try:
            f(v)
        except OverflowError as e:
            print(e)
for f in [socket.htons, socket.ntohs]:
    for v in [-1, 65536, 2**32]:
        try:
            f(v)
        except OverflowError as e:
            print(e)
try:
    socket.htonl(1.5)
except TypeError as e:
    print(e)
try:
    socket.htons("1")
except TypeError as e:
    print(e)
