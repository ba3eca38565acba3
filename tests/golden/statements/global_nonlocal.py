# global and nonlocal declarations.
counter = 0
def increment():
    global counter
    counter += 1
increment()
increment()
print(counter)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def make():
    global created
    created = "made"
make()
print(created)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def unbound():
    print(counter)
    counter = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def levels():
    a = 1
    def mid():
        a = 2
        def inner():
            nonlocal a
            a += 10
            return a
        return inner(), a
    return mid(), a
print(levels())
