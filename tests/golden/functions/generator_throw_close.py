# generator.throw() and generator.close().
def worker():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                print("handled inside:", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.throw(ValueError("bad value")))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = worker()
fresh.close()
print("closing an unstarted generator runs no finally")
