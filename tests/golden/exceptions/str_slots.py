# The str forms of KeyError, OSError and SyntaxError are their own str slots, inherited by
# subclasses and replaced by a subclass's __str__.
print(KeyError.__dict__['__str__'], OSError.__dict__['__str__'], SyntaxError.__dict__['__str__'])
print('__str__' in ValueError.__dict__, '__str__' in BaseException.__dict__)
class MyKey(KeyError): pass
class Loud(KeyError):
    def __str__(self): return 'LOUD'
for e in (KeyError(''), KeyError('a', 'b'), KeyError(), MyKey('k'), Loud('k'),
          OSError(1000, 'Strange', 'x.txt'), FileNotFoundError(1000, 'gone'), OSError('plain'),
          SyntaxError('bad', ('f.py', 3, 1, 'x')), SyntaxError('only'), ValueError(1, 2)):
    print(type(e).__name__, repr(str(e)))
print(KeyError.__str__(Loud('q')), BaseException.__str__(Loud('q')))
try:
    {}['missing']
except KeyError as e:
    print(e, e.args)
class Bad(Exception):
    def __str__(self): raise ValueError('no str')
try:
    raise Bad()
except Bad as e:
    print(type(e).__name__)
