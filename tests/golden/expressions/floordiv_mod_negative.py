# Floor division and modulo always round toward negative infinity.
for a in (7, -7, 0):
    for b in (3, -3):
        print(f"{a:>2} // {b:>2} = {a // b:>2}   {a:>2} % {b:>2} = {a % b:>2}")
for a in (7.0, -7.0):
    for b in (3.0, -3.0):
        print(a, b, a // b, a % b)
print(-1 % 10, -11 % 10, 11 % -10)
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
print(-0.0 % 5, 0.0 % -5)
