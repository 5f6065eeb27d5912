# Comments and processing instructions inside elements are dropped; text around them joins.
docs = [
    "<a>x<!-- c -->y</a>",
    "<a><?p data?>t<?q?></a>",
    "<a><!-- only a comment --></a>",
    "<a><b/><!-- c --><b/></a>",
    "<a><!----></a>",
]
for d in docs:
    print(Entity.from_bytes(d, "application/xml")["^value"])
try:
    Entity.from_bytes("<a><!-- bad -- comment --></a>", "application/xml")["^value"]
except ValueError as e:
    print(e)
