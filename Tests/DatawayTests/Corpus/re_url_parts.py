import re
URL = re.compile(r"^(?P<scheme>[a-z][a-z0-9+.-]*)://(?:(?P<user>[^:@/]+)(?::(?P<pw>[^@/]*))?@)?(?P<host>[^:/?#]+)(?::(?P<port>\d+))?(?P<path>/[^?#]*)?(?:\?(?P<query>[^#]*))?(?:#(?P<frag>.*))?$", re.I)
for u in ["https://example.com/a/b?x=1&y=2#top", "ftp://bob:secret@files.example.org:2121/pub", "HTTP://host", "not a url"]:
    m = URL.match(u)
    print(u, "->", m.groupdict() if m else None)
print(dict(re.findall(r"([^&=]+)=([^&]*)", "a=1&b=&c=three")))
