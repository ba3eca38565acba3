d = {1: 2, 3: 4}
print(list(reversed(d)), type(reversed(d)).__name__, list(reversed(d.keys())), list(reversed(d.items())))
class D(dict):
    def __reversed__(self): return super().__reversed__()
print(list(reversed(D(a=1, b=2))), dict.__reversed__)
class L(list): pass
print(list(reversed(L([1, 2]))), type(reversed(L())).__name__, type(reversed((1,))).__name__, type(reversed("ab")).__name__)
