# Comprehension variables live in their own scope.
x = "outer"
result = [x for x in range(3)]
print(x, result)
y = 10
print([y + i for i in range(3)])
class C:
    base = [1, 2]
    doubled = [v * 2 for v in base]
    try:
        broken = [base[0] + v for v in range(2)]
    except NameError as e:
        broken = str(e)
print(C.doubled, C.broken)
def f():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
print([i for i in range(3)], "i" in dir())
