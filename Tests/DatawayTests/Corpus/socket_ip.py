import socket
import struct
def ip_to_int(ip):
    a, b, c, d = [int(x) for x in ip.split(".")]
    return (a << 24) | (b << 16) | (c << 8) | d
for ip in ["192.168.1.10", "10.0.0.1", "255.255.255.255"]:
    n = ip_to_int(ip)
    print(ip, n, socket.htonl(n), struct.pack("!I", n).hex(), struct.pack("=I", socket.htonl(n)).hex())
print(socket.htons(8080), struct.pack("!H", 8080))
