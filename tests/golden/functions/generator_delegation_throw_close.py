# Generators: close() and throw() reach a delegated sub-iterator, as PEP 380 says.
def sub_swallows():
    try:
        yield 1
    except GeneratorExit:
        print("sub saw GeneratorExit")
    # returning instead of re-raising

def outer():
    try:
        yield from sub_swallows()
        print("after yield from (must not print)")
        yield 2
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise

g = outer()
next(g)
g.close()
print("closed")

class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"
    def throw(self, *args):
        print("Thrower.throw got", [type(a).__name__ if isinstance(a, BaseException) else a for a in args])
        return "caught by Thrower"
    def close(self):
        print("Thrower.close")

def deleg():
    r = yield from Thrower()
    print("never", r)

d = deleg()
print(next(d))
print(d.throw(KeyError("k")))
d.close()

def plain():
    try:
        yield 1
    except ValueError as e:
        print("got", repr(e), e.args)
        yield 2
p3 = plain()
next(p3)
print(p3.throw(ValueError("x")))

def stopper(x):
    if x == 2:
        raise StopIteration("from the function")
    return x
try:
    print(list(map(stopper, [1, 2, 3])))
except Exception as e:
    print(type(e).__name__, e)
print(list(filter(lambda x: stopper(x) if x != 2 else (_ for _ in ()).throw(StopIteration), [1, 3])))
try:
    print(list(filter(stopper, [1, 2, 3])))
except Exception as e:
    print(type(e).__name__, e)
