import re
def slugify(s):
    s = s.lower().strip()
    s = re.sub(r"[^\w\s-]", "", s)
    s = re.sub(r"[\s_-]+", "-", s)
    return re.sub(r"^-+|-+$", "", s)
for t in ["Hello, World!", "  Multiple   spaces -- here ", "Ünïcode Tëxt", "__init__", "a--b__c"]:
    print(repr(slugify(t)))
def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
print([camel_to_snake(n) for n in ["camelCase", "HTTPResponseCode", "getHTTP2Url", "already_snake"]])
