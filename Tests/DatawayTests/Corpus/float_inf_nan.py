# inf and nan created with float(); their arithmetic and comparisons.
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, repr(inf), repr(nan), str(ninf))
print(float("Infinity"), float("-INF"), float("  inf\n"), float("NaN"), float("-nan"), float("+inf"))
print(inf + 1, inf * 2, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(inf > 10 ** 1000, ninf < -10 ** 1000, inf == inf, inf == -ninf, nan == nan, nan != nan)
print(nan > 0, nan < 0, nan >= nan, 1e308 * 10 == inf, -1e308 * 10)
print(max(inf, 1), min(ninf, 0), abs(ninf), -inf)
print(inf % 5, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(type(inf), bool(nan), bool(inf), bool(0.0))
lst = [nan, 1.0]
print(nan in lst, lst.count(nan), [nan] == [nan])
print(f"{inf:10.2f}|{nan:>6}|{ninf:e}|{inf:%}")
print(round(2.5), "%f %e %g" % (inf, ninf, nan))
for fn in [int, round]:
    for v in [inf, nan]:
        try:
            print(fn(v))
        except (OverflowError, ValueError) as e:
            print(repr(e))
print(inf ** 0, nan ** 0, 1 ** nan, 0 ** 0.0, 2 ** ninf)
