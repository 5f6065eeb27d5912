# Entity declarations are refused: no billion laughs, no external entities.
laughs = """<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>"""
xxe = """<?xml version="1.0"?>
<!DOCTYPE data [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<data>&secret;</data>"""
param = '<!DOCTYPE a [<!ENTITY % p "x">]><a/>'
inline = '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'
for name, doc in [("laughs", laughs), ("xxe", xxe), ("param", param), ("inline", inline)]:
    try:
        print(name, Entity.from_bytes(doc, "application/xml")["^value"])
    except ValueError as e:
        print(name, "->", e)
ok = Entity.from_bytes('<!DOCTYPE a SYSTEM "http://example.com/a.dtd"><a>&undeclared;safe</a>', "application/xml")
print(ok["a"])
