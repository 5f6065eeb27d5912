import socket
print(socket.htonl(1), socket.ntohl(16777216), socket.htons(1), socket.ntohs(256))
print(socket.htonl(0x12345678) == 0x78563412, hex(socket.htons(0xABCD)))
print(socket.htonl(0), socket.htons(0), socket.htonl(4294967295), socket.htons(65535))
print(socket.ntohl(socket.htonl(123456789)), socket.ntohs(socket.htons(4321)))
