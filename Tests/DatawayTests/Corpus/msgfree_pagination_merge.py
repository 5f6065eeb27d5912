# Merge paginated API responses, dedupe by id, keep the newest version.
pages = [
    {"page": 1, "next": 2, "items": [{"id": 3, "v": 1, "name": "c"}, {"id": 1, "v": 1, "name": "a"}]},
    {"page": 2, "next": 3, "items": [{"id": 2, "v": 1, "name": "b"}, {"id": 3, "v": 2, "name": "c2"}]},
    {"page": 3, "next": None, "items": [{"id": 1, "v": 3, "name": "a3"}, {"id": 4, "v": 1, "name": "d"}]},
]
latest = {}
fetched = 0
page_no = 1
by_page = {p["page"]: p for p in pages}
while page_no is not None:
    page = by_page[page_no]
    for item in page["items"]:
        fetched += 1
        cur = latest.get(item["id"])
        if cur is None or item["v"] > cur["v"]:
            latest[item["id"]] = item
    page_no = page["next"]
print("fetched", fetched, "unique", len(latest))
for k in sorted(latest):
    print(latest[k])
print([latest[k]["name"] for k in latest])
print({"total": len(latest), "ids": sorted(latest), "maxVersion": max(i["v"] for i in latest.values())})
