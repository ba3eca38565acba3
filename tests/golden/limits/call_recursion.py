# An instance used as its own class's __call__ makes a call chase itself; CPython ends it with
# RecursionError (its C stack: "Stack overflow (used N kB) while calling a Python object").
class C:
    pass


c = C()
C.__call__ = c
try:
    c()
except RecursionError as e:
    msg = str(e)
    print("RecursionError:", msg[: msg.index("(")], msg[msg.index(")") + 1 :])


class Callable:
    def __call__(self, *args):
        return args


class Outer:
    __call__ = Callable()


print(Outer()(1, 2))
print("still running")
