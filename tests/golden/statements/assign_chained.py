# Chained assignment binds every target to the same object.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x = y = 5
y += 1
print(x, y)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
