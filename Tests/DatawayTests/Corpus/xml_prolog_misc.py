# Declarations, comments, processing instructions and DOCTYPEs around the root are skipped.
docs = [
    '<?xml version="1.0"?><a>1</a>',
    '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<a>1</a>\n',
    "<!-- leading comment --><a><!-- inner -->2</a><!-- trailing -->",
    '<?xml-stylesheet type="text/xsl" href="s.xsl"?><a><?pi data?>3</a>',
    "<!DOCTYPE a><a>4</a>",
    '<!DOCTYPE a SYSTEM "a.dtd"><a>5</a>',
    "<!DOCTYPE a [<!ELEMENT a (#PCDATA)>]><a>6</a>",
    "\n\n  <a>7</a>  \n",
    "\ufeff<a>8</a>",
]
for d in docs:
    print(repr(Entity.from_bytes(d, "application/xml")["^value"]))
