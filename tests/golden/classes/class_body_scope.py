# The class body runs once, top to bottom, as its own namespace.
print("before class")
class C:
    print("executing class body")
    x = 1
    y = x + 1
    def method(self):
        return x if False else C.y
    for i in range(2):
        print("loop in body", i)
    del i
print("after class")
print(C.x, C.y, C().method(), hasattr(C, "i"))
x = "global"
class D:
    x = "class"
    def get(self):
        return x
print(D().get())
