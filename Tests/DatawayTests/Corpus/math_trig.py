# sin cos tan atan2 hypot degrees radians (rounded where libm may differ in the last bit).
import math
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(0, 1), math.atan2(1, 0) == math.pi / 2)
for deg in [0, 30, 45, 60, 90, 180, 270, 360]:
    r = math.radians(deg)
    print(deg, round(r, 12), round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
print(round(math.tan(math.pi / 4), 12), round(math.atan(1) * 4, 12), round(math.asin(1), 12), round(math.acos(0), 12))
print(math.atan2(1, 1) == math.pi / 4, math.atan2(-1, -1), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(), math.hypot(-3), math.hypot(1, 2, 2), math.hypot(1e200, 1e200))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(round(math.sinh(1), 12), round(math.cosh(1), 12), round(math.tanh(0.5), 12))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)))
