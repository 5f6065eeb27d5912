# Stripe amounts are in the smallest unit; zero-decimal currencies (JPY, KRW, ...) are not divided.
ZERO_DECIMAL = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"}

def dw_process(msg):
    charge = msg.payload
    currency = charge["currency"]
    amount = charge["amount"] if currency in ZERO_DECIMAL else charge["amount"] / 100
    return {"id": charge["id"], "amount": amount, "currency": currency.upper(), "paid": charge["paid"]}
