# Using keys()/items() views with set operators for diffs.
old = {"host": "a", "port": 80, "debug": False, "user": "x"}
new = {"host": "b", "port": 80, "timeout": 30, "user": "x"}
print(sorted(old.keys() & new.keys()), sorted(old.keys() - new.keys()), sorted(new.keys() - old.keys()))
print(sorted(old.items() & new.items()), sorted(old.items() ^ new.items(), key=str))
changed = {k for k in old.keys() & new.keys() if old[k] != new[k]}
print(sorted(changed))
print(old.keys() == {"host", "port", "debug", "user"}, old.keys() != new.keys())
print(old.keys() <= (old.keys() | new.keys()), len(old.keys() | new.keys()))
print("port" in old.keys(), ("port", 80) in new.items(), 80 in new.values())
print(sorted(old.keys() - {"host"}), type(old.keys() - {"host"}))
print(sorted(k for k in new if k not in old), [k for k in old if k in new])
