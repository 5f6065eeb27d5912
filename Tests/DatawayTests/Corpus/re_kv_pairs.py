import re
text = "user=alice id=42 role='admin' note=\"two words\" empty= flag"
pairs = re.findall(r"(\w+)=('[^']*'|\"[^\"]*\"|\S*)", text)
print(pairs)
d = {k: v.strip("'\"") for k, v in pairs}
print(d)
print(re.sub(r"(\w+)=", lambda m: m.group(1).upper() + ":", text))
print(re.split(r"\s+(?=\w+=)", text))
