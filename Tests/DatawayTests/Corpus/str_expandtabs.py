# expandtabs with default and custom tab sizes.
s = "a\tbc\tdef\tghij\tk"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)))
print(repr(s.expandtabs(tabsize=2)))
print(repr("\t".expandtabs()), repr("x\ty\nab\tc".expandtabs(4)), repr("x\ty\r12\tz".expandtabs(4)))
print(repr("no tabs".expandtabs(3)), repr("".expandtabs()))
print(repr("é\tx".expandtabs(4)), repr("\t\t".expandtabs(3)))
print(repr("12345678\t9".expandtabs(8)), repr("1234567\t9".expandtabs(8)))
print(repr("a\tb".expandtabs(-1)))
