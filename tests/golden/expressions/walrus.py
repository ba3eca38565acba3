# Assignment expressions (:=).
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = [y for x in data if (y := x * 2) > 4]
print(values, y)
it = iter([3, 2, 1, 0, 5])
while (item := next(it)) != 0:
    print("item", item)
print((total := 10) + 5, total)
def f():
    [(last := i) for i in range(4)]
    return last
print(f())
print([z := 1, z + 1])
