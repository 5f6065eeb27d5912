# Mixed content: text pieces around children are joined (then stripped) into "#text".
docs = [
    "<p>Hello <b>bold</b> world</p>",
    "<p><b>x</b>tail</p>",
    "<p>head<b>x</b></p>",
    "<p> a <i/> b <i/> c </p>",
    '<p k="v">t<c/></p>',
    "<p>1<q>2<r>3</r>4</q>5</p>",
]
for d in docs:
    print(Entity.from_bytes(d, "application/xml")["^value"])
