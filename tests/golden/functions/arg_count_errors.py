# CPython's exact TypeError messages for bad calls.
def none():
    pass
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c=0):
    pass
def kw(*, key):
    pass
def posonly(a, /):
    pass
class C:
    def method(self, x):
        pass
calls = [
    lambda: none(1),
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(1),
    lambda: two(),
    lambda: three(1, 2, 3, 4),
    lambda: three(),
    lambda: one(1, a=2),
    lambda: one(b=1),
    lambda: two(1, 2, c=3),
    lambda: kw(),
    lambda: kw(1),
    lambda: posonly(a=1),
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: C.method(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: (lambda x: x)(),
    lambda: one(**{"a": 1, "z": 2}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
