# printf-style formatting on bytes.
print(b"%s" % b"bytes", b"%s|%s" % (b"a", bytearray(b"b")), b"%b" % b"x")
print(b"%d %i %05d %-5d| %+d" % (1, 2, 3, 4, 5), b"%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print(b"%.2f %e %g %10.3f|" % (3.14159, 1234.5, 0.0001, 2.5))
print(b"%c%c" % (65, b"B"), b"%%", b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(b"%r" % "é", b"%a" % "é", b"%r" % b"q")
print(b"%5s|%-5s|" % (b"ab", b"cd"), b"%.1s" % b"xyz")
for fmt, args in [(b"%s", "str"), (b"%d", b"1"), (b"%s %s", (b"1",)), (b"%c", 256)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(e))
print(bytearray(b"%d-%d") % (1, 2), type(bytearray(b"%s") % b"x"))
