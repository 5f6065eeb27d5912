import re
text = "Meetings: 2024-03-05, 05/03/2024, March 5, 2024 and 2024.3.7"
iso = re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
eu = re.findall(r"\b(\d{2})/(\d{2})/(\d{4})\b", text)
long_ = re.findall(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})", text)
print(iso, eu, long_)
print(re.sub(r"(\d{4})\.(\d{1,2})\.(\d{1,2})", lambda m: "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3))), text))
