import re
print(re.match(r'(?:x(a)?)+', 'xax').groups())
print(re.findall(r'(?<!\d)\d{3}(?!\d)', '1234 567 89 012'))
print(re.search(r'(?<=ab)c|(?<=x)y', 'xy abc').group())
print(re.match(r'\Aab\Z', 'ab'), re.search(r'\Bb', 'ab'))
print(re.match(r'[\w.-]+@[\w-]+\.\w+', 'john.doe-x@mail-srv.com'))
print(re.sub(r'(\d)(?=(\d{3})+$)', r'\1,', '1234567'))
print(re.match(r'(\w+)\s\1', 'hey hey'), re.match(r'(?i)(\w+)\s\1', 'Hey HEY'))
