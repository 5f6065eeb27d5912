import re
line = 'name,"Smith, John",42,"say ""hi""",,end'
fields = re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', line)
print(fields)
print([f[1:-1].replace('""', '"') if f.startswith('"') else f for f in fields])
print(re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', line))
