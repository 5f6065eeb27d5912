# io.StringIO as the file csv works over: write, getvalue, read, readline, seek, iteration.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()))
s.seek(0)
print(list(s))
t = io.StringIO("a\r\nb\rc\nd", newline="")
print(t.readlines())
u = io.StringIO("one\ntwo\n")
print(repr(u.read(3)), repr(u.read()), repr(u.read()))
v = io.StringIO("abc")
v.seek(0, 2)
v.write("def")
print(v.getvalue())
v.close()
try:
    v.getvalue()
except ValueError as e:
    print(e)
