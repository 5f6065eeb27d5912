# Wrap results in a standard API envelope with pagination metadata.
import json
items = [{"id": i, "name": f"item-{i:03d}", "price": round(i * 1.1, 2)} for i in range(1, 24)]
def page(items, page_no, per_page):
    total = len(items)
    pages = (total + per_page - 1) // per_page
    start = (page_no - 1) * per_page
    chunk = items[start:start + per_page]
    return {
        "data": chunk,
        "meta": {"page": page_no, "perPage": per_page, "total": total, "pages": pages,
                 "hasNext": page_no < pages, "hasPrev": page_no > 1},
        "links": {"next": f"/items?page={page_no + 1}" if page_no < pages else None,
                  "prev": f"/items?page={page_no - 1}" if page_no > 1 else None},
    }
for p in (1, 3, 5):
    env = page(items, p, 10)
    print(json.dumps(env["meta"]), json.dumps(env["links"]), [d["id"] for d in env["data"]])
print(json.dumps(page(items, 3, 10), separators=(",", ":"))[:160])
print(json.dumps(page(items[:2], 1, 5), indent=2))
