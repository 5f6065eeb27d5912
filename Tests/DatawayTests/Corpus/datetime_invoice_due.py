from datetime import datetime, timedelta
invoices = [
    {"id": "INV-1", "issued": "2024-01-15T09:00:00", "terms": 30, "paid": "2024-02-10T12:00:00"},
    {"id": "INV-2", "issued": "2024-01-20T09:00:00", "terms": 15, "paid": None},
    {"id": "INV-3", "issued": "2023-12-28T16:45:00", "terms": 45, "paid": "2024-02-15T08:00:00"},
]
as_of = datetime(2024, 2, 14)
for inv in invoices:
    issued = datetime.fromisoformat(inv["issued"])
    due = issued + timedelta(days=inv["terms"])
    paid = datetime.fromisoformat(inv["paid"]) if inv["paid"] else None
    late = (paid or as_of) - due
    status = "paid" if paid else ("overdue" if as_of > due else "open")
    print(inv["id"], due.date().isoformat(), status, max(late.days, 0), due.strftime("%a %d %b"))
