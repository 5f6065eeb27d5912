# Classic small algorithms written with core constructs only.
def bubble_sort(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

data = [5, 2, 9, 1, 5, 6, -3]
s = bubble_sort(data)
print(s, data)
print([binary_search(s, t) for t in (-3, 5, 9, 4)])
print(sieve(60))
print(gcd(1071, 462), gcd(2 ** 64, 6 ** 20))
