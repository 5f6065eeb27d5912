# Reading parsed XML safely: get(), "in", "*" lists and KeyError for missing elements.
e = Entity.from_bytes("<cfg><host>db</host><port>5432</port><opt k='a'/><opt k='b'/></cfg>", "application/xml")
cfg = e["cfg"]
print(cfg.get("host"), cfg.get("user", "postgres"), "port" in cfg, "user" in cfg)
print([o["@k"] for o in cfg["*opt"]], cfg["*user"])
try:
    cfg["user"]
except KeyError as err:
    print(repr(err))
print(e.get("cfg") == cfg, e.get("nope", 0))
try:
    e["nope"]
except KeyError as err:
    print(repr(err))
d = dict(cfg)
try:
    d["*opt"]
except KeyError as err:
    print("plain dict copy:", repr(err))
