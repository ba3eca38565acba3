# Conditional expressions, nested and lazily evaluated.
for n in (-3, 0, 7):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
print("yes" if [] else "no", "yes" if [0] else "no")
x = 1 if True else 1 / 0
print(x)
y = (lambda: "called")() if False else "not called"
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
