# Augmented assignment operators on ints, floats, strings, lists.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x %= 2; print(x)
x **= 3; print(x)
n = 7
n <<= 2; n >>= 1; n &= 6; n |= 9; n ^= 3
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"count": 0}
d["count"] += 1
print(d)
class C:
    n = 0
c = C()
c.n += 5
print(c.n, C.n)
