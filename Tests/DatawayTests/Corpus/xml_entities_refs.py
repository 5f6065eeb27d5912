# Predefined entities and numeric character references are resolved; CDATA is text.
docs = [
    "<a>&amp;&lt;&gt;&quot;&apos;</a>",
    "<a>&#65;&#x42;&#x43;&#100;</a>",
    "<a>&#x4e2d;&#25991;</a>",
    "<a><![CDATA[x < y && y > z]]></a>",
    "<a>before<![CDATA[<b>not a tag</b>]]>after</a>",
    '<a title="&lt;hi&gt; &amp; &#x263A;"/>',
    "<a>&#128512;</a>",
    "<a><![CDATA[]]></a>",
]
for d in docs:
    print(repr(Entity.from_bytes(d, "application/xml")["^value"]))
