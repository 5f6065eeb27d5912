import re
LINE = re.compile(r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)')
logs = [
    '10.0.0.1 - - [05/Mar/2024:12:00:01 +0800] "GET /index.html HTTP/1.1" 200 512',
    '192.168.1.20 - - [05/Mar/2024:12:00:02 +0800] "POST /api/orders HTTP/2.0" 201 -',
    'garbage line',
    '8.8.8.8 - - [05/Mar/2024:12:00:03 +0800] "DELETE /api/orders/7 HTTP/1.1" 404 0',
]
for line in logs:
    m = LINE.match(line)
    if not m:
        print('no match:', line)
        continue
    d = m.groupdict()
    print(d['ip'], d['method'], d['path'], int(d['status']), d['size'])
    print(' span', m.span('path'), m.lastgroup, m.lastindex)
