from urllib.parse import urlparse
for u in ["http://h:80/", "http://h:/", "http://h", "http://[::1]:8080/", "http://[fe80::1%25eth0]/", "http://u@h:1/", "http://u:@h/", "http://:p@h/"]:
    r = urlparse(u)
    print(u, r.hostname, r.port, r.username, r.password)
for u in ["http://h:abc/", "http://h:70000/"]:
    try:
        print(urlparse(u).port)
    except ValueError as e:
        print(e)
try:
    urlparse("http://[::1/")
except ValueError as e:
    print(e)
