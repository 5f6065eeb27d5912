from urllib.parse import parse_qs, parse_qsl
print(parse_qs("a=1&b=2&a=3"))
print(parse_qs("name=%E5%BC%A0%E4%B8%89&city=New+York"))
print(parse_qs("x=&y=1"), parse_qs("x=&y=1", keep_blank_values=True))
print(parse_qsl("a=1&b=2&a=3"))
print(parse_qsl("flag&k=v", keep_blank_values=True), parse_qsl("flag&k=v"))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(""), parse_qs("&&a=1&&"))
try:
    parse_qsl("a&b=1", strict_parsing=True)
except ValueError as e:
    print(e)
