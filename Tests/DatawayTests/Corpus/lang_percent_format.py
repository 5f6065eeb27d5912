# printf-style % formatting.
print("%s and %s" % ("this", "that"))
print("%d items cost %.2f" % (3, 9.5))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %E %g %G" % (12345.678, 0.000123, 0.00001234, 1e20))
print("%10.3f|%-10.2f|%.0f" % (3.14159, 2.5, 2.5))
print("%r %s" % ("quoted", "plain"))
print("%s" % [1, 2])
print("%s" % ((1, 2),))
print("%c%c%c" % (72, "i", 33))
print("100%% sure, %s%%" % 50)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%(x).2f and %(x)r" % {"x": 1.5})
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 3, 3.14159))
print("%s" % None, "%s" % True, "%d" % True, "%i" % 7.9)
print("%s %s" % ("a", "b") + "!")
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%d" % -0.5, "%d" % 2**64)
print("%a" % "é")
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
