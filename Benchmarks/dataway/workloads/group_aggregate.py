# group_aggregate: filter 150k orders, group by region / customer / month and
# aggregate (counts, sums, averages, min/max, top-N).
# Payload: {"orders": [{id, customer, region, status, discount, created,
#           items: [{sku, qty, price}]}, ...]}

KEEP = ("paid", "shipped")


def order_net(o):
    gross = 0.0
    for it in o["items"]:
        gross += it["qty"] * it["price"]
    return gross * (1 - o["discount"])


def dw_process(msg):
    by_region = {}
    by_customer = {}
    by_month = {}
    skus = {}
    skipped = 0
    for o in msg.payload["orders"]:
        if o["status"] not in KEEP:
            skipped += 1
            continue
        net = order_net(o)
        by_region.setdefault(o["region"], []).append(net)
        c = by_customer.get(o["customer"])
        if c is None:
            c = {"orders": 0, "total": 0.0, "units": 0}
            by_customer[o["customer"]] = c
        c["orders"] += 1
        c["total"] += net
        c["units"] += sum(it["qty"] for it in o["items"])
        month = o["created"][:7]
        by_month[month] = by_month.get(month, 0) + 1
        for it in o["items"]:
            skus[it["sku"]] = skus.get(it["sku"], 0) + it["qty"]

    regions = {}
    for region in sorted(by_region):
        vals = by_region[region]
        total = 0.0
        for v in vals:
            total += v
        regions[region] = {
            "orders": len(vals),
            "revenue": round(total, 2),
            "avg": round(total / len(vals), 2),
            "max": round(max(vals), 2),
            "min": round(min(vals), 2),
        }
    top = sorted(by_customer.items(), key=lambda kv: (-kv[1]["total"], kv[0]))[:10]
    top_customers = [
        {"customer": k, "orders": v["orders"], "total": round(v["total"], 2),
         "avg": round(v["total"] / v["orders"], 2), "units": v["units"]}
        for k, v in top
    ]
    top_skus = sorted(skus.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return {
        "kept": sum(len(v) for v in by_region.values()),
        "skipped": skipped,
        "customers": len(by_customer),
        "regions": regions,
        "months": {m: by_month[m] for m in sorted(by_month)},
        "topCustomers": top_customers,
        "topSkus": [[k, n] for k, n in top_skus],
    }
