# yield from delegates to a sub-iterator and returns its return value.
def inner():
    x = yield "inner 1"
    print("inner received", x)
    yield "inner 2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from "ab"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "xy")))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4]], [[5]]])))
