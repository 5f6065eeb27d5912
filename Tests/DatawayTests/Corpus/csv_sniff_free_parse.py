# Parsing semicolon CSV from a European export with decimal commas.
import csv
import io

data = 'Datum;Betrag;Text\r\n01.03.2024;1.234,56;"Miete; März"\r\n02.03.2024;-12,00;Kaffee\r\n'
total = 0.0
for row in csv.DictReader(io.StringIO(data, newline=""), delimiter=";"):
    amount = float(row["Betrag"].replace(".", "").replace(",", "."))
    total += amount
    print(row["Datum"], amount, row["Text"])
print(round(total, 2))
