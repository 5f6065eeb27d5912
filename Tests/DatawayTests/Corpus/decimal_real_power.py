from decimal import Decimal as D, getcontext
cases = [('4','0.5'),('4.00','0.5'),('2','0.5'),('1','0.5'),('100','1.5'),('8','0.333'),('27','0.3333333333333333333333333333'),('1.5','2.5'),('0','0.5'),('0','-0.5'),('10','0.25'),('16','0.25'),('2.25','0.5'),('1E+4','0.5'),('3','-1.5'),('0.5','0.5'),('123456.789','0.37'),('0.000123','-2.7'),('7','1E-5'),('9.99','12.5'),('2','Infinity'),('0.5','Infinity'),('1','Infinity'),('1E+50','0.3'),('3.14159','-0.001'),('1.0000001','123456.5')]
for prec in (28, 6, 50):
    getcontext().prec = prec
    for a, b in cases:
        try:
            print(prec, a, b, repr(D(a) ** D(b)))
        except Exception as e:
            print(prec, a, b, repr(e))
    try:
        print(D('-4') ** D('0.5'))
    except Exception as e:
        print(repr(e))
