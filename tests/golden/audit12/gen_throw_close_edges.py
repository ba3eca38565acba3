# Generator throw()/close() edges: the (type, value) form of throw() builds the exception from
# the value; close() gives back what a return in the GeneratorExit handler returns; a generator
# that yields after GeneratorExit, re-enters itself or lets StopIteration out is refused.
import sys
class Null:
    def write(self, s): return len(s)
    def flush(self): pass
def catcher():
    try:
        yield
    except ValueError as e:
        print('got', repr(e), e.args)
        yield 'x'
g = catcher(); next(g)
old = sys.stderr; sys.stderr = Null()  # CPython also warns (DeprecationWarning) on stderr
try:
    r = g.throw(ValueError, 123)
finally:
    sys.stderr = old
print(r)
g = catcher(); next(g)
print(g.throw(ValueError('inst')))

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
x = ignores(); next(x)
try: x.close()
except RuntimeError as e: print('RuntimeError', e)

def with_finally():
    try:
        yield 1
    finally:
        print('finally')
x = with_finally(); next(x); x.close(); x.close(); print(x.gi_frame is None)

def returns_early():
    return 5
    yield
try: next(returns_early())
except StopIteration as e: print('Stop', e.value)

def returns_after():
    yield 1
    return 'r'
x = returns_after(); next(x)
print(x.close())
def close_value():
    try:
        yield 1
    except GeneratorExit:
        return 'closed-val'
x = close_value(); next(x); print(x.close())
x = close_value(); print(x.close())

def one():
    yield 1
x = one()
try: x.throw(KeyError('k'))
except KeyError as e: print('KeyError', e)
try: next(x)
except StopIteration: print('exhausted')

def receiver():
    x = yield
    print('recv', x)
    yield
x = receiver()
try: x.send(1)
except TypeError as e: print('TypeError', e)
next(x); x.send(2)

def reenter():
    yield next(me)
me = reenter()
try: next(me)
except ValueError as e: print('ValueError', e)

def raises_stop():
    raise StopIteration
    yield
try: next(raises_stop())
except RuntimeError as e: print('RuntimeError', e, type(e.__cause__).__name__)
def stop_in_gen():
    yield 1
    next(iter([]))
try: list(stop_in_gen())
except RuntimeError as e: print('RuntimeError', e, type(e.__cause__).__name__)

def finally_raises():
    try:
        yield
    finally:
        raise KeyError('in finally')
x = finally_raises(); next(x)
try: x.close()
except KeyError as e: print('KeyError', e)

def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 'inner caught'
def outer():
    v = yield from inner()
    yield 'outer done'
o = outer(); next(o); print(o.throw(ValueError)); print(next(o), next(o, 'end'))

def echo():
    r = None
    while True:
        r = yield r
e = echo(); next(e); print(e.send('a'), e.send('b'))
def closer():
    try:
        yield from echo()
    except GeneratorExit:
        print('GE in closer'); raise
c = closer(); next(c); c.close(); print('c closed')

def chain():
    yield from [1, 2]
    yield from (x for x in 'ab')
    r = yield from sub()
    yield r
def sub():
    yield 's'
    return 'ret'
print(list(chain()))
print(one().__name__, one().__qualname__, type(one()).__name__, (i for i in ()).__name__)
