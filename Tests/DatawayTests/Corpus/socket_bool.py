import socket
print(socket.htons(True), socket.htonl(True), socket.ntohs(False))
ports = [80, 443, 8080, 65535]
print([socket.ntohs(socket.htons(p)) for p in ports] == ports)
print([socket.htons(p) for p in ports])
