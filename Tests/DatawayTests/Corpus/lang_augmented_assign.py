# Augmented assignment operators on names, subscripts, and in-place list semantics.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 4; print(n)
n **= 10; print(n)
n /= 4; print(n)
n = 0b1100
n &= 0b1010; print(n)
n |= 0b0001; print(n)
n ^= 0b1111; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"count": 0, "items": []}
d["count"] += 1
d["count"] += 1
d["items"] += ["a"]
print(d)
grid = [[1, 2], [3, 4]]
grid[1][0] *= 10
print(grid)
f = 1.5
f *= 2; f -= 0.5
print(f)
